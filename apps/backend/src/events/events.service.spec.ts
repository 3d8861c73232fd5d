import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import {
  AnyEnvelope,
  createEnvelope,
  EventNotification,
  EventRecipient,
  PayloadOf,
  Recipient,
  RoutingKey,
  RsvpAnswer,
} from '@app/contracts';
import { FakeDataSource } from '../../test/support/fake-data-source';
import { AccessService } from '../access/access.service';
import { AssociationRole } from '../access/association-role';
import { AppConfig } from '../config/app-config';
import { EventMetrics } from '../metrics/domain-metrics';
import { UnsubscribeLinks } from '../notifications/unsubscribe-links';
import { OutboxMessage } from '../outbox/outbox-message.entity';
import { OutboxService } from '../outbox/outbox.service';
import { ReminderSchedule } from '../reminders/reminder-schedule.service';
import { CreateEventDto, EventDto, EventRangeQueryDto, MyEventDto } from './dto/event.dto';
import { hashSecretToken } from '../auth/secret-tokens';
import { AttendanceRepository, MemberRecipient } from './attendance.repository';
import { DeliveriesRepository } from './deliveries.repository';
import { EventsRepository, EventValues, Range } from './events.repository';
import { EventsService } from './events.service';

const ASSOCIATION = { id: '0b6a44f1-7c2d-4e55-9a38-2d3c1a7e9f01', name: 'Chess Club' };
const ADMIN = 'a0000000-0000-4000-8000-000000000001';
const MEMBER = 'a0000000-0000-4000-8000-000000000002';
const OUTSIDER = 'a0000000-0000-4000-8000-000000000003';
const ROLES: Record<string, AssociationRole> = { [ADMIN]: 'admin', [MEMBER]: 'member' };

const RECIPIENTS: (Recipient & { userId: string })[] = [
  { userId: ADMIN, email: 'ada@example.org', name: 'Ada Lovelace', locale: 'en' },
  { userId: MEMBER, email: 'blaise@example.org', name: 'Blaise Pascal', locale: 'fr' },
];
const PLATFORM_ADDRESS = 'no-reply@agora.example.org';
const CONFIG = {
  appUrl: 'https://agora.example.org',
  mailReplyAddress: PLATFORM_ADDRESS,
  auth: { jwtSecret: 'test secret' },
} as AppConfig;

/** The one-click link every event mail carries for this member of the association. */
const unsubscribeUrlOf = (userId: string) =>
  new UnsubscribeLinks(CONFIG).urlFor({ userId, associationId: ASSOCIATION.id });

const concert: CreateEventDto = {
  title: 'Spring concert',
  description: 'Bring a chair',
  location: 'Town hall',
  startsAt: '2030-03-01T18:30:00+01:00',
  endsAt: '2030-03-01T20:30:00+01:00',
  timeZone: 'Europe/Paris',
};

/** The events table in memory: what the service reads back is what it wrote. */
class FakeEventsRepository implements Pick<
  EventsRepository,
  'insert' | 'findById' | 'update' | 'cancel' | 'cancelUpcomingOfAssociation' | 'listForMember'
> {
  readonly rows = new Map<string, EventDto>();
  listedFor: { userId: string; range: Range; limit: number; offset: number } | undefined;

  async insert(
    _manager: EntityManager,
    id: string,
    associationId: string,
    _createdBy: string,
    values: EventValues,
  ): Promise<EventDto> {
    const now = new Date('2026-01-01T00:00:00Z');
    const event: EventDto = {
      id,
      associationId,
      uid: `${id}@agora`,
      sequence: 0,
      status: 'scheduled',
      title: values.title,
      description: values.description,
      location: values.location,
      startsAt: new Date(values.startsAt),
      endsAt: new Date(values.endsAt),
      timeZone: values.timeZone,
      createdAt: now,
      updatedAt: now,
    };
    this.rows.set(id, event);
    return { ...event };
  }

  async findById(
    _manager: EntityManager,
    id: string,
    _options?: { lock?: boolean },
  ): Promise<EventDto | undefined> {
    const event = this.rows.get(id);
    return event && { ...event };
  }

  async update(_manager: EntityManager, id: string, values: EventValues): Promise<EventDto> {
    const event = this.rows.get(id)!;
    const updated: EventDto = {
      ...event,
      ...values,
      startsAt: new Date(values.startsAt),
      endsAt: new Date(values.endsAt),
      sequence: event.sequence + 1,
    };
    this.rows.set(id, updated);
    return { ...updated };
  }

  async cancel(_manager: EntityManager, id: string): Promise<EventDto> {
    const event = this.rows.get(id)!;
    const cancelled: EventDto = { ...event, status: 'cancelled', sequence: event.sequence + 1 };
    this.rows.set(id, cancelled);
    return { ...cancelled };
  }

  async cancelUpcomingOfAssociation(
    manager: EntityManager,
    associationId: string,
  ): Promise<EventDto[]> {
    const upcoming = [...this.rows.values()].filter(
      (event) =>
        event.associationId === associationId &&
        event.status === 'scheduled' &&
        event.endsAt.getTime() > Date.now(),
    );
    return Promise.all(upcoming.map((event) => this.cancel(manager, event.id)));
  }

  async listForMember(
    _manager: EntityManager,
    userId: string,
    range: Range & { from: string },
    limit: number,
    offset: number,
  ): Promise<{ items: MyEventDto[]; total: number }> {
    this.listedFor = { userId, range, limit, offset };
    return { items: [], total: 0 };
  }
}

/** Members with the answers given so far, and the links stored (hashes only) per event. */
class FakeAttendanceRepository implements Pick<
  AttendanceRepository,
  'recipientsOf' | 'insertLinks'
> {
  readonly answers = new Map<string, RsvpAnswer>();
  readonly links: { eventId: string; tokenHash: string; userId: string }[] = [];

  async recipientsOf(
    _manager: EntityManager,
    _associationId: string,
    eventId: string,
    onlyUserId?: string,
  ): Promise<MemberRecipient[]> {
    return RECIPIENTS.filter(
      (recipient) => onlyUserId === undefined || recipient.userId === onlyUserId,
    ).map((recipient) => ({
      ...recipient,
      answer: this.answers.get(`${eventId}/${recipient.userId}`) ?? null,
    }));
  }

  async insertLinks(
    _manager: EntityManager,
    eventId: string,
    _associationId: string,
    links: { tokenHash: string; userId: string }[],
  ): Promise<void> {
    this.links.push(...links.map((link) => ({ eventId, ...link })));
  }
}

/** The token at the end of a recipient's answer link. */
const tokenOf = (recipient: EventRecipient) =>
  new URL(recipient.rsvpUrl!).pathname.split('/').at(-1)!;

/**
 * Records what would be mailed, after the contract's own check of each payload. A message must be
 * written in the transaction of the change it reports, so one enqueued outside it is an error.
 */
class FakeOutbox implements Pick<OutboxService, 'enqueue'> {
  readonly messages: { type: RoutingKey; data: EventNotification }[] = [];

  constructor(private readonly dataSource: FakeDataSource) {}

  async enqueue<K extends RoutingKey>(
    manager: EntityManager,
    type: K,
    data: PayloadOf<K>,
  ): Promise<OutboxMessage> {
    if (!this.dataSource.inTransaction(manager))
      throw new Error(`${type} enqueued outside a transaction`);
    const envelope = createEnvelope(type, data, { id: randomUUID(), correlationId: 'test' });
    this.messages.push({ type, data: envelope.data as EventNotification });
    return Object.assign(new OutboxMessage(), {
      id: envelope.id,
      routingKey: type,
      payload: envelope as AnyEnvelope,
    });
  }
}

/** The ledger's `queued` rows, which must be written in the transaction of their message. */
class FakeDeliveries implements Pick<DeliveriesRepository, 'queue'> {
  readonly queued: Parameters<DeliveriesRepository['queue']>[1][] = [];

  constructor(private readonly dataSource: FakeDataSource) {}

  async queue(
    manager: EntityManager,
    mailing: Parameters<DeliveriesRepository['queue']>[1],
  ): Promise<void> {
    if (!this.dataSource.inTransaction(manager))
      throw new Error('deliveries queued outside a transaction');
    this.queued.push(mailing);
  }
}

/** What the schedule was asked to follow; the schedule's SQL is covered by reminders.int-spec. */
class FakeReminderSchedule implements Pick<ReminderSchedule, 'forEvents'> {
  readonly events: string[][] = [];
  async forEvents(_manager: unknown, eventIds: string[]): Promise<void> {
    this.events.push(eventIds);
  }
}

class FakeMetrics implements Pick<EventMetrics, 'eventCreated'> {
  created = 0;
  eventCreated(): void {
    this.created += 1;
  }
}

/** The access query answers with the caller's role in the one association there is. */
function fakeDataSource(): FakeDataSource {
  return new FakeDataSource(async (_sql, [associationId, userId]) =>
    associationId === ASSOCIATION.id
      ? [{ ...ASSOCIATION, role: ROLES[String(userId)] ?? null }]
      : [],
  );
}

function setup() {
  const database = fakeDataSource();
  const events = new FakeEventsRepository();
  const attendance = new FakeAttendanceRepository();
  const outbox = new FakeOutbox(database);
  const deliveries = new FakeDeliveries(database);
  const metrics = new FakeMetrics();
  const reminders = new FakeReminderSchedule();
  const sut = new EventsService(
    database.dataSource,
    new AccessService(database.dataSource),
    events as unknown as EventsRepository,
    attendance as unknown as AttendanceRepository,
    deliveries as unknown as DeliveriesRepository,
    outbox as unknown as OutboxService,
    CONFIG,
    metrics as unknown as EventMetrics,
    new UnsubscribeLinks(CONFIG),
    reminders as unknown as ReminderSchedule,
  );
  return { sut, database, events, attendance, outbox, deliveries, metrics, reminders };
}

const as = (id: string) => ({ id });

describe('EventsService', () => {
  describe('create', () => {
    it('invites every verified member, from the association at the platform address', async () => {
      const { sut, outbox, metrics } = setup();

      const event = await sut.create(as(ADMIN), ASSOCIATION.id, concert);

      expect(event).toMatchObject({ title: 'Spring concert', status: 'scheduled', sequence: 0 });
      expect(outbox.messages).toEqual([
        {
          type: RoutingKey.EventCreated,
          data: {
            event: {
              id: event.id,
              uid: event.uid,
              sequence: 0,
              title: 'Spring concert',
              description: 'Bring a chair',
              location: 'Town hall',
              startsAt: '2030-03-01T17:30:00.000Z',
              endsAt: '2030-03-01T19:30:00.000Z',
              timeZone: 'Europe/Paris',
              url: `https://agora.example.org/events/${event.id}`,
            },
            association: ASSOCIATION,
            organizer: { name: ASSOCIATION.name, email: PLATFORM_ADDRESS },
            recipients: RECIPIENTS.map(({ userId, ...recipient }) => ({
              userId,
              ...recipient,
              rsvpUrl: expect.stringMatching(/^https:\/\/agora\.example\.org\/rsvp\/[\w-]{43}$/),
              unsubscribeUrl: unsubscribeUrlOf(userId),
            })),
          },
        },
      ]);
      expect(metrics.created).toBe(1);
    });

    it('gives each recipient a link of their own, of which only the hash is kept', async () => {
      const { sut, attendance, outbox } = setup();

      const event = await sut.create(as(ADMIN), ASSOCIATION.id, concert);

      const tokens = outbox.messages[0].data.recipients.map(tokenOf);
      expect(new Set(tokens).size).toBe(RECIPIENTS.length);
      expect(attendance.links).toEqual(
        tokens.map((token, index) => ({
          eventId: event.id,
          tokenHash: hashSecretToken(token),
          userId: RECIPIENTS[index].userId,
        })),
      );
    });

    it('marks every recipient queued in the delivery ledger, following the message written', async () => {
      const { sut, outbox, deliveries } = setup();

      const event = await sut.create(as(ADMIN), ASSOCIATION.id, concert);

      expect(deliveries.queued).toEqual([
        {
          eventId: event.id,
          associationId: ASSOCIATION.id,
          sequence: 0,
          template: RoutingKey.EventCreated,
          sourceMessageId: expect.any(String),
          userIds: RECIPIENTS.map((recipient) => recipient.userId),
        },
      ]);
      expect(outbox.messages).toHaveLength(1);
    });

    it('stores left-out description and location as null', async () => {
      const { sut } = setup();
      const bare: CreateEventDto = { ...concert, description: undefined, location: undefined };

      const event = await sut.create(as(ADMIN), ASSOCIATION.id, bare);

      expect(event).toMatchObject({ description: null, location: null });
    });

    it('refuses an event that ends before it starts, before anything is written', async () => {
      const { sut, events, outbox, metrics } = setup();

      await expect(
        sut.create(as(ADMIN), ASSOCIATION.id, { ...concert, endsAt: concert.startsAt }),
      ).rejects.toMatchObject({
        status: 400,
        slug: 'validation-error',
        extensions: { errors: [{ field: 'endsAt', message: 'endsAt must be after startsAt' }] },
      });
      expect(events.rows.size).toBe(0);
      expect(outbox.messages).toEqual([]);
      expect(metrics.created).toBe(0);
    });

    it('lets a member read but not create: 403, nothing written or counted', async () => {
      const { sut, events, outbox, metrics } = setup();

      await expect(sut.create(as(MEMBER), ASSOCIATION.id, concert)).rejects.toMatchObject({
        status: 403,
        slug: 'forbidden',
      });
      expect(events.rows.size).toBe(0);
      expect(outbox.messages).toEqual([]);
      expect(metrics.created).toBe(0);
    });

    it('answers an outsider as if the association did not exist', async () => {
      const { sut, events } = setup();

      await expect(sut.create(as(OUTSIDER), ASSOCIATION.id, concert)).rejects.toMatchObject({
        status: 404,
        detail: 'No such association, or you may not see it.',
      });
      expect(events.rows.size).toBe(0);
    });
  });

  describe('get', () => {
    it('shows the event to a member', async () => {
      const { sut } = setup();
      const created = await sut.create(as(ADMIN), ASSOCIATION.id, concert);

      await expect(sut.get(as(MEMBER), created.id)).resolves.toMatchObject({ id: created.id });
    });

    it('answers an outsider exactly as for an event that does not exist', async () => {
      const { sut } = setup();
      const created = await sut.create(as(ADMIN), ASSOCIATION.id, concert);

      const hidden = await sut.get(as(OUTSIDER), created.id).catch((error: unknown) => error);
      const missing = await sut.get(as(MEMBER), randomUUID()).catch((error: unknown) => error);

      expect(missing).toMatchObject({
        status: 404,
        slug: 'not-found',
        detail: 'No such event, or you may not see it.',
      });
      expect(hidden).toEqual(missing);
      expect(hidden).toMatchObject({ detail: 'No such event, or you may not see it.' });
    });
  });

  describe('update', () => {
    it("carries each member's answer so far, for their PARTSTAT, and a fresh link", async () => {
      const { sut, attendance, outbox } = setup();
      const created = await sut.create(as(ADMIN), ASSOCIATION.id, concert);
      const firstTokens = outbox.messages[0].data.recipients.map(tokenOf);
      attendance.answers.set(`${created.id}/${MEMBER}`, 'tentative');
      outbox.messages.length = 0;

      await sut.update(as(ADMIN), created.id, { location: 'Church hall' });

      const [ada, blaise] = outbox.messages[0].data.recipients;
      expect(ada.answer).toBeUndefined();
      expect(blaise.answer).toBe('tentative');
      expect([tokenOf(ada), tokenOf(blaise)]).not.toContain(firstTokens[0]);
    });

    it('raises the sequence, sends the change to the members and reschedules reminders', async () => {
      const { sut, outbox, reminders } = setup();
      const created = await sut.create(as(ADMIN), ASSOCIATION.id, concert);
      outbox.messages.length = 0;

      const updated = await sut.update(as(ADMIN), created.id, {
        location: 'Library',
        description: null,
      });

      expect(updated).toMatchObject({ location: 'Library', description: null, sequence: 1 });
      expect(updated.title).toBe('Spring concert');
      expect(outbox.messages).toHaveLength(1);
      expect(outbox.messages[0]).toMatchObject({
        type: RoutingKey.EventUpdated,
        data: { event: { sequence: 1, location: 'Library', description: null } },
      });
      expect(reminders.events).toEqual([[created.id], [created.id]]);
    });

    it('changes nothing and mails nobody when the values are the same instants', async () => {
      const { sut, events, outbox } = setup();
      const created = await sut.create(as(ADMIN), ASSOCIATION.id, concert);
      outbox.messages.length = 0;

      const same = await sut.update(as(ADMIN), created.id, {
        title: 'Spring concert',
        startsAt: '2030-03-01T17:30:00Z',
      });

      expect(same.sequence).toBe(0);
      expect(events.rows.get(created.id)!.sequence).toBe(0);
      expect(outbox.messages).toEqual([]);
    });

    it('checks the new end against the stored start', async () => {
      const { sut, events, outbox } = setup();
      const created = await sut.create(as(ADMIN), ASSOCIATION.id, concert);
      outbox.messages.length = 0;

      await expect(
        sut.update(as(ADMIN), created.id, { endsAt: '2030-03-01T17:00:00Z' }),
      ).rejects.toMatchObject({ status: 400, slug: 'validation-error' });
      expect(events.rows.get(created.id)!.endsAt.toISOString()).toBe('2030-03-01T19:30:00.000Z');
      expect(outbox.messages).toEqual([]);
    });

    it('refuses to change a cancelled event', async () => {
      const { sut, outbox } = setup();
      const created = await sut.create(as(ADMIN), ASSOCIATION.id, concert);
      await sut.cancel(as(ADMIN), created.id);
      outbox.messages.length = 0;

      await expect(
        sut.update(as(ADMIN), created.id, { title: 'Summer concert' }),
      ).rejects.toMatchObject({ status: 409, slug: 'event-cancelled' });
      expect(outbox.messages).toEqual([]);
    });

    it('lets only admins change it', async () => {
      const { sut, events } = setup();
      const created = await sut.create(as(ADMIN), ASSOCIATION.id, concert);

      await expect(sut.update(as(MEMBER), created.id, { title: 'Hijacked' })).rejects.toMatchObject(
        { status: 403 },
      );
      await expect(
        sut.update(as(OUTSIDER), created.id, { title: 'Hijacked' }),
      ).rejects.toMatchObject({ status: 404, detail: 'No such event, or you may not see it.' });
      expect(events.rows.get(created.id)!.title).toBe('Spring concert');
    });
  });

  describe('cancel', () => {
    it('keeps the event, marks it cancelled, tells the members once and drops reminders', async () => {
      const { sut, events, outbox, reminders } = setup();
      const created = await sut.create(as(ADMIN), ASSOCIATION.id, concert);
      outbox.messages.length = 0;

      await sut.cancel(as(ADMIN), created.id);
      await sut.cancel(as(ADMIN), created.id);

      expect(events.rows.get(created.id)).toMatchObject({ status: 'cancelled', sequence: 1 });
      expect(outbox.messages.map((message) => message.type)).toEqual([RoutingKey.EventCancelled]);
      expect(outbox.messages[0].data.event.sequence).toBe(1);
      expect(reminders.events).toEqual([[created.id], [created.id]]);
      // Nothing left to answer: a cancellation carries no answer links.
      expect(outbox.messages[0].data.recipients).toEqual(
        RECIPIENTS.map(({ userId, ...recipient }) => ({
          userId,
          ...recipient,
          unsubscribeUrl: unsubscribeUrlOf(userId),
        })),
      );
    });

    it('refuses a member', async () => {
      const { sut, events } = setup();
      const created = await sut.create(as(ADMIN), ASSOCIATION.id, concert);

      await expect(sut.cancel(as(MEMBER), created.id)).rejects.toMatchObject({ status: 403 });
      expect(events.rows.get(created.id)!.status).toBe('scheduled');
    });
  });

  describe('cancelUpcomingOfAssociation', () => {
    const access = { associationId: ASSOCIATION.id, associationName: ASSOCIATION.name, role: null };

    it('tells the members of each upcoming event that it will not happen', async () => {
      const { sut, database, outbox, reminders } = setup();
      const first = await sut.create(as(ADMIN), ASSOCIATION.id, concert);
      const second = await sut.create(as(ADMIN), ASSOCIATION.id, {
        ...concert,
        title: 'Autumn concert',
      });
      outbox.messages.length = 0;

      await sut.cancelUpcomingOfAssociation(database.transactionManager, access);

      expect(outbox.messages.map(({ type, data }) => [type, data.event.uid])).toEqual([
        [RoutingKey.EventCancelled, first.uid],
        [RoutingKey.EventCancelled, second.uid],
      ]);
      expect(reminders.events.at(-1)).toEqual([first.id, second.id]);
    });

    it('mails nobody when nothing is upcoming', async () => {
      const { sut, database, outbox } = setup();

      await sut.cancelUpcomingOfAssociation(database.transactionManager, access);

      expect(outbox.messages).toEqual([]);
    });
  });

  describe('listMine', () => {
    it('starts from now when no `from` is given', async () => {
      const { sut, events } = setup();
      const before = Date.now();

      await sut.listMine(as(MEMBER), { page: 1, pageSize: 20 } as EventRangeQueryDto);

      const from = Date.parse(events.listedFor!.range.from!);
      expect(from).toBeGreaterThanOrEqual(before);
      expect(from).toBeLessThanOrEqual(Date.now());
    });

    it('keeps the range asked for', async () => {
      const { sut, events } = setup();

      const page = await sut.listMine(as(MEMBER), {
        page: 2,
        pageSize: 5,
        from: '2020-01-01T00:00:00Z',
        to: '2021-01-01T00:00:00Z',
      });

      expect(events.listedFor).toEqual({
        userId: MEMBER,
        range: { from: '2020-01-01T00:00:00Z', to: '2021-01-01T00:00:00Z' },
        limit: 5,
        offset: 5,
      });
      expect(page).toEqual({ items: [], total: 0, page: 2, pageSize: 5 });
    });
  });

  describe('calendarFile', () => {
    it('publishes the event, and says so when it is cancelled', async () => {
      const { sut } = setup();
      const created = await sut.create(as(ADMIN), ASSOCIATION.id, concert);

      const scheduled = await sut.calendarFile(as(MEMBER), created.id);
      await sut.cancel(as(ADMIN), created.id);
      const cancelled = await sut.calendarFile(as(MEMBER), created.id);

      expect(scheduled).toContain('METHOD:PUBLISH');
      expect(scheduled).toContain(`UID:${created.uid}`);
      expect(scheduled).not.toContain('STATUS:CANCELLED');
      expect(cancelled).toContain('STATUS:CANCELLED');
      expect(scheduled).toContain(`mailto:${PLATFORM_ADDRESS}`);
      expect(scheduled).not.toMatch(/ada@|blaise@/);
    });

    it('is hidden from outsiders', async () => {
      const { sut } = setup();
      const created = await sut.create(as(ADMIN), ASSOCIATION.id, concert);

      await expect(sut.calendarFile(as(OUTSIDER), created.id)).rejects.toMatchObject({
        status: 404,
      });
    });
  });
});
