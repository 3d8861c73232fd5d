import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { components } from '../../api/schema';
import { changeLanguage } from '../../i18n/i18n';
import { json, ME, named, problem, signedIn, stubApi } from '../../test/api-stub';
import { renderRoute } from '../../test/render';
import EventPage from './EventPage';

const EVENT_ID = 'e0000000-0000-4000-8000-000000000001';
const ASSOCIATION_ID = 'a0000000-0000-4000-8000-000000000001';

const event = (overrides: Record<string, unknown> = {}) => ({
  id: EVENT_ID,
  associationId: ASSOCIATION_ID,
  uid: `${EVENT_ID}@agora`,
  sequence: 0,
  status: 'scheduled',
  title: 'General assembly',
  description: 'Budget\nElections',
  location: 'Town hall',
  startsAt: '2031-05-01T16:00:00.000Z',
  endsAt: '2031-05-01T18:00:00.000Z',
  timeZone: 'Europe/Paris',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...overrides,
});

const association = { id: ASSOCIATION_ID, name: 'Chess Club', myRole: 'member' };

type Deliveries = components['schemas']['DeliveriesDto'];
type Delivery = components['schemas']['DeliveryDto'];
const delivery = (index: number, overrides: Partial<Delivery> = {}): Delivery => ({
  userId: `u0000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
  displayName: `Member ${String(index).padStart(2, '0')}`,
  status: 'sent',
  sequence: 0,
  at: '2026-03-01T10:00:00.000Z',
  reason: null,
  ...overrides,
});
const REFUSED = 'Mailbox full, try again later';
/** 25 recipients, the seventh refused by their server until the mailer gave up. */
const ledger = (victim: Partial<Delivery> = { status: 'dead', reason: REFUSED }): Deliveries => {
  const recipients = Array.from({ length: 25 }, (_, index) =>
    delivery(index + 1, index === 6 ? victim : {}),
  );
  const count = (status: Delivery['status']) =>
    recipients.filter((recipient) => recipient.status === status).length;
  return {
    totals: {
      recipients: 25,
      queued: count('queued'),
      sent: count('sent'),
      failed: count('failed'),
      dead: count('dead'),
    },
    recipients,
  };
};

const attendee = (userId: string, name: string, answer: string) => ({
  userId,
  name,
  answer,
  answeredAt: '2026-02-01T00:00:00.000Z',
});
const GRACE = attendee('u-grace', 'Grace Hopper', 'accepted');
const ALAN = attendee('u-alan', 'Alan Turing', 'tentative');
const EMMY = attendee('u-emmy', 'Emmy Noether', 'declined');

function openEvent(
  handlers: Parameters<typeof stubApi>[0] = {},
  overrides: Record<string, unknown> = {},
) {
  const api = stubApi({
    ...signedIn(),
    [`GET /api/events/${EVENT_ID}`]: () => json(200, event(overrides)),
    [`GET /api/associations/${ASSOCIATION_ID}`]: () => json(200, association),
    ...handlers,
  });
  renderRoute(<EventPage />, {
    path: '/events/:eventId',
    url: `/events/${EVENT_ID}`,
    signedIn: true,
  });
  return api;
}

describe('EventPage', () => {
  it('shows the event the mail links to, with its association and a calendar download', async () => {
    stubApi({
      ...signedIn(),
      [`GET /api/events/${EVENT_ID}`]: () => json(200, event()),
      [`GET /api/associations/${ASSOCIATION_ID}`]: () => json(200, association),
    });
    renderRoute(<EventPage />, {
      path: '/events/:eventId',
      url: `/events/${EVENT_ID}`,
      signedIn: true,
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'General assembly' }),
    ).toBeVisible();
    expect(screen.getByText('Town hall')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Chess Club' })).toHaveAttribute(
      'href',
      `/associations/${ASSOCIATION_ID}`,
    );
    expect(screen.getByRole('button', { name: 'Add to calendar (.ics)' })).toBeEnabled();
  });

  it("gives the time in the event's zone and, when it reads differently, on the reader's clock", async () => {
    // Chatham Islands time is nobody's test machine: the reader's own clock reads differently.
    stubApi({
      ...signedIn(),
      [`GET /api/events/${EVENT_ID}`]: () => json(200, event({ timeZone: 'Pacific/Chatham' })),
      [`GET /api/associations/${ASSOCIATION_ID}`]: () => json(200, association),
    });
    renderRoute(<EventPage />, {
      path: '/events/:eventId',
      url: `/events/${EVENT_ID}`,
      signedIn: true,
    });

    expect(await screen.findByText(/\(Pacific\/Chatham\)/)).toBeInTheDocument();
    expect(screen.getByText(/^Your time: /)).toBeInTheDocument();
  });

  it('says a cancelled event was cancelled and offers no calendar to add', async () => {
    stubApi({
      ...signedIn(),
      [`GET /api/events/${EVENT_ID}`]: () => json(200, event({ status: 'cancelled' })),
      [`GET /api/associations/${ASSOCIATION_ID}`]: () => json(200, association),
    });
    renderRoute(<EventPage />, {
      path: '/events/:eventId',
      url: `/events/${EVENT_ID}`,
      signedIn: true,
    });

    expect(await screen.findByText('Cancelled')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add to calendar (.ics)' })).toBeNull();
  });

  it('tells someone who may not see it what to do instead of showing an error', async () => {
    stubApi({
      ...signedIn(),
      [`GET /api/events/${EVENT_ID}`]: () =>
        problem(404, undefined, 'No such event, or you may not see it.'),
    });
    renderRoute(<EventPage />, {
      path: '/events/:eventId',
      url: `/events/${EVENT_ID}`,
      signedIn: true,
    });

    expect(await screen.findByRole('heading', { name: 'Event not found' })).toBeVisible();
    expect(screen.getByText(/accept the invitation first/)).toBeInTheDocument();
    expect(screen.queryByText('Something went wrong')).toBeNull();
  });

  it('records my answer, shows it as chosen and counts me among those who come', async () => {
    let answered = [ALAN];
    const api = openEvent({
      [`GET /api/events/${EVENT_ID}/attendance`]: () =>
        json(200, {
          counts: {
            accepted: answered.filter((a) => a.answer === 'accepted').length,
            tentative: answered.filter((a) => a.answer === 'tentative').length,
            declined: 0,
          },
          answered,
        }),
      [`PUT /api/events/${EVENT_ID}/rsvp`]: (request) => {
        answered = [...answered, attendee(ME.id, 'Ada Lovelace', 'accepted')];
        return json(200, request.body);
      },
    });
    const user = userEvent.setup();

    const question = await screen.findByRole('group', { name: 'Will you come?' });
    expect(await screen.findByText('0 going · 1 maybe · 0 not going')).toBeInTheDocument();
    const going = within(question).getByRole('button', { name: 'Going' });
    expect(going).toHaveAttribute('aria-pressed', 'false');

    await user.click(going);

    expect(await screen.findByRole('status')).toHaveTextContent('Your answer is saved: Going.');
    expect(api.calls(`PUT /api/events/${EVENT_ID}/rsvp`).map((call) => call.body)).toEqual([
      { answer: 'accepted' },
    ]);
    expect(within(question).getByRole('button', { name: 'Going' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(await screen.findByText('1 going · 1 maybe · 0 not going')).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Going (1)' })).getByText('Ada Lovelace'),
    ).toBeInTheDocument();
  });

  it('shows the answer I gave earlier as chosen', async () => {
    openEvent({
      [`GET /api/events/${EVENT_ID}/attendance`]: () =>
        json(200, {
          counts: { accepted: 0, tentative: 0, declined: 1 },
          answered: [attendee(ME.id, 'Ada Lovelace', 'declined')],
        }),
    });

    expect(await screen.findByText('0 going · 0 maybe · 1 not going')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Not going' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByRole('button', { name: 'Maybe' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('shows the counts and who answered what, without a not-answered list for members', async () => {
    openEvent({
      [`GET /api/events/${EVENT_ID}/attendance`]: () =>
        json(200, {
          counts: { accepted: 12, tentative: 3, declined: 2 },
          answered: [GRACE, ALAN, EMMY],
        }),
    });

    expect(await screen.findByText('12 going · 3 maybe · 2 not going')).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Going (12)' })).getByText('Grace Hopper'),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Maybe (3)' })).getByText('Alan Turing'),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Not going (2)' })).getByText('Emmy Noether'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Not answered yet/)).toBeNull();
  });

  it('shows an admin who has not answered yet', async () => {
    openEvent({
      [`GET /api/events/${EVENT_ID}/attendance`]: () =>
        json(200, {
          counts: { accepted: 1, tentative: 0, declined: 0 },
          answered: [GRACE],
          notAnswered: [
            { userId: 'u-ada', name: 'Ada Lovelace' },
            { userId: 'u-kat', name: 'Katherine Johnson' },
          ],
        }),
    });

    const waiting = await screen.findByRole('region', { name: 'Not answered yet (2)' });
    expect(within(waiting).getByText('Ada Lovelace')).toBeInTheDocument();
    expect(within(waiting).getByText('Katherine Johnson')).toBeInTheDocument();
  });

  it('says why an answer was refused', async () => {
    openEvent({
      [`GET /api/events/${EVENT_ID}/attendance`]: () =>
        json(200, { counts: { accepted: 0, tentative: 0, declined: 0 }, answered: [] }),
      [`PUT /api/events/${EVENT_ID}/rsvp`]: () => named(403, 'forbidden'),
    });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Maybe' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('You are not allowed to do this.');
    expect(screen.getByRole('button', { name: 'Maybe' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('offers no answer on a cancelled event but still shows who had answered', async () => {
    const api = openEvent(
      {
        [`GET /api/events/${EVENT_ID}/attendance`]: () =>
          json(200, { counts: { accepted: 1, tentative: 0, declined: 0 }, answered: [GRACE] }),
      },
      { status: 'cancelled' },
    );

    expect(await screen.findByText('1 going · 0 maybe · 0 not going')).toBeInTheDocument();
    expect(screen.getByText(/This event was cancelled/)).toBeInTheDocument();
    expect(screen.queryByText('Will you come?')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Going' })).toBeNull();
    expect(api.calls(`PUT /api/events/${EVENT_ID}/rsvp`)).toHaveLength(0);
  });

  it('asks and counts in French', async () => {
    openEvent({
      // The account's language wins once signed in.
      'GET /api/users/me': () => json(200, { ...ME, locale: 'fr' }),
      [`GET /api/events/${EVENT_ID}/attendance`]: () =>
        json(200, { counts: { accepted: 2, tentative: 1, declined: 0 }, answered: [] }),
    });

    expect(await screen.findByRole('group', { name: 'Viendrez-vous ?' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Je viens' })).toBeInTheDocument();
    expect(
      await screen.findByText('2 viennent · 1 peut-être · 0 ne viennent pas'),
    ).toBeInTheDocument();
    await changeLanguage('en');
  });

  describe('delivery of the invitation mail (admins)', () => {
    const asAdmin = {
      [`GET /api/associations/${ASSOCIATION_ID}`]: () =>
        json(200, { ...association, myRole: 'admin' }),
    };

    it('says how many got it, why one did not, and sends it to them again', async () => {
      let current = ledger();
      const api = openEvent({
        ...asAdmin,
        [`GET /api/events/${EVENT_ID}/deliveries`]: () => json(200, current),
        [`POST /api/events/${EVENT_ID}/deliveries/${delivery(7).userId}/resend`]: () => {
          current = ledger({ status: 'queued' });
          return new Response(null, { status: 202 });
        },
      });

      expect(
        await screen.findByText(`24 of 25 delivered, 1 failed: ${REFUSED}`),
      ).toBeInTheDocument();
      const undelivered = screen.getByRole('list', { name: 'Not delivered' });
      expect(within(undelivered).getAllByRole('listitem')).toHaveLength(1);
      expect(within(undelivered).getByText('Member 07')).toBeInTheDocument();
      expect(within(undelivered).getByText('Given up')).toBeInTheDocument();

      await userEvent.click(
        screen.getByRole('button', { name: 'Send the invitation again to Member 07' }),
      );

      expect(
        await screen.findByText('The invitation is on its way to Member 07 again.'),
      ).toBeInTheDocument();
      expect(
        api.calls(`POST /api/events/${EVENT_ID}/deliveries/${delivery(7).userId}/resend`),
      ).toHaveLength(1);
      expect(await screen.findByText('24 of 25 delivered')).toBeInTheDocument();
      expect(screen.getByText('1 on its way')).toBeInTheDocument();
      expect(screen.queryByRole('list', { name: 'Not delivered' })).toBeNull();
    });

    it('shows nothing of it to a member, and asks the server nothing', async () => {
      const api = openEvent({
        [`GET /api/events/${EVENT_ID}/deliveries`]: () => json(200, ledger()),
      });

      expect(await screen.findByRole('link', { name: 'Chess Club' })).toBeInTheDocument();
      expect(screen.queryByRole('heading', { name: 'Invitation mail' })).toBeNull();
      expect(api.calls(`GET /api/events/${EVENT_ID}/deliveries`)).toHaveLength(0);
    });

    it('offers no resend on a cancelled event, and explains a refusal', async () => {
      openEvent(
        {
          ...asAdmin,
          [`GET /api/events/${EVENT_ID}/deliveries`]: () => json(200, ledger()),
        },
        { status: 'cancelled' },
      );

      expect(
        await screen.findByText(`24 of 25 delivered, 1 failed: ${REFUSED}`),
      ).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: /Send the invitation again/ })).toBeNull();
    });

    it('says so when the person no longer receives the mail', async () => {
      openEvent({
        ...asAdmin,
        [`GET /api/events/${EVENT_ID}/deliveries`]: () =>
          json(200, ledger({ status: 'failed', reason: REFUSED })),
        [`POST /api/events/${EVENT_ID}/deliveries/${delivery(7).userId}/resend`]: () =>
          named(404, 'delivery-recipient-not-found'),
      });

      await userEvent.click(
        await screen.findByRole('button', { name: 'Send the invitation again to Member 07' }),
      );
      const message = await screen.findByText(
        'This person no longer receives this association’s event mail.',
      );
      expect(message.closest('[role="alert"]')).not.toBeNull();
      expect(screen.getByText('Failed')).toBeInTheDocument();
    });

    it('speaks French', async () => {
      openEvent({
        ...asAdmin,
        'GET /api/users/me': () => json(200, { ...ME, locale: 'fr' }),
        [`GET /api/events/${EVENT_ID}/deliveries`]: () => json(200, ledger()),
      });

      expect(
        await screen.findByText(`24 sur 25 remises, 1 en échec : ${REFUSED}`),
      ).toBeInTheDocument();
      expect(
        screen.getByRole('button', { name: 'Renvoyer l’invitation à Member 07' }),
      ).toBeInTheDocument();
      await changeLanguage('en');
    });
  });
});
