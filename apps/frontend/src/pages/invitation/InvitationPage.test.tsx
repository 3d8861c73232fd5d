import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, ME, named, noContent, signedIn, stubApi } from '../../test/api-stub';
import { JOINED_CHESS_CLUB } from '../../test/invitations';
import { renderRoute } from '../../test/render';
import InvitationPage from './InvitationPage';

const TOKEN = 'tok-123';
const preview = (overrides: Record<string, unknown> = {}) => ({
  association: { id: 'a-1', name: 'Chess Club' },
  role: 'member',
  title: 'Treasurer',
  invitedBy: 'Charles Babbage',
  email: 'ada@example.org',
  status: 'pending',
  expiresAt: '2999-03-15T10:00:00.000Z',
  ...overrides,
});
const previewing = (answer: () => Response) => ({ 'POST /api/invitations/preview': answer });
const ACCEPT = 'POST /api/invitations/accept';
const DECLINE = 'POST /api/invitations/decline';

const open = (url = `/invitations/${TOKEN}`) =>
  renderRoute(<InvitationPage />, { path: '/invitations/:token', url });

describe('InvitationPage (the link from the invitation mail)', () => {
  it('shows a visitor the invitation and lets them decline without logging in', async () => {
    const api = stubApi({ ...previewing(() => json(200, preview())), [DECLINE]: noContent });
    const user = userEvent.setup();
    open();

    expect(
      await screen.findByRole('heading', { name: 'Invitation to Chess Club' }),
    ).toBeInTheDocument();
    expect(screen.getByText('As member (Treasurer)')).toBeInTheDocument();
    expect(screen.getByText('Invited by Charles Babbage')).toBeInTheDocument();
    expect(
      screen.getByText(/Sent to ada@example.org · Answer before Mar 15, 2999/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Accept' })).not.toBeInTheDocument();
    expect(api.calls('POST /api/invitations/preview')[0].body).toEqual({ token: TOKEN });

    await user.click(screen.getByRole('button', { name: 'Decline' }));
    await user.click(screen.getByRole('button', { name: 'Decline the invitation' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'You declined the invitation to Chess Club.',
    );
    expect(api.calls(DECLINE)[0].body).toEqual({ token: TOKEN, block: false });
  });

  it('sends a visitor to log in, and remembers to come back here across registration', async () => {
    stubApi(previewing(() => json(200, preview())));
    const user = userEvent.setup();
    const view = open();

    await user.click(await screen.findByRole('button', { name: 'Log in' }));
    expect(await screen.findByTestId('location')).toHaveTextContent('/login');
    expect(view.router.state.location.state).toEqual({ from: `/invitations/${TOKEN}` });
    view.unmount();

    window.localStorage.clear();
    const again = open();
    await user.click(await screen.findByRole('button', { name: 'Create an account' }));
    expect(await screen.findByTestId('location')).toHaveTextContent('/register');
    expect(again.router.state.location.state).toEqual({ email: 'ada@example.org' });
    expect(window.localStorage.getItem('agora.returnTo')).toContain(`/invitations/${TOKEN}`);
  });

  it('lets the invited account accept, then shows the association', async () => {
    const api = stubApi({
      ...signedIn(),
      ...previewing(() => json(200, preview())),
      [ACCEPT]: () => json(200, JOINED_CHESS_CLUB),
    });
    const user = userEvent.setup();
    open();

    await user.click(await screen.findByRole('button', { name: 'Accept' }));

    expect(await screen.findByTestId('location')).toHaveTextContent('/associations/a-1');
    expect(api.calls(ACCEPT)[0].body).toEqual({ token: TOKEN });
  });

  it('opens the decline question for the decline link, but sends nothing until clicked', async () => {
    const api = stubApi({
      ...signedIn(),
      ...previewing(() => json(200, preview())),
      [DECLINE]: noContent,
    });
    const user = userEvent.setup();
    open(`/invitations/${TOKEN}?answer=decline`);

    const confirm = await screen.findByRole('button', { name: 'Decline the invitation' });
    expect(screen.getByRole('button', { name: 'Accept' })).toBeInTheDocument();
    expect(api.calls(DECLINE)).toHaveLength(0);
    expect(api.calls(ACCEPT)).toHaveLength(0);

    await user.click(
      screen.getByRole('checkbox', { name: 'Do not invite me to this association again' }),
    );
    await user.click(confirm);

    expect(await screen.findByRole('status')).toHaveTextContent(
      'You declined the invitation to Chess Club. It will not invite you again.',
    );
    expect(api.calls(DECLINE)[0].body).toEqual({ token: TOKEN, block: true });
  });

  it('tells another account the invitation is not theirs and offers to log out', async () => {
    const api = stubApi({
      ...signedIn({ ...ME, email: 'charles@example.org' }),
      ...previewing(() => json(200, preview())),
      'POST /api/auth/logout': noContent,
    });
    const user = userEvent.setup();
    open();

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'You are logged in as charles@example.org, but this invitation was sent to ada@example.org.',
    );
    expect(screen.queryByRole('button', { name: 'Accept' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Log out' }));

    expect(await screen.findByRole('button', { name: 'Log in' })).toBeInTheDocument();
    expect(api.calls('POST /api/auth/logout')).toHaveLength(1);
  });

  it.each([
    ['accepted', 'This invitation was already accepted.'],
    ['declined', 'This invitation was declined.'],
    ['revoked', 'This invitation was withdrawn by the association.'],
    ['expired', 'This invitation has expired. Ask the association to invite you again.'],
  ])('says an invitation that is %s is closed, with no answer to give', async (status, message) => {
    stubApi({ ...signedIn(), ...previewing(() => json(200, preview({ status }))) });
    open();

    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(screen.queryByRole('button', { name: 'Accept' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Decline' })).not.toBeInTheDocument();
  });

  it('treats a pending invitation past its expiry as expired', async () => {
    stubApi(previewing(() => json(200, preview({ expiresAt: '2020-01-01T00:00:00.000Z' }))));
    open();

    expect(await screen.findByRole('alert')).toHaveTextContent('This invitation has expired.');
  });

  it('says an unknown link is unknown', async () => {
    stubApi(previewing(() => named(404, 'invitation-not-found')));
    open();

    expect(await screen.findByRole('alert')).toHaveTextContent('This invitation link is unknown.');
  });

  it('says why when the invitation closed between reading and accepting', async () => {
    let status = 'pending';
    stubApi({
      ...signedIn(),
      ...previewing(() => json(200, preview({ status }))),
      [ACCEPT]: () => {
        status = 'revoked';
        return named(409, 'invitation-closed');
      },
    });
    const user = userEvent.setup();
    open();

    await user.click(await screen.findByRole('button', { name: 'Accept' }));

    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'This invitation was withdrawn by the association.',
      ),
    );
  });
});
