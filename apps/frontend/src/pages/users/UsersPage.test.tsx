import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { components } from '../../api/schema';
import { json, signedIn, stubApi } from '../../test/api-stub';
import { renderRoute } from '../../test/render';
import UsersPage from './UsersPage';

describe('UsersPage', () => {
  it('shows the directory with the count, mean age and age range', async () => {
    stubApi({
      ...signedIn(),
      'GET /api/users/stats': () =>
        json(200, { count: 3, withBirthDate: 2, meanAge: 41.5, minAge: 30, maxAge: 53 }),
      'GET /api/users': () =>
        json(200, {
          items: [{ id: 'u-2', firstName: 'Charles', lastName: 'Babbage', sharedAssociations: [] }],
          total: 1,
          page: 1,
          pageSize: 20,
        }),
    });
    renderRoute(<UsersPage />, { path: '/users', signedIn: true });

    expect(await screen.findByRole('link', { name: 'Charles Babbage' })).toHaveAttribute(
      'href',
      '/users/u-2',
    );
    expect(await screen.findByText('42 years')).toBeInTheDocument();
    expect(screen.getByText('30 – 53 years')).toBeInTheDocument();
    expect(screen.getByText('3')).toBeInTheDocument();
  });

  it('shows a dash for ages nobody gave', async () => {
    stubApi({
      ...signedIn(),
      'GET /api/users/stats': () =>
        json(200, { count: 1, withBirthDate: 0, meanAge: null, minAge: null, maxAge: null }),
      'GET /api/users': () => json(200, { items: [], total: 0, page: 1, pageSize: 20 }),
    });
    renderRoute(<UsersPage />, { path: '/users', signedIn: true });

    expect(await screen.findByText('Nobody matches.')).toBeInTheDocument();
    expect(await screen.findAllByText('—')).toHaveLength(2);
  });

  it('tells namesakes apart by their initials colour and the associations they share with me', async () => {
    const page: components['schemas']['DirectoryUserPage'] = {
      items: [
        {
          id: '00000000-0000-4000-8000-00000000000a',
          firstName: 'Jean',
          lastName: 'Martin',
          sharedAssociations: [{ id: 'a-1', name: 'Échecs junior' }],
        },
        {
          id: '00000000-0000-4000-8000-00000000000b',
          firstName: 'Jean',
          lastName: 'Martin',
          sharedAssociations: [],
        },
      ],
      total: 2,
      page: 1,
      pageSize: 20,
    };
    stubApi({
      ...signedIn(),
      'GET /api/users/stats': () =>
        json(200, { count: 2, withBirthDate: 0, meanAge: null, minAge: null, maxAge: null }),
      'GET /api/users': () => json(200, page),
    });
    renderRoute(<UsersPage />, { path: '/users', signedIn: true });

    const [first, second] = (await screen.findAllByRole('link', { name: 'Jean Martin' })).map(
      (link) => link.closest('tr')!,
    );
    expect(within(first).getByRole('link', { name: 'Échecs junior' })).toHaveAttribute(
      'href',
      '/associations/a-1',
    );
    expect(within(second).getByText('—')).toBeInTheDocument();
    const colour = (row: HTMLElement) =>
      within(row).getByText('JM').closest('.mantine-Avatar-root')!.getAttribute('style');
    expect(colour(first)).not.toEqual(colour(second));
    expect(screen.queryByText(/@/)).not.toBeInTheDocument();
  });
});
