import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AppLayout } from '../../components/AppLayout';
import { createQueryClient, Providers } from '../../Providers';
import { json, noContent, signedIn, stubApi } from '../../test/api-stub';
import LoginPage from './LoginPage';

describe('logging out', () => {
  it('lands on the login form even while the server has not answered the logout yet', async () => {
    let answerLogout!: () => void;
    const logoutAnswered = new Promise<void>((resolve) => (answerLogout = resolve));
    stubApi({
      ...signedIn(),
      'GET /api/me/invitations': () => json(200, { items: [], total: 0, page: 1, pageSize: 1 }),
      'POST /api/auth/logout': async () => {
        await logoutAnswered;
        return noContent();
      },
    });
    const router = createMemoryRouter(
      [
        {
          element: <AppLayout />,
          children: [
            { index: true, element: <p>The home page</p> },
            { path: 'me', element: <p>My private page</p> },
            { path: 'login', element: <LoginPage /> },
          ],
        },
      ],
      { initialEntries: ['/me'] },
    );
    render(
      <Providers queryClient={createQueryClient()} env="test">
        <RouterProvider router={router} />
      </Providers>,
    );
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Log out' }));

    expect(await screen.findByRole('heading', { name: 'Log in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    answerLogout();
    expect(await screen.findByRole('heading', { name: 'Log in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(screen.queryByText('The home page')).not.toBeInTheDocument();
  });
});
