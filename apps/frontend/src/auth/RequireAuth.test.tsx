import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { noContent, signedIn, stubApi } from '../test/api-stub';
import { renderRoute } from '../test/render';
import { useAuth } from './AuthProvider';

function PrivatePage() {
  const { logout } = useAuth();
  return <button onClick={() => void logout()}>Log out</button>;
}

describe('RequireAuth', () => {
  it('sends a visitor to the login page, which will come back to the private page', async () => {
    stubApi({});
    const view = renderRoute(<PrivatePage />, {
      path: '/associations/:id',
      url: '/associations/a-1?tab=events',
      signedIn: true,
    });

    expect(await screen.findByTestId('location')).toHaveTextContent('/login');
    expect(view.router.state.location.state).toEqual({
      from: '/associations/a-1?tab=events',
      expired: false,
    });
  });

  it('does not ask to come back after the user logged out on purpose', async () => {
    stubApi({ ...signedIn(), 'POST /api/auth/logout': noContent });
    const view = renderRoute(<PrivatePage />, {
      path: '/associations/:id',
      url: '/associations/a-1',
      signedIn: true,
    });

    await userEvent.setup().click(await screen.findByRole('button', { name: 'Log out' }));

    expect(await screen.findByTestId('location')).toHaveTextContent('/login');
    expect(view.router.state.location.state).toEqual({ from: undefined, expired: false });
  });
});
