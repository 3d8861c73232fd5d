import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import LoginPage from '../pages/login/LoginPage';
import NewAssociationPage from '../pages/new-association/NewAssociationPage';
import { json, ME, problem, signedIn, stubApi } from '../test/api-stub';
import { renderRoute } from '../test/render';
import { saveDraft } from './drafts';

describe('A session that expires under a form', () => {
  it('keeps what was typed and goes to the login page', async () => {
    let refreshes = 0;
    stubApi({
      ...signedIn(),
      // The session restored at load, then refused: the refresh token has expired.
      'POST /api/auth/refresh': () =>
        refreshes++ === 0
          ? json(200, { accessToken: 'access-token', expiresIn: 900 })
          : problem(401),
      'POST /api/associations': () => problem(401),
    });
    const user = userEvent.setup();
    const { router } = renderRoute(<NewAssociationPage />, {
      path: '/associations/new',
      signedIn: true,
    });

    await user.type(await screen.findByLabelText(/^name/i), 'Chess Club');
    await user.type(screen.getByLabelText(/description/i), 'Weekly games');
    await user.click(screen.getByRole('button', { name: 'Create' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(router.state.location.state).toMatchObject({ from: '/associations/new', expired: true });
    expect(JSON.parse(window.sessionStorage.getItem('agora.draft.new-association')!)).toEqual({
      userId: ME.id,
      values: { name: 'Chess Club', description: 'Weekly games' },
    });
  });

  it('is explained on the login page', async () => {
    stubApi({});
    renderRoute(<LoginPage />, {
      path: '/login',
      state: { from: '/associations/new', expired: true },
    });

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Your session has expired. Log in again to continue',
    );
  });

  it('gives the draft back to the same person, once', async () => {
    stubApi(signedIn());
    saveDraft('new-association', ME.id, { name: 'Chess Club', description: 'Weekly games' });
    renderRoute(<NewAssociationPage />, { path: '/associations/new', signedIn: true });

    expect(await screen.findByLabelText(/^name/i)).toHaveValue('Chess Club');
    expect(screen.getByRole('status')).toHaveTextContent('We brought back what you had typed');
    expect(window.sessionStorage.getItem('agora.draft.new-association')).toBeNull();
  });

  it('keeps the draft from anyone else who logs in on this tab', async () => {
    stubApi(signedIn());
    saveDraft('new-association', 'someone-else', { name: 'Secret', description: '' });
    renderRoute(<NewAssociationPage />, { path: '/associations/new', signedIn: true });

    expect(await screen.findByLabelText(/^name/i)).toHaveValue('');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
