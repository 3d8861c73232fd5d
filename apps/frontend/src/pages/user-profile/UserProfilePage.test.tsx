import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, named, signedIn, stubApi } from '../../test/api-stub';
import { renderRoute } from '../../test/render';
import UserProfilePage from './UserProfilePage';

const open = (id: string) =>
  renderRoute(<UserProfilePage />, { path: '/users/:userId', url: `/users/${id}`, signedIn: true });

describe('UserProfilePage', () => {
  it('shows the person with the associations they belong to and their role there', async () => {
    stubApi({
      ...signedIn(),
      'GET /api/users/u-2': () =>
        json(200, {
          id: 'u-2',
          firstName: 'Charles',
          lastName: 'Babbage',
          memberSince: '2026-01-15T10:00:00.000Z',
          associations: [{ id: 'a-1', name: 'Chess Club', role: 'admin', title: 'Treasurer' }],
        }),
    });
    open('u-2');

    expect(await screen.findByRole('heading', { name: 'Charles Babbage' })).toBeInTheDocument();
    expect(screen.getByText('On Agora since January 15, 2026')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Chess Club' })).toHaveAttribute(
      'href',
      '/associations/a-1',
    );
    expect(screen.getByText('admin')).toBeInTheDocument();
    expect(screen.getByText('Treasurer')).toBeInTheDocument();
  });

  it('says so when the person belongs to no association', async () => {
    stubApi({
      ...signedIn(),
      'GET /api/users/u-3': () =>
        json(200, {
          id: 'u-3',
          firstName: 'Grace',
          lastName: 'Hopper',
          memberSince: '2026-02-01T00:00:00.000Z',
          associations: [],
        }),
    });
    open('u-3');

    expect(await screen.findByText('Not a member of any association yet.')).toBeInTheDocument();
  });

  it('shows the error of an unknown person', async () => {
    stubApi({ ...signedIn(), 'GET /api/users/u-4': () => named(404, 'user-not-found') });
    open('u-4');

    expect(await screen.findByRole('alert')).toHaveTextContent('There is no such person.');
  });
});
