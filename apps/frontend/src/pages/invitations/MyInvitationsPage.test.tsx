import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, noContent, signedIn, stubApi } from '../../test/api-stub';
import { JOINED_CHESS_CLUB } from '../../test/invitations';
import { renderRoute } from '../../test/render';
import MyInvitationsPage from './MyInvitationsPage';

const chess = {
  id: 'inv-1',
  association: { id: 'a-1', name: 'Chess Club' },
  role: 'member',
  title: 'Treasurer',
  invitedBy: 'Ada Lovelace',
  createdAt: '2026-03-01T10:00:00.000Z',
  expiresAt: '2026-03-15T10:00:00.000Z',
};
const go = { ...chess, id: 'inv-2', association: { id: 'a-2', name: 'Go Club' }, title: null };
const page = <T,>(items: T[]) => ({ items, total: items.length, page: 1, pageSize: 20 });

function invitations(pending: unknown[]) {
  return {
    ...signedIn(),
    'GET /api/me/invitations': () => json(200, page(pending)),
  };
}

const open = () => renderRoute(<MyInvitationsPage />, { path: '/invitations', signedIn: true });

describe('MyInvitationsPage', () => {
  it('lists what each association offers and who invited', async () => {
    stubApi(invitations([chess, go]));
    open();

    const card = await screen.findByRole('article', { name: 'Chess Club' });
    expect(within(card).getByRole('heading', { name: 'Chess Club' })).toBeInTheDocument();
    expect(card).toHaveTextContent('As member (Treasurer)');
    expect(card).toHaveTextContent('Invited by Ada Lovelace');
    expect(card).toHaveTextContent('Answer before Mar 15, 2026');
    expect(screen.getByRole('article', { name: 'Go Club' })).toHaveTextContent('As member');
  });

  it('accepts and goes to the association', async () => {
    const api = stubApi({
      ...invitations([chess]),
      'POST /api/me/invitations/inv-1/accept': () => json(200, JOINED_CHESS_CLUB),
    });
    const user = userEvent.setup();
    open();

    const card = await screen.findByRole('article', { name: 'Chess Club' });
    await user.click(within(card).getByRole('button', { name: 'Accept' }));

    expect(await screen.findByTestId('location')).toHaveTextContent('/associations/a-1');
    expect(api.calls('POST /api/me/invitations/inv-1/accept')).toHaveLength(1);
  });

  it('declines only after a second click, asking not to be invited again when ticked', async () => {
    const pending = [chess, go];
    const api = stubApi({
      ...invitations(pending),
      'POST /api/me/invitations/inv-1/decline': () => {
        pending.splice(0, 1);
        return noContent();
      },
    });
    const user = userEvent.setup();
    open();

    const card = await screen.findByRole('article', { name: 'Chess Club' });
    await user.click(within(card).getByRole('button', { name: 'Decline' }));
    expect(api.calls('POST /api/me/invitations/inv-1/decline')).toHaveLength(0);
    await user.click(within(card).getByRole('button', { name: 'Cancel' }));
    expect(within(card).queryByLabelText(/do not invite me/i)).not.toBeInTheDocument();

    await user.click(within(card).getByRole('button', { name: 'Decline' }));
    await user.click(
      within(card).getByRole('checkbox', { name: 'Do not invite me to this association again' }),
    );
    await user.click(within(card).getByRole('button', { name: 'Decline the invitation' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'You declined the invitation to Chess Club. It will not invite you again.',
    );
    expect(api.calls('POST /api/me/invitations/inv-1/decline')[0].body).toEqual({ block: true });
    await waitFor(() =>
      expect(screen.queryByRole('article', { name: 'Chess Club' })).not.toBeInTheDocument(),
    );
    expect(screen.getByRole('article', { name: 'Go Club' })).toBeInTheDocument();
  });

  it('says when nothing waits for an answer', async () => {
    stubApi(invitations([]));
    open();

    expect(await screen.findByText('No pending invitations.')).toBeInTheDocument();
  });
});
