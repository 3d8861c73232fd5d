import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, problem, signedIn, stubApi } from '../../test/api-stub';
import { renderRoute } from '../../test/render';
import AssociationsPage from './AssociationsPage';

const item = (n: number) => ({
  id: `a-${n}`,
  name: `Club ${n}`,
  memberCount: n,
  createdAt: '2026-01-01T00:00:00.000Z',
});

describe('AssociationsPage', () => {
  it('lists associations with their member counts and pages through them', async () => {
    const api = stubApi({
      ...signedIn(),
      'GET /api/associations': (seen) => {
        const page = Number(new URLSearchParams(seen.search).get('page'));
        return json(200, { items: [item(page === 2 ? 21 : 1)], total: 21, page, pageSize: 20 });
      },
    });
    renderRoute(<AssociationsPage />, { path: '/associations', signedIn: true });

    expect(await screen.findByRole('link', { name: 'Club 1' })).toHaveAttribute(
      'href',
      '/associations/a-1',
    );
    expect(screen.getByText('1 member')).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: '2' }));

    expect(await screen.findByRole('link', { name: 'Club 21' })).toBeInTheDocument();
    expect(api.calls('GET /api/associations').at(-1)!.search).toContain('page=2');
  });

  it('searches, and says when nothing matches', async () => {
    const api = stubApi({
      ...signedIn(),
      'GET /api/associations': (seen) =>
        json(200, {
          items: seen.search.includes('q=') ? [] : [item(1)],
          total: seen.search.includes('q=') ? 0 : 1,
          page: 1,
          pageSize: 20,
        }),
    });
    renderRoute(<AssociationsPage />, { path: '/associations', signedIn: true });
    await screen.findByRole('link', { name: 'Club 1' });

    await userEvent.setup().type(screen.getByRole('searchbox'), 'zzz');

    expect(await screen.findByText('No association matches.')).toBeInTheDocument();
    await waitFor(() =>
      expect(api.calls('GET /api/associations').at(-1)!.search).toContain('q=zzz'),
    );
  });

  it('shows the error and a way to retry', async () => {
    stubApi({
      ...signedIn(),
      'GET /api/associations': () => problem(503, undefined, 'The service is unavailable'),
    });
    renderRoute(<AssociationsPage />, { path: '/associations', signedIn: true });

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The service is busy. Try again in a moment.',
    );
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
