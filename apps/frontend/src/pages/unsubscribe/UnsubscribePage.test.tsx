import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { noContent, problem, stubApi } from '../../test/api-stub';
import { renderRoute } from '../../test/render';
import UnsubscribePage from './UnsubscribePage';

const renderPage = (token: string) =>
  renderRoute(<UnsubscribePage />, { path: '/unsubscribe/:token', url: `/unsubscribe/${token}` });

describe('UnsubscribePage', () => {
  it('changes nothing on opening; the button posts the token, without logging in', async () => {
    const api = stubApi({ 'POST /api/unsubscribe/tok123': () => noContent() });
    const user = userEvent.setup();
    renderPage('tok123');

    const confirm = await screen.findByRole('button', { name: 'Stop these mails' });
    expect(screen.getByText(/You stay a member/)).toBeInTheDocument();
    expect(api.calls('POST /api/unsubscribe/tok123')).toHaveLength(0);

    await user.click(confirm);
    expect(await screen.findByRole('status')).toHaveTextContent('you will no longer receive mail');
    const [call] = api.calls('POST /api/unsubscribe/tok123');
    expect(call.headers.get('authorization')).toBeNull();
    expect(api.calls('POST /api/unsubscribe/tok123')).toHaveLength(1);
  });

  it('explains an invalid link', async () => {
    stubApi({ 'POST /api/unsubscribe/bad': () => problem(404) });
    const user = userEvent.setup();
    renderPage('bad');
    await user.click(await screen.findByRole('button', { name: 'Stop these mails' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This link is not valid');
  });
});
