import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { buildCalendar, buildFeed, isWithinEventDuration } from '@app/calendar';
import { CalendarEvent, EventNotification, EventRecipient, RoutingKey } from '@app/contracts';
import { Access, AccessService, Permission } from '../access/access.service';
import { AuthUser } from '../auth/auth-user';
import { generateSecretToken, hashSecretToken } from '../auth/secret-tokens';
import { offsetOf, Page, pageOf } from '../common/pagination';
import { AppConfig } from '../config/app-config';
import { EventMetrics } from '../metrics/domain-metrics';
import { UnsubscribeLinks } from '../notifications/unsubscribe-links';
import { OutboxService } from '../outbox/outbox.service';
import { ReminderSchedule } from '../reminders/reminder-schedule.service';
import {
  CreateEventDto,
  EventDto,
  AssociationEventsQueryDto,
  EventRangeQueryDto,
  MyEventDto,
  UpdateEventDto,
} from './dto/event.dto';
import { EndsBeforeStart, EventCancelled, EventNotFound, EventTooLong } from './event-problems';
import { AttendanceRepository } from './attendance.repository';
import { DeliveriesRepository } from './deliveries.repository';
import { calendarEventOf } from './calendar-event';
import { EventsRepository, EventValues } from './events.repository';

type EventMessageKey =
  | typeof RoutingKey.EventCreated
  | typeof RoutingKey.EventUpdated
  | typeof RoutingKey.EventCancelled;

@Injectable()
export class EventsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly events: EventsRepository,
    private readonly attendance: AttendanceRepository,
    private readonly deliveries: DeliveriesRepository,
    private readonly outbox: OutboxService,
    private readonly config: AppConfig,
    private readonly metrics: EventMetrics,
    private readonly unsubscribeLinks: UnsubscribeLinks,
    private readonly reminders: ReminderSchedule,
  ) {}

  async listOfAssociation(
    user: AuthUser,
    associationId: string,
    query: AssociationEventsQueryDto,
  ): Promise<Page<EventDto>> {
    await this.access.require(user.id, associationId, 'content:view');
    const { items, total } = await this.events.listOfAssociation(
      this.dataSource.manager,
      associationId,
      query,
      query.order,
      query.pageSize,
      offsetOf(query),
    );
    return pageOf(items, total, query);
  }

  /** Upcoming (from now, unless `from` says otherwise) scheduled events of all my associations. */
  async listMine(user: AuthUser, query: EventRangeQueryDto): Promise<Page<MyEventDto>> {
    const range = { from: query.from ?? new Date().toISOString(), to: query.to };
    const { items, total } = await this.events.listForMember(
      this.dataSource.manager,
      user.id,
      range,
      query.pageSize,
      offsetOf(query),
    );
    return pageOf(items, total, query);
  }

  async create(user: AuthUser, associationId: string, dto: CreateEventDto): Promise<EventDto> {
    const values = checked({
      title: dto.title,
      description: dto.description ?? null,
      location: dto.location ?? null,
      startsAt: dto.startsAt,
      endsAt: dto.endsAt,
      timeZone: dto.timeZone,
    });
    const created = await this.dataSource.transaction(async (manager) => {
      const access = await this.access.require(user.id, associationId, 'content:manage', {
        manager,
      });
      const event = await this.events.insert(manager, randomUUID(), associationId, user.id, values);
      await this.notify(manager, RoutingKey.EventCreated, [event], access);
      await this.reminders.forEvents(manager, [event.id]);
      return event;
    });
    this.metrics.eventCreated();
    return created;
  }

  async get(user: AuthUser, id: string): Promise<EventDto> {
    const { event } = await this.authorize(this.dataSource.manager, user, id, 'content:view');
    return event;
  }

  /** The event as a calendar file to import (METHOD:PUBLISH), organised by its association. */
  async calendarFile(user: AuthUser, id: string): Promise<string> {
    const { event, access } = await this.authorize(
      this.dataSource.manager,
      user,
      id,
      'content:view',
    );
    return buildCalendar({
      method: 'PUBLISH',
      event: this.calendarEventOf(event),
      organizer: this.organizerOf(access),
      cancelled: event.status === 'cancelled',
    });
  }

  /**
   * The private feed of a person: their associations' events since `since`, each with the UID and
   * SEQUENCE of its mailed invitation. The caller has already identified the person.
   */
  async calendarFeed(userId: string, since: Date, limit: number): Promise<string> {
    const events = await this.events.listForFeed(this.dataSource.manager, userId, since, limit);
    return buildFeed(
      'Agora',
      events.map((event) => ({
        event: this.calendarEventOf(event),
        organizer: { name: event.associationName, email: this.config.mailReplyAddress },
        cancelled: event.status === 'cancelled',
        stamp: new Date(event.updatedAt),
      })),
    );
  }

  async update(user: AuthUser, id: string, dto: UpdateEventDto): Promise<EventDto> {
    return this.dataSource.transaction(async (manager) => {
      const { event, access } = await this.authorize(manager, user, id, 'content:manage', true);
      if (event.status === 'cancelled') throw new EventCancelled();
      const current = valuesOf(event);
      const next = checked({ ...current, ...definedFieldsOf(dto) });
      if (sameValues(current, next)) return event;
      const updated = await this.events.update(manager, id, next);
      await this.notify(manager, RoutingKey.EventUpdated, [updated], access);
      // A new start moves its reminders; those already sent for the old one do not count.
      await this.reminders.forEvents(manager, [id]);
      return updated;
    });
  }

  /** Cancelling keeps the event readable; cancelling it again changes nothing and mails nobody. */
  async cancel(user: AuthUser, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const { event, access } = await this.authorize(manager, user, id, 'content:manage', true);
      if (event.status === 'cancelled') return;
      const cancelled = await this.events.cancel(manager, id);
      await this.notify(manager, RoutingKey.EventCancelled, [cancelled], access);
      await this.reminders.forEvents(manager, [id]);
    });
  }

  /** Part of deleting an association: its members are told that what was planned will not happen. */
  async cancelUpcomingOfAssociation(manager: EntityManager, access: Access): Promise<void> {
    const cancelled = await this.events.cancelUpcomingOfAssociation(manager, access.associationId);
    if (cancelled.length === 0) return;
    await this.notify(manager, RoutingKey.EventCancelled, cancelled, access);
    await this.reminders.forEvents(
      manager,
      cancelled.map((event) => event.id),
    );
  }

  /** Finds the event, then checks the caller's rights on its association; both failures look alike. */
  async authorize(
    manager: EntityManager,
    user: AuthUser,
    id: string,
    permission: Permission,
    lock = false,
  ) {
    const event = await this.events.findById(manager, id, { lock });
    if (!event) throw new EventNotFound();
    const access = await this.access.require(user.id, event.associationId, permission, {
      manager,
      notFound: () => new EventNotFound(),
    });
    return { event, access };
  }

  /**
   * The platform's address with the association as CN: calendars go to every member, so they never
   * name a member's own address.
   */
  private organizerOf(access: Access): { name: string; email: string } {
    return { name: access.associationName, email: this.config.mailReplyAddress };
  }

  /**
   * Mails the current invitation again to one member, in the caller's transaction (which holds
   * the event locked). False when they are not among its recipients (not a member, unverified, or
   * they stopped this association's event mail).
   */
  async remail(
    manager: EntityManager,
    event: EventDto,
    access: Access,
    userId: string,
  ): Promise<boolean> {
    const key = event.sequence === 0 ? RoutingKey.EventCreated : RoutingKey.EventUpdated;
    return (await this.notify(manager, key, [event], access, userId)) > 0;
  }

  /**
   * One outbox row per event, in the caller's transaction; its recipients become `queued` in the
   * delivery ledger. `onlyUserId` narrows the mailing to that member. Returns how many were mailed.
   */
  private async notify(
    manager: EntityManager,
    key: EventMessageKey,
    events: EventDto[],
    access: Access,
    onlyUserId?: string,
  ): Promise<number> {
    const organizer = this.organizerOf(access);
    let mailed = 0;
    for (const event of events) {
      const recipients = await this.recipientsOf(
        manager,
        access.associationId,
        event,
        key,
        onlyUserId,
      );
      if (onlyUserId && recipients.length === 0) continue;
      const notification: EventNotification = {
        event: this.calendarEventOf(event),
        association: { id: access.associationId, name: access.associationName },
        organizer,
        recipients,
      };
      const message = await this.outbox.enqueue(manager, key, notification);
      await this.deliveries.queue(manager, {
        eventId: event.id,
        associationId: access.associationId,
        sequence: event.sequence,
        template: key,
        sourceMessageId: message.id,
        userIds: recipients.flatMap((recipient) => (recipient.userId ? [recipient.userId] : [])),
      });
      mailed += recipients.length;
    }
    return mailed;
  }

  /**
   * The verified members at this moment who did not stop this association's event mail. An invitation or an update gives each a fresh link that
   * answers for them and this event only, and carries their answer so far; a cancellation asks
   * nothing.
   */
  private async recipientsOf(
    manager: EntityManager,
    associationId: string,
    event: EventDto,
    key: EventMessageKey,
    onlyUserId?: string,
  ): Promise<EventRecipient[]> {
    const members = await this.attendance.recipientsOf(
      manager,
      associationId,
      event.id,
      onlyUserId,
    );
    const unsubscribeUrl = (userId: string) =>
      this.unsubscribeLinks.urlFor({ userId, associationId });
    if (key === RoutingKey.EventCancelled)
      return members.map(({ userId, email, name, locale }) => ({
        userId,
        email,
        name,
        locale,
        unsubscribeUrl: unsubscribeUrl(userId),
      }));
    const tokens = members.map(() => generateSecretToken());
    await this.attendance.insertLinks(
      manager,
      event.id,
      associationId,
      members.map((member, index) => ({
        tokenHash: hashSecretToken(tokens[index]),
        userId: member.userId,
      })),
    );
    return members.map(({ userId, email, name, locale, answer }, index) => ({
      userId,
      email,
      name,
      locale,
      ...(answer ? { answer } : {}),
      rsvpUrl: new URL(`/rsvp/${tokens[index]}`, this.config.appUrl).toString(),
      unsubscribeUrl: unsubscribeUrl(userId),
    }));
  }

  private calendarEventOf(event: EventDto): CalendarEvent {
    return calendarEventOf(event, this.config.appUrl);
  }
}

function valuesOf(event: EventDto): EventValues {
  return {
    title: event.title,
    description: event.description,
    location: event.location,
    startsAt: new Date(event.startsAt).toISOString(),
    endsAt: new Date(event.endsAt).toISOString(),
    timeZone: event.timeZone,
  };
}

/** Fields left out of a PATCH keep their value; null is a value (it clears the field). */
function definedFieldsOf<T extends object>(dto: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(dto).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}

/** The rules between fields, checked on the merged values so that a PATCH of one field obeys them too. */
function checked(values: EventValues): EventValues {
  const [start, end] = [Date.parse(values.startsAt), Date.parse(values.endsAt)];
  if (end <= start) throw new EndsBeforeStart();
  if (!isWithinEventDuration(start, end)) throw new EventTooLong();
  return values;
}

function sameValues(a: EventValues, b: EventValues): boolean {
  return (
    a.title === b.title &&
    a.description === b.description &&
    a.location === b.location &&
    Date.parse(a.startsAt) === Date.parse(b.startsAt) &&
    Date.parse(a.endsAt) === Date.parse(b.endsAt) &&
    a.timeZone === b.timeZone
  );
}
