import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { components } from '../../api/schema';
import type { MyInvitation } from '../../invitations/InvitationCard';
import { json, ME, signedIn, stubApi } from '../../test/api-stub';
import { JOINED_CHESS_CLUB } from '../../test/invitations';
import { renderRoute } from '../../test/render';
import HomePage from './HomePage';

type Membership = components['schemas']['UserAssociationDto'];
type MyEvent = components['schemas']['MyEventDto'];

const page = <T,>(items: T[]) => ({ items, total: items.length, page: 1, pageSize: 20 });

const chessInvitation: MyInvitation = {
  id: 'inv-1',
  association: { id: 'a-1', name: 'Chess Club' },
  role: 'member',
  title: 'Treasurer',
  invitedBy: 'Grace Hopper',
  createdAt: '2026-03-01T10:00:00.000Z',
  expiresAt: '2026-03-15T10:00:00.000Z',
};
const rowing: Membership = { id: 'a-2', name: 'Rowing Club', role: 'admin', title: null };
const chess: Membership = { id: 'a-1', name: 'Chess Club', role: 'member', title: 'Treasurer' };

function event(id: string, title: string, myAnswer: MyEvent['myAnswer']): MyEvent {
  return {
    id,
    associationId: 'a-2',
    associationName: 'Rowing Club',
    uid: `${id}@agora`,
    sequence: 0,
    status: 'scheduled',
    title,
    description: null,
    location: 'Boathouse',
    startsAt: '2031-05-01T08:00:00.000Z',
    endsAt: '2031-05-01T10:00:00.000Z',
    timeZone: 'Europe/Paris',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    myAnswer,
  };
}

/** A signed-in Ada with these invitations, memberships and events, each read afresh per request. */
function home(state: {
  invitations: MyInvitation[];
  associations: Membership[];
  events: MyEvent[];
}) {
  return {
    ...signedIn(),
    'GET /api/me/invitations': () => json(200, page(state.invitations)),
    [`GET /api/users/${ME.id}`]: () =>
      json(200, {
        id: ME.id,
        firstName: ME.firstName,
        lastName: ME.lastName,
        memberSince: ME.createdAt,
        associations: state.associations,
      }),
    'GET /api/me/events': () => json(200, page(state.events)),
  };
}

const open = () => renderRoute(<HomePage />, { path: '/' });
const section = (name: string) => screen.findByRole('region', { name });

describe('HomePage', () => {
  it('shows a visitor what Agora does, with a way to log in or sign up', async () => {
    stubApi({});
    open();

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Run your association' }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    expect(screen.getByRole('link', { name: 'Log in' })).toHaveAttribute('href', '/login');
    expect(screen.getByRole('link', { name: 'Create an account' })).toHaveAttribute(
      'href',
      '/register',
    );
    expect(screen.queryByRole('heading', { name: 'My associations' })).not.toBeInTheDocument();
  });

  it('greets a signed-in person with their associations, roles and next events', async () => {
    stubApi(
      home({
        invitations: [],
        associations: [rowing],
        events: [event('e-1', 'Regatta', 'accepted'), event('e-2', 'Spring clean', null)],
      }),
    );
    open();

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Hello, Ada');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);

    const mine = await screen.findByRole('list', { name: 'My associations' });
    const item = within(mine).getByRole('listitem');
    expect(within(item).getByRole('link', { name: 'Rowing Club' })).toHaveAttribute(
      'href',
      '/associations/a-2',
    );
    expect(item).toHaveTextContent('admin');

    const next = await screen.findByRole('list', { name: 'Next events' });
    const [regatta, clean] = within(next).getAllByRole('listitem');
    expect(within(regatta).getByRole('link', { name: 'Regatta' })).toHaveAttribute(
      'href',
      '/events/e-1',
    );
    expect(regatta).toHaveTextContent('Going');
    expect(clean).not.toHaveTextContent(/Going|Maybe|Not going/);
    expect(screen.getByRole('link', { name: 'See all my events' })).toHaveAttribute(
      'href',
      '/me/events',
    );
    expect(screen.queryByRole('region', { name: 'Invitations waiting for you' })).toBeNull();
  });

  it('asks for only the next few events from now on', async () => {
    const api = stubApi(home({ invitations: [], associations: [], events: [] }));
    open();

    await screen.findByText('No upcoming events in your associations.');
    const query = new URLSearchParams(api.calls('GET /api/me/events')[0].search);
    expect(Number(query.get('pageSize'))).toBeLessThanOrEqual(5);
    expect(query.get('from')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('tells a newcomer how to start when they belong nowhere and nothing is planned', async () => {
    stubApi(home({ invitations: [], associations: [], events: [] }));
    open();

    const mine = await section('My associations');
    expect(
      await within(mine).findByText(/not a member of any association yet.*wait for an invitation/),
    ).toBeInTheDocument();
    expect(within(mine).getByRole('link', { name: 'Create an association' })).toHaveAttribute(
      'href',
      '/associations/new',
    );
    expect(within(mine).getByRole('link', { name: 'All associations' })).toHaveAttribute(
      'href',
      '/associations',
    );
    expect(
      await within(await section('Next events')).findByText(
        'No upcoming events in your associations.',
      ),
    ).toBeInTheDocument();
  });

  it('accepts a waiting invitation there and then, and lists the association as mine', async () => {
    const state = { invitations: [chessInvitation], associations: [rowing], events: [] };
    const api = stubApi({
      ...home(state),
      'POST /api/me/invitations/inv-1/accept': () => {
        state.invitations = [];
        state.associations = [rowing, chess];
        return json(200, JOINED_CHESS_CLUB);
      },
    });
    const user = userEvent.setup();
    open();

    const waiting = await section('Invitations waiting for you');
    const card = await within(waiting).findByRole('article', { name: 'Chess Club' });
    expect(card).toHaveTextContent('As member (Treasurer)');
    expect(card).toHaveTextContent('Invited by Grace Hopper');
    expect(
      within(await screen.findByRole('list', { name: 'My associations' })).queryByRole('link', {
        name: 'Chess Club',
      }),
    ).toBeNull();

    await user.click(within(card).getByRole('button', { name: 'Accept' }));

    const mine = screen.getByRole('list', { name: 'My associations' });
    expect(await within(mine).findByRole('link', { name: 'Chess Club' })).toHaveAttribute(
      'href',
      '/associations/a-1',
    );
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Invitations waiting for you' })).toBeNull(),
    );
    expect(api.calls('POST /api/me/invitations/inv-1/accept')).toHaveLength(1);
    expect(screen.queryByTestId('location')).toBeNull();
  });

  it('declines a waiting invitation after the second question and says so', async () => {
    const state = { invitations: [chessInvitation], associations: [], events: [] };
    const api = stubApi({
      ...home(state),
      'POST /api/me/invitations/inv-1/decline': () => {
        state.invitations = [];
        return json(200, {});
      },
    });
    const user = userEvent.setup();
    open();

    const card = await within(await section('Invitations waiting for you')).findByRole('article', {
      name: 'Chess Club',
    });
    await user.click(within(card).getByRole('button', { name: 'Decline' }));
    await user.click(within(card).getByRole('button', { name: 'Decline the invitation' }));

    expect(
      await screen.findByText('You declined the invitation to Chess Club.'),
    ).toBeInTheDocument();
    expect(api.calls('POST /api/me/invitations/inv-1/decline')[0].body).toEqual({ block: false });
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Chess Club' })).toBeNull());
  });
});
