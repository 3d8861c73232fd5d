import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, ME, noContent, problem, signedIn, stubApi } from '../../test/api-stub';
import { renderRoute } from '../../test/render';
import MyProfilePage from './MyProfilePage';

const section = (name: string) =>
  screen.getByRole('heading', { name }).parentElement as HTMLElement;

async function renderPage() {
  renderRoute(<MyProfilePage />, { path: '/me', signedIn: true });
  await screen.findByRole('heading', { name: 'My profile' });
}

describe('MyProfilePage', () => {
  it('has my calendar link and my event mail choices', async () => {
    stubApi({
      ...signedIn(),
      'GET /api/me/calendar-feed': () =>
        json(200, {
          url: 'https://agora.test/api/calendar/t.ics',
          webcalUrl: 'webcal://agora.test/api/calendar/t.ics',
        }),
      'GET /api/me/notifications': () =>
        json(200, { reminderMinutesBefore: [1440], associations: [] }),
    });
    await renderPage();
    expect(
      await within(section('My calendar')).findByLabelText('Private calendar link'),
    ).toHaveValue('https://agora.test/api/calendar/t.ics');
    expect(
      await within(section('Event mail')).findByText(
        'You are not a member of any association yet.',
      ),
    ).toBeInTheDocument();
  });

  it('fills the form with my details and refuses an emptied name', async () => {
    const api = stubApi(signedIn());
    const user = userEvent.setup();
    await renderPage();
    const details = section('My details');

    expect(within(details).getByLabelText(/first name/i)).toHaveValue('Ada');
    await user.clear(within(details).getByLabelText(/first name/i));
    await user.click(within(details).getByRole('button', { name: 'Save' }));

    expect(within(details).getByLabelText(/first name/i)).toHaveAccessibleDescription('Required');
    expect(api.calls('PATCH /api/users/me')).toHaveLength(0);
  });

  it('saves my details and shows server field errors next to them', async () => {
    let answer = problem(400, [
      { field: 'lastName', message: 'lastName must not contain control characters' },
    ]);
    const api = stubApi({ ...signedIn(), 'PATCH /api/users/me': () => answer });
    const user = userEvent.setup();
    await renderPage();
    const details = section('My details');

    await user.clear(within(details).getByLabelText(/last name/i));
    await user.type(within(details).getByLabelText(/last name/i), 'Byron');
    await user.click(within(details).getByRole('button', { name: 'Save' }));
    expect(
      await within(details).findByText('lastName must not contain control characters'),
    ).toBeInTheDocument();

    answer = json(200, { ...ME, lastName: 'Byron' });
    await user.click(within(details).getByRole('button', { name: 'Save' }));
    expect(await within(details).findByRole('status')).toHaveTextContent('Saved');
    expect(api.calls('PATCH /api/users/me')[1].body).toEqual({
      firstName: 'Ada',
      lastName: 'Byron',
      birthDate: '1990-05-17',
    });
  });

  it('changes the password, showing a wrong current password next to its field', async () => {
    let answer = problem(400, [
      { field: 'currentPassword', message: 'currentPassword is not your current password' },
    ]);
    const api = stubApi({ ...signedIn(), 'POST /api/users/me/password': () => answer });
    const user = userEvent.setup();
    await renderPage();
    const form = section('Change password');

    await user.click(within(form).getByRole('button', { name: 'Change password' }));
    expect(within(form).getByLabelText(/current password/i)).toHaveAccessibleDescription(
      'Required',
    );
    expect(within(form).getByLabelText(/new password/i)).toHaveAccessibleDescription(
      'At least 10 characters',
    );

    await user.type(within(form).getByLabelText(/current password/i), 'not my password');
    await user.type(within(form).getByLabelText(/new password/i), 'a brand new passphrase');
    await user.click(within(form).getByRole('button', { name: 'Change password' }));
    expect(
      await within(form).findByText('currentPassword is not your current password'),
    ).toBeInTheDocument();

    answer = noContent();
    await user.clear(within(form).getByLabelText(/current password/i));
    await user.type(within(form).getByLabelText(/current password/i), 'my real password');
    await user.click(within(form).getByRole('button', { name: 'Change password' }));
    expect(await within(form).findByRole('status')).toHaveTextContent('Your password was changed.');
    expect(api.calls('POST /api/users/me/password')[1].body).toEqual({
      currentPassword: 'my real password',
      newPassword: 'a brand new passphrase',
    });
  });

  it('deletes the account only with the password, then signs out', async () => {
    const api = stubApi({
      ...signedIn(),
      'DELETE /api/users/me': () => noContent(),
      'POST /api/auth/logout': () => noContent(),
    });
    const user = userEvent.setup();
    await renderPage();
    const form = section('Delete my account');

    await user.click(within(form).getByRole('button', { name: 'Delete my account for good' }));
    expect(within(form).getByLabelText(/type your password/i)).toHaveAccessibleDescription(
      'Required',
    );
    expect(api.calls('DELETE /api/users/me')).toHaveLength(0);

    await user.type(within(form).getByLabelText(/type your password/i), 'my real password');
    await user.click(within(form).getByRole('button', { name: 'Delete my account for good' }));
    expect(await screen.findByTestId('location')).toHaveTextContent('/');
    expect(api.calls('DELETE /api/users/me')[0].body).toEqual({ password: 'my real password' });
    expect(api.calls('POST /api/auth/logout')).toHaveLength(1);
  });
});
