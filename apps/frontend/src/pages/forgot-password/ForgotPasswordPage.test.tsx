import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, problem, stubApi } from '../../test/api-stub';
import { renderRoute } from '../../test/render';
import ForgotPasswordPage from './ForgotPasswordPage';

describe('ForgotPasswordPage', () => {
  it('refuses a malformed email without calling the server', async () => {
    const api = stubApi({});
    const user = userEvent.setup();
    renderRoute(<ForgotPasswordPage />, { path: '/forgot-password' });

    await user.type(screen.getByLabelText(/^email/i), 'ada@');
    await user.click(screen.getByRole('button', { name: 'Send the link' }));

    expect(screen.getByLabelText(/^email/i)).toHaveAccessibleDescription(
      'Enter a valid email address',
    );
    expect(api.calls('POST /api/auth/password-reset')).toHaveLength(0);
  });

  it('confirms without saying whether the account exists', async () => {
    const api = stubApi({ 'POST /api/auth/password-reset': () => json(202, {}) });
    const user = userEvent.setup();
    renderRoute(<ForgotPasswordPage />, { path: '/forgot-password' });

    await user.type(screen.getByLabelText(/^email/i), 'ada@example.org');
    await user.click(screen.getByRole('button', { name: 'Send the link' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'If an account exists for this address',
    );
    expect(api.calls('POST /api/auth/password-reset')[0].body).toEqual({
      email: 'ada@example.org',
    });
  });

  it('shows a server field error next to the email', async () => {
    stubApi({
      'POST /api/auth/password-reset': () =>
        problem(400, [{ field: 'email', message: 'email is too long' }]),
    });
    const user = userEvent.setup();
    renderRoute(<ForgotPasswordPage />, { path: '/forgot-password' });

    await user.type(screen.getByLabelText(/^email/i), 'ada@example.org');
    await user.click(screen.getByRole('button', { name: 'Send the link' }));

    expect(await screen.findByText('email is too long')).toBeInTheDocument();
    expect(screen.getByLabelText(/^email/i)).toHaveAccessibleDescription('email is too long');
  });
});
