import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, signedIn, stubApi } from '../../test/api-stub';
import { renderRoute } from '../../test/render';
import { NotificationsSection } from './NotificationsSection';

const CHESS = '00000000-0000-4000-8000-0000000000c1';

describe('NotificationsSection', () => {
  it('shows each association’s event mail and turns it back on', async () => {
    let eventMail = false;
    const api = stubApi({
      ...signedIn(),
      'GET /api/me/notifications': () =>
        json(200, { associations: [{ id: CHESS, name: 'Chess club', eventMail }] }),
      'PATCH /api/me/notifications': (request) => {
        eventMail = (request.body as { associations: { eventMail: boolean }[] }).associations[0]
          .eventMail;
        return json(200, { associations: [{ id: CHESS, name: 'Chess club', eventMail }] });
      },
    });
    const user = userEvent.setup();
    renderRoute(<NotificationsSection />, { path: '/me', signedIn: true });

    const toggle = await screen.findByRole('switch', { name: 'Chess club' });
    expect(toggle).not.toBeChecked();
    await user.click(toggle);

    expect(await screen.findByRole('switch', { name: 'Chess club', checked: true })).toBeChecked();
    expect(api.calls('PATCH /api/me/notifications')[0].body).toEqual({
      associations: [{ id: CHESS, eventMail: true }],
    });
  });

  it('says so when I belong to no association', async () => {
    stubApi({ ...signedIn(), 'GET /api/me/notifications': () => json(200, { associations: [] }) });
    renderRoute(<NotificationsSection />, { path: '/me', signedIn: true });
    expect(
      await screen.findByText('You are not a member of any association yet.'),
    ).toBeInTheDocument();
  });
});
