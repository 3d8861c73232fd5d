import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, problem, stubApi } from '../../test/api-stub';
import { renderRoute } from '../../test/render';
import CheckMailPage from './CheckMailPage';

describe('CheckMailPage', () => {
  it('names the address and resends the link to it', async () => {
    const api = stubApi({ 'POST /api/auth/resend-verification': () => json(202, {}) });
    const user = userEvent.setup();
    renderRoute(<CheckMailPage />, {
      path: '/check-your-mail',
      state: { email: 'ada@example.org' },
    });

    expect(screen.getByText(/sent a confirmation link to ada@example.org/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Send the link again' }));

    expect(await screen.findByRole('status')).toHaveTextContent('a new link is on its way');
    expect(api.calls('POST /api/auth/resend-verification')[0].body).toEqual({
      email: 'ada@example.org',
    });
  });

  it('shows a server field error next to the email', async () => {
    stubApi({
      'POST /api/auth/resend-verification': () =>
        problem(400, [{ field: 'email', message: 'email must be an email address' }]),
    });
    const user = userEvent.setup();
    renderRoute(<CheckMailPage />, {
      path: '/check-your-mail',
      state: { email: 'ada@example.org' },
    });

    await user.click(screen.getByRole('button', { name: 'Send the link again' }));

    expect(await screen.findByText('Enter a valid email address')).toBeInTheDocument();
  });
});
