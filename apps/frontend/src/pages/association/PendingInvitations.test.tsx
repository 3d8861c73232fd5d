import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { noContent, stubApi } from '../../test/api-stub';
import { ASSOCIATION_ID, association, open } from './association.fixtures';

const byEmail = {
  id: 'inv-1',
  role: 'member',
  title: null,
  status: 'pending',
  email: 'grace@example.org',
  invitee: null,
  invitedBy: { id: 'u-1', firstName: 'Ada', lastName: 'Lovelace' },
  createdAt: '2026-03-01T10:00:00.000Z',
  expiresAt: '2026-03-15T10:00:00.000Z',
};
const fromDirectory = {
  ...byEmail,
  id: 'inv-2',
  role: 'admin',
  title: 'Treasurer',
  email: null,
  invitee: { id: 'u-9', firstName: 'Alan', lastName: 'Turing' },
  invitedBy: null,
};
const REVOKE = `DELETE /api/associations/${ASSOCIATION_ID}/invitations/inv-1`;

describe('Pending invitations of an association', () => {
  it('shows admins who was invited, by whom, when and until when', async () => {
    stubApi(association('admin', [byEmail, fromDirectory]));
    open();

    const grace = await screen.findByRole('listitem', { name: 'grace@example.org' });
    expect(grace).toHaveTextContent('As member');
    expect(grace).toHaveTextContent('Invited by Ada Lovelace on Mar 1, 2026');
    expect(grace).toHaveTextContent('Expires on Mar 15, 2026');
    const alan = screen.getByRole('listitem', { name: 'Alan Turing' });
    expect(alan).toHaveTextContent('As admin (Treasurer)');
    expect(alan).toHaveTextContent('Invited on Mar 1, 2026');
  });

  it('revokes an invitation only once the admin confirms', async () => {
    const pending = [byEmail, fromDirectory];
    const api = stubApi({
      ...association('admin', pending),
      [REVOKE]: () => {
        pending.splice(0, 1);
        return noContent();
      },
    });
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    const user = userEvent.setup();
    open();

    const grace = await screen.findByRole('listitem', { name: 'grace@example.org' });
    const revoke = within(grace).getByRole('button', {
      name: 'Revoke the invitation of grace@example.org',
    });
    await user.click(revoke);
    expect(confirm).toHaveBeenCalledWith(
      'Revoke the invitation of grace@example.org? The link in their mail will stop working.',
    );
    expect(api.calls(REVOKE)).toHaveLength(0);

    confirm.mockReturnValue(true);
    await user.click(revoke);
    await waitFor(() =>
      expect(screen.queryByRole('listitem', { name: 'grace@example.org' })).not.toBeInTheDocument(),
    );
    expect(api.calls(REVOKE)).toHaveLength(1);
    expect(screen.getByRole('listitem', { name: 'Alan Turing' })).toBeInTheDocument();
  });

  it('says so when nothing is pending, and is not asked for by members', async () => {
    stubApi(association('admin'));
    const first = open();
    expect(await screen.findByText('No pending invitations.')).toBeInTheDocument();
    first.unmount();

    const api = stubApi(association('member'));
    open();
    await screen.findByRole('row', { name: /Charles Babbage/ });
    expect(api.calls(`GET /api/associations/${ASSOCIATION_ID}/invitations`)).toHaveLength(0);
    expect(screen.queryByText('Pending invitations')).not.toBeInTheDocument();
  });
});
