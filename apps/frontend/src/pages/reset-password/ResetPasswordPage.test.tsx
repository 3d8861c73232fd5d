import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { noContent, problem, stubApi } from '../../test/api-stub';
import { renderRoute } from '../../test/render';
import ResetPasswordPage from './ResetPasswordPage';

const route = { path: '/reset-password', url: '/reset-password?token=abc123' };

describe('ResetPasswordPage', () => {
  it('asks for a long enough password before calling the server', async () => {
    const api = stubApi({});
    const user = userEvent.setup();
    renderRoute(<ResetPasswordPage />, route);

    await user.type(screen.getByLabelText(/new password/i), 'short');
    await user.click(screen.getByRole('button', { name: 'Change my password' }));

    expect(screen.getByLabelText(/new password/i)).toHaveAccessibleDescription(
      'At least 10 characters',
    );
    expect(api.calls('POST /api/auth/password-reset/confirm')).toHaveLength(0);
  });

  it('shows the server password rule next to the field', async () => {
    stubApi({
      'POST /api/auth/password-reset/confirm': () =>
        problem(400, [
          {
            field: 'password',
            message: 'password is one of the most commonly used passwords; choose another',
          },
        ]),
    });
    const user = userEvent.setup();
    renderRoute(<ResetPasswordPage />, route);

    await user.type(screen.getByLabelText(/new password/i), 'password123');
    await user.click(screen.getByRole('button', { name: 'Change my password' }));

    expect(await screen.findByText(/one of the most common/)).toBeInTheDocument();
    expect(screen.getByLabelText(/new password/i)).toHaveAccessibleDescription(
      /one of the most common/,
    );
  });

  it('offers a new link when the token is refused', async () => {
    stubApi({
      'POST /api/auth/password-reset/confirm': () =>
        problem(400, undefined, 'The link is invalid or has expired'),
    });
    const user = userEvent.setup();
    renderRoute(<ResetPasswordPage />, route);

    await user.type(screen.getByLabelText(/new password/i), 'a brand new passphrase');
    await user.click(screen.getByRole('button', { name: 'Change my password' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This link is invalid or has expired',
    );
    expect(screen.getByRole('link', { name: 'Ask for a new link' })).toHaveAttribute(
      'href',
      '/forgot-password',
    );
  });

  it('sends the token with the new password and confirms', async () => {
    const api = stubApi({ 'POST /api/auth/password-reset/confirm': () => noContent() });
    const user = userEvent.setup();
    renderRoute(<ResetPasswordPage />, route);

    await user.type(screen.getByLabelText(/new password/i), 'a brand new passphrase');
    await user.click(screen.getByRole('button', { name: 'Change my password' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Your password was changed');
    expect(api.calls('POST /api/auth/password-reset/confirm')[0].body).toEqual({
      token: 'abc123',
      password: 'a brand new passphrase',
    });
  });
});
