import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, signedIn, stubApi } from '../../test/api-stub';
import { renderRoute } from '../../test/render';
import MyEventsPage from './MyEventsPage';

const myEvent = (
  id: string,
  title: string,
  myAnswer: string | null,
  overrides: Record<string, unknown> = {},
) => ({
  id,
  associationId: 'a-1',
  associationName: 'Chess Club',
  uid: `${id}@agora`,
  sequence: 0,
  status: 'scheduled',
  title,
  description: null,
  location: null,
  startsAt: '2031-05-01T08:00:00.000Z',
  endsAt: '2031-05-01T16:00:00.000Z',
  timeZone: 'Europe/Paris',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  myAnswer,
  ...overrides,
});

describe('MyEventsPage', () => {
  it('lists my upcoming events from now on, with their association', async () => {
    const api = stubApi({
      ...signedIn(),
      'GET /api/me/events': () =>
        json(200, {
          items: [myEvent('e-1', 'Tournament', null, { location: 'Library' })],
          total: 1,
          page: 1,
          pageSize: 20,
        }),
    });
    renderRoute(<MyEventsPage />, { path: '/me/events', signedIn: true });

    const event = await screen.findByRole('article', { name: 'Tournament' });
    expect(event).toHaveTextContent('(Europe/Paris)');
    expect(screen.getByRole('link', { name: 'Tournament' })).toHaveAttribute('href', '/events/e-1');
    expect(screen.getByRole('link', { name: 'Chess Club' })).toHaveAttribute(
      'href',
      '/associations/a-1',
    );
    expect(new URLSearchParams(api.calls('GET /api/me/events')[0].search).get('from')).toMatch(
      /^\d{4}-\d{2}-\d{2}T/,
    );
  });

  it('says when nothing is coming', async () => {
    stubApi({
      ...signedIn(),
      'GET /api/me/events': () => json(200, { items: [], total: 0, page: 1, pageSize: 20 }),
    });
    renderRoute(<MyEventsPage />, { path: '/me/events', signedIn: true });

    expect(await screen.findByText('No upcoming events in your associations.')).toBeInTheDocument();
  });

  it('shows my answer on the events I answered, and nothing on the others', async () => {
    stubApi({
      ...signedIn(),
      'GET /api/me/events': () =>
        json(200, {
          items: [
            myEvent('e-1', 'Tournament', 'tentative'),
            myEvent('e-2', 'Blitz night', 'accepted'),
            myEvent('e-3', 'Annual dinner', null),
          ],
          total: 3,
          page: 1,
          pageSize: 20,
        }),
    });
    renderRoute(<MyEventsPage />, { path: '/me/events', signedIn: true });

    expect(await screen.findByRole('article', { name: 'Tournament' })).toHaveTextContent(
      'My answer: Maybe',
    );
    expect(screen.getByRole('article', { name: 'Blitz night' })).toHaveTextContent(
      'My answer: Going',
    );
    expect(screen.getByRole('article', { name: 'Annual dinner' })).not.toHaveTextContent(
      'My answer',
    );
  });
});
