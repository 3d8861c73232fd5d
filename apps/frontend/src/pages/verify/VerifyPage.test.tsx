import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { describe, expect, it } from 'vitest';
import { json, problem, stubApi } from '../../test/api-stub';
import { renderRoute } from '../../test/render';
import VerifyPage from './VerifyPage';

const route = { path: '/verify', url: '/verify?token=tok-1' };

describe('VerifyPage', () => {
  it('confirms the email with the token from the link', async () => {
    const api = stubApi({ 'POST /api/auth/verify': () => json(200, {}) });
    renderRoute(<VerifyPage />, route);

    expect(await screen.findByText(/Your email is confirmed/)).toBeInTheDocument();
    expect(api.calls('POST /api/auth/verify')[0].body).toEqual({ token: 'tok-1' });
    expect(screen.getByRole('link', { name: 'Log in' })).toHaveAttribute('href', '/login');
  });

  it('uses the one-time token once even when the page mounts twice', async () => {
    const api = stubApi({ 'POST /api/auth/verify': () => json(200, {}) });
    renderRoute(
      <StrictMode>
        <VerifyPage />
      </StrictMode>,
      route,
    );

    expect(await screen.findByText(/Your email is confirmed/)).toBeInTheDocument();
    expect(api.calls('POST /api/auth/verify')).toHaveLength(1);
  });

  it('says an already used link is fine', async () => {
    stubApi({ 'POST /api/auth/verify': () => problem(409) });
    renderRoute(<VerifyPage />, route);

    expect(await screen.findByText(/already used/)).toBeInTheDocument();
  });

  it('offers to resend when the link expired, and validates the email', async () => {
    const api = stubApi({
      'POST /api/auth/verify': () => problem(400),
      'POST /api/auth/resend-verification': () => json(202, {}),
    });
    const user = userEvent.setup();
    renderRoute(<VerifyPage />, route);

    expect(await screen.findByRole('alert')).toHaveTextContent('invalid or has expired');
    await user.click(screen.getByRole('button', { name: 'Send the link again' }));
    expect(screen.getByLabelText(/^email/i)).toHaveAccessibleDescription('Required');

    await user.type(screen.getByLabelText(/^email/i), 'ada@example.org');
    await user.click(screen.getByRole('button', { name: 'Send the link again' }));
    expect(await screen.findByText(/a new link is on its way/)).toBeInTheDocument();
    expect(api.calls('POST /api/auth/resend-verification')[0].body).toEqual({
      email: 'ada@example.org',
    });
  });

  it('explains that the page needs the link when there is no token', async () => {
    const api = stubApi({});
    renderRoute(<VerifyPage />, { path: '/verify' });

    expect(await screen.findByText(/needs the link/)).toBeInTheDocument();
    expect(api.calls('POST /api/auth/verify')).toHaveLength(0);
  });
});
