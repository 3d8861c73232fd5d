import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { components } from '../../api/schema';
import { json, signedIn, stubApi } from '../../test/api-stub';
import { renderRoute } from '../../test/render';
import { NotificationsSection } from './NotificationsSection';

type Settings = components['schemas']['NotificationSettingsDto'];
type Change = components['schemas']['UpdateNotificationSettingsDto'];

const CHESS = '00000000-0000-4000-8000-0000000000c1';

/** A server that keeps the settings and applies each PATCH as the backend does. */
function stubSettings(initial: Settings) {
  let settings = initial;
  return stubApi({
    ...signedIn(),
    'GET /api/me/notifications': () => json(200, settings),
    'PATCH /api/me/notifications': (request) => {
      const change = request.body as Change;
      settings = {
        reminderMinutesBefore: change.reminderMinutesBefore ?? settings.reminderMinutesBefore,
        associations: settings.associations.map((association) => ({
          ...association,
          eventMail:
            change.associations?.find(({ id }) => id === association.id)?.eventMail ??
            association.eventMail,
        })),
      };
      return json(200, settings);
    },
  });
}

describe('NotificationsSection', () => {
  it('shows each association’s event mail and turns it back on', async () => {
    const api = stubSettings({
      reminderMinutesBefore: [1440],
      associations: [{ id: CHESS, name: 'Chess club', eventMail: false }],
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

  it('offers reminders none, an hour, a day or both before, and saves the choice', async () => {
    const api = stubSettings({ reminderMinutesBefore: [1440], associations: [] });
    const user = userEvent.setup();
    renderRoute(<NotificationsSection />, { path: '/me', signedIn: true });

    expect(await screen.findByRole('radio', { name: '1 day before' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Both' }));
    expect(await screen.findByRole('radio', { name: 'Both', checked: true })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'None' }));
    expect(await screen.findByRole('radio', { name: 'None', checked: true })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: '1 hour before' }));
    expect(await screen.findByRole('radio', { name: '1 hour before', checked: true })).toBeChecked();

    expect(api.calls('PATCH /api/me/notifications').map((call) => call.body)).toEqual([
      { reminderMinutesBefore: [60, 1440] },
      { reminderMinutesBefore: [] },
      { reminderMinutesBefore: [60] },
    ]);
  });

  it('says so when I belong to no association', async () => {
    stubSettings({ reminderMinutesBefore: [], associations: [] });
    renderRoute(<NotificationsSection />, { path: '/me', signedIn: true });
    expect(
      await screen.findByText('You are not a member of any association yet.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'None' })).toBeChecked();
  });
});
