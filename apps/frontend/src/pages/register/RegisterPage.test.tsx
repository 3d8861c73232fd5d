import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, problem, stubApi } from '../../test/api-stub';
import { renderRoute } from '../../test/render';
import RegisterPage from './RegisterPage';

async function fillValid(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText(/^email/i), 'ada@example.org');
  await user.type(screen.getByLabelText(/^password/i), 'correct horse battery');
  await user.type(screen.getByLabelText(/first name/i), 'Ada');
  await user.type(screen.getByLabelText(/last name/i), 'Lovelace');
}

describe('RegisterPage', () => {
  it('refuses an empty form without calling the server', async () => {
    const api = stubApi({});
    const user = userEvent.setup();
    renderRoute(<RegisterPage />, { path: '/register' });

    await user.click(screen.getByRole('button', { name: 'Register' }));

    expect(screen.getByLabelText(/^email/i)).toHaveAccessibleDescription('Required');
    expect(screen.getByLabelText(/^password/i)).toHaveAccessibleDescription(
      'At least 10 characters',
    );
    expect(screen.getByLabelText(/first name/i)).toHaveAccessibleDescription('Required');
    expect(screen.getByLabelText(/last name/i)).toHaveAccessibleDescription('Required');
    expect(api.calls('POST /api/auth/register')).toHaveLength(0);
  });

  it('explains a malformed email next to the field', async () => {
    stubApi({});
    const user = userEvent.setup();
    renderRoute(<RegisterPage />, { path: '/register' });

    await user.type(screen.getByLabelText(/^email/i), 'not-an-email');
    await user.click(screen.getByRole('button', { name: 'Register' }));

    expect(screen.getByLabelText(/^email/i)).toHaveAccessibleDescription(
      'Enter a valid email address',
    );
  });

  it('shows the server field errors next to their fields', async () => {
    stubApi({
      'POST /api/auth/register': () =>
        problem(400, [
          {
            field: 'password',
            message: 'password is one of the most commonly used passwords; choose another',
          },
        ]),
    });
    const user = userEvent.setup();
    renderRoute(<RegisterPage />, { path: '/register' });

    await fillValid(user);
    await user.click(screen.getByRole('button', { name: 'Register' }));

    await waitFor(() =>
      expect(screen.getByLabelText(/^password/i)).toHaveAccessibleDescription(
        'This password is one of the most common; choose another',
      ),
    );
    expect(screen.getByLabelText(/^email/i)).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('sends the account and goes to "check your mail"', async () => {
    const api = stubApi({ 'POST /api/auth/register': () => json(202, { message: 'ok' }) });
    const user = userEvent.setup();
    renderRoute(<RegisterPage />, { path: '/register' });

    await fillValid(user);
    await user.click(screen.getByRole('button', { name: 'Register' }));

    expect(await screen.findByTestId('location')).toHaveTextContent('/check-your-mail');
    expect(api.calls('POST /api/auth/register')[0].body).toEqual({
      email: 'ada@example.org',
      password: 'correct horse battery',
      firstName: 'Ada',
      lastName: 'Lovelace',
      locale: 'en',
    });
  });

  it('starts from the address an invitation was sent to', async () => {
    stubApi({});
    renderRoute(<RegisterPage />, { path: '/register', state: { email: 'ada@example.org' } });

    expect(await screen.findByLabelText(/^email/i)).toHaveValue('ada@example.org');
  });
});
