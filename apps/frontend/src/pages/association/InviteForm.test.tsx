import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, named, problem, stubApi } from '../../test/api-stub';
import { ASSOCIATION_ID, association, open } from './association.fixtures';

const INVITE = `POST /api/associations/${ASSOCIATION_ID}/invitations`;
const invitation = (overrides: Record<string, unknown>) => ({
  id: 'inv-1',
  role: 'member',
  title: null,
  status: 'pending',
  email: null,
  invitee: null,
  invitedBy: { id: 'me', firstName: 'Ada', lastName: 'Lovelace' },
  createdAt: '2026-03-01T10:00:00.000Z',
  expiresAt: '2026-03-15T10:00:00.000Z',
  ...overrides,
});

const form = () => screen.getByRole('button', { name: 'Send the invitation' }).closest('form')!;

describe('Inviting a person to an association', () => {
  it('invites by email address with a role and a title, then lists the invitation as pending', async () => {
    const pending: unknown[] = [];
    const api = stubApi({
      ...association('admin', pending),
      [INVITE]: () => {
        const created = invitation({
          email: 'grace@example.org',
          role: 'admin',
          title: 'Treasurer',
        });
        pending.push(created);
        return json(201, created);
      },
    });
    const user = userEvent.setup();
    open();

    await user.click(await screen.findByRole('button', { name: 'Send the invitation' }));
    expect(within(form()).getByLabelText(/^email/i)).toHaveAccessibleDescription('Required');
    expect(api.calls(INVITE)).toHaveLength(0);

    await user.type(within(form()).getByLabelText(/^email/i), 'grace@example.org');
    await user.selectOptions(within(form()).getByLabelText('Role'), 'admin');
    await user.type(within(form()).getByLabelText(/^title/i), 'Treasurer');
    await user.click(screen.getByRole('button', { name: 'Send the invitation' }));

    expect(await screen.findByText('Invitation sent to grace@example.org.')).toBeInTheDocument();
    expect(api.calls(INVITE)[0].body).toEqual({
      email: 'grace@example.org',
      role: 'admin',
      title: 'Treasurer',
    });
    const row = await screen.findByRole('listitem', { name: 'grace@example.org' });
    expect(row).toHaveTextContent('As admin (Treasurer)');
    expect(within(form()).getByLabelText(/^email/i)).toHaveValue('');
  });

  it('invites a person picked in the directory, by id', async () => {
    const api = stubApi({
      ...association('admin'),
      'GET /api/users': () =>
        json(200, {
          items: [
            { id: 'u-8', firstName: 'Grace', lastName: 'Hopper', sharedAssociations: [] },
            {
              id: 'u-9',
              firstName: 'Grace',
              lastName: 'Hopper',
              sharedAssociations: [{ id: 'a-2', name: 'Go Club' }],
            },
          ],
          total: 2,
          page: 1,
          pageSize: 10,
        }),
      [INVITE]: () =>
        json(201, invitation({ invitee: { id: 'u-9', firstName: 'Grace', lastName: 'Hopper' } })),
    });
    const user = userEvent.setup();
    open();

    await user.click(await screen.findByRole('radio', { name: 'From the directory' }));
    expect(within(form()).queryByLabelText(/^email/i)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Send the invitation' }));
    expect(await screen.findByText('Pick a person in the list')).toBeInTheDocument();
    expect(api.calls(INVITE)).toHaveLength(0);

    await user.type(screen.getByLabelText(/find a person/i, { selector: 'input' }), 'Gra');
    // Two people of the same name: the one who shares the Go Club with me is picked, no address shown.
    expect(await screen.findAllByRole('option', { name: /Grace Hopper/ })).toHaveLength(2);
    expect(screen.queryByText(/@/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('option', { name: /Grace Hopper.*Go Club/ }));
    await user.click(screen.getByRole('button', { name: 'Send the invitation' }));

    expect(await screen.findByText('Invitation sent to Grace Hopper.')).toBeInTheDocument();
    expect(api.calls(INVITE)[0].body).toEqual({ userId: 'u-9', role: 'member', title: null });
    expect(api.calls('GET /api/users').at(-1)!.search).toContain('q=Gra');
  });

  it.each([
    ['invitation-pending', 'This person already has a pending invitation.'],
    ['already-member', 'This person is already a member.'],
    ['invitation-blocked', 'This person asked not to be invited to this association again.'],
  ])('says why the server refused with a 409 %s', async (name, message) => {
    stubApi({ ...association('admin'), [INVITE]: () => named(409, name) });
    const user = userEvent.setup();
    open();

    await user.type(await screen.findByLabelText(/^email/i), 'grace@example.org');
    await user.click(screen.getByRole('button', { name: 'Send the invitation' }));

    expect(await within(form()).findByRole('alert')).toHaveTextContent(message);
    expect(screen.queryByText(/Invitation sent/)).not.toBeInTheDocument();
  });

  it('says when the daily limit is reached and when to try again', async () => {
    stubApi({
      ...association('admin'),
      [INVITE]: () => named(429, 'invitation-limit', { 'retry-after': '5400' }),
    });
    const user = userEvent.setup();
    open();

    await user.type(await screen.findByLabelText(/^email/i), 'grace@example.org');
    await user.click(screen.getByRole('button', { name: 'Send the invitation' }));

    expect(await within(form()).findByRole('alert')).toHaveTextContent(
      'The association has sent as many invitations as it may today. Try again in 2 hours.',
    );
  });

  it('shows a server field error under its field', async () => {
    stubApi({
      ...association('admin'),
      [INVITE]: () =>
        problem(400, [{ field: 'title', message: 'title must be at most 100 characters' }]),
    });
    const user = userEvent.setup();
    open();

    await user.type(await screen.findByLabelText(/^email/i), 'grace@example.org');
    await user.click(screen.getByRole('button', { name: 'Send the invitation' }));

    await waitFor(() =>
      // The server's English rule, told in the reader's words.
      expect(within(form()).getByLabelText(/^title/i)).toHaveAccessibleDescription(
        'At most 100 characters',
      ),
    );
  });
});
