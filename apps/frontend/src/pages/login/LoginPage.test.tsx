import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, ME, problem, stubApi } from '../../test/api-stub';
import { renderRoute } from '../../test/render';
import { changeLanguage } from '../../i18n/i18n';
import { rememberReturnPath } from '../../auth/return-path';
import LoginPage from './LoginPage';

async function submit(email: string, password: string) {
  const user = userEvent.setup();
  if (email) await user.type(screen.getByLabelText(/^email/i), email);
  if (password) await user.type(screen.getByLabelText(/^password/i), password);
  await user.click(screen.getByRole('button', { name: 'Log in' }));
}

describe('LoginPage', () => {
  it('asks for both fields before calling the server', async () => {
    const api = stubApi({});
    renderRoute(<LoginPage />, { path: '/login' });
    await screen.findByRole('button', { name: 'Log in' });

    await submit('', '');

    expect(screen.getByLabelText(/^email/i)).toHaveAccessibleDescription('Required');
    expect(screen.getByLabelText(/^password/i)).toHaveAccessibleDescription('Required');
    expect(api.calls('POST /api/auth/login')).toHaveLength(0);
  });

  it('says the credentials are wrong on a 401', async () => {
    stubApi({ 'POST /api/auth/login': () => problem(401) });
    renderRoute(<LoginPage />, { path: '/login' });
    await screen.findByRole('button', { name: 'Log in' });

    await submit('ada@example.org', 'wrong password!');

    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong email or password.');
  });

  it('points an unverified account to the confirmation link on a 403', async () => {
    stubApi({ 'POST /api/auth/login': () => problem(403) });
    renderRoute(<LoginPage />, { path: '/login' });
    await screen.findByRole('button', { name: 'Log in' });

    await submit('ada@example.org', 'a good password');

    expect(await screen.findByRole('alert')).toHaveTextContent('Confirm your email first');
    expect(screen.getByRole('link', { name: 'Send the confirmation link again' })).toHaveAttribute(
      'href',
      '/check-your-mail',
    );
  });

  it('shows server field errors next to their fields', async () => {
    stubApi({
      'POST /api/auth/login': () =>
        problem(400, [{ field: 'email', message: 'email must be an email address' }]),
    });
    renderRoute(<LoginPage />, { path: '/login' });
    await screen.findByRole('button', { name: 'Log in' });

    await submit('ada@example.org', 'a good password');

    expect(await screen.findByText('Enter a valid email address')).toBeInTheDocument();
    expect(screen.getByLabelText(/^email/i)).toHaveAccessibleDescription(
      'Enter a valid email address',
    );
  });

  it('keeps the token in memory only and goes home', async () => {
    const api = stubApi({
      'POST /api/auth/login': () =>
        json(200, { accessToken: 'secret-token', expiresIn: 900, user: ME }),
    });
    renderRoute(<LoginPage />, { path: '/login' });
    await screen.findByRole('button', { name: 'Log in' });

    await submit('ada@example.org', 'a good password');

    expect(await screen.findByTestId('location')).toHaveTextContent(/^\/$/);
    expect(api.calls('POST /api/auth/login')[0].body).toEqual({
      email: 'ada@example.org',
      password: 'a good password',
    });
    expect(JSON.stringify({ ...window.localStorage })).not.toContain('secret-token');
    expect(document.cookie).not.toContain('secret-token');
  });

  it('makes a language picked before signing in the language of the account', async () => {
    await changeLanguage('fr');
    const api = stubApi({
      'POST /api/auth/login': () =>
        json(200, { accessToken: 'secret-token', expiresIn: 900, user: ME }),
      'PATCH /api/users/me': () => json(200, { ...ME, locale: 'fr' }),
    });
    const user = userEvent.setup();
    renderRoute(<LoginPage />, { path: '/login' });

    await user.type(await screen.findByLabelText(/^e-mail/i), 'ada@example.org');
    await user.type(screen.getByLabelText(/^mot de passe/i), 'a good password');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));

    expect(await screen.findByTestId('location')).toHaveTextContent(/^\/$/);
    expect(api.calls('PATCH /api/users/me')[0].body).toEqual({ locale: 'fr' });
    expect(document.documentElement.lang).toBe('fr');
  });

  it('comes back once to a page remembered before registering (an invitation link)', async () => {
    rememberReturnPath('/invitations/tok-123');
    stubApi({
      'POST /api/auth/login': () =>
        json(200, { accessToken: 'secret-token', expiresIn: 900, user: ME }),
    });
    renderRoute(<LoginPage />, { path: '/login' });
    await screen.findByRole('button', { name: 'Log in' });

    await submit('ada@example.org', 'a good password');

    expect(await screen.findByTestId('location')).toHaveTextContent('/invitations/tok-123');
    expect(window.localStorage.getItem('agora.returnTo')).toBeNull();
  });
});
