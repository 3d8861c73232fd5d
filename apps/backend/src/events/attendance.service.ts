import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ReportKey, RsvpAnswer, RsvpReplied, rsvpRepliedSchema } from '@app/contracts';
import { AccessService } from '../access/access.service';
import { AuthUser } from '../auth/auth-user';
import { InboundMessages } from '../inbound/inbound-messages.service';
import { hashSecretToken } from '../auth/secret-tokens';
import { AttendanceDto, MyAnswerDto, RsvpLinkPreviewDto } from './dto/attendance.dto';
import { EventDto } from './dto/event.dto';
import { EventCancelled, EventNotFound, RsvpLinkNotFound } from './event-problems';
import { AttendanceRepository, RsvpLinkTarget } from './attendance.repository';
import { EventsRepository } from './events.repository';
import { EventsService } from './events.service';

/**
 * What became of an answer from a calendar: `ignored` when that person may not answer (not, or
 * no longer, a member; the event gone or cancelled), `unchanged` when it says what is already
 * recorded or is older than the answer recorded (a redelivered message changes nothing).
 */
export type CalendarReplyOutcome = 'recorded' | 'unchanged' | 'ignored';

/**
 * Who comes to an event: members answer from the app, from the links of their invitation mail, or
 * with their calendar's Accept button (the mailer reports those as `rsvp.replied`).
 */
@Injectable()
export class AttendanceService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly events: EventsRepository,
    private readonly eventsService: EventsService,
    private readonly attendance: AttendanceRepository,
    private readonly inbound: InboundMessages,
  ) {}

  onModuleInit(): void {
    this.inbound.on(ReportKey.RsvpReplied, async (report) => {
      await this.recordReplyFromCalendar(report.data);
    });
  }

  async answer(user: AuthUser, eventId: string, answer: RsvpAnswer): Promise<MyAnswerDto> {
    return this.dataSource.transaction(async (manager) => {
      // The event row stays locked until the answer commits, so a cancellation cannot slip between.
      const { event } = await this.eventsService.authorize(
        manager,
        user,
        eventId,
        'content:view',
        true,
      );
      await this.record(manager, event, user.id, answer);
      return { answer };
    });
  }

  async attendanceOf(user: AuthUser, eventId: string): Promise<AttendanceDto> {
    const manager = this.dataSource.manager;
    const { event, access } = await this.eventsService.authorize(
      manager,
      user,
      eventId,
      'content:view',
    );
    const [counts, answered, notAnswered] = await Promise.all([
      this.attendance.counts(manager, event.id),
      this.attendance.answered(manager, event.id),
      access.role === 'admin'
        ? this.attendance.notAnswered(manager, event.id, event.associationId)
        : undefined,
    ]);
    return { counts, answered, ...(notAnswered ? { notAnswered } : {}) };
  }

  /** Reading a link records nothing: mail scanners follow links, people click buttons. */
  async preview(token: string): Promise<RsvpLinkPreviewDto> {
    const manager = this.dataSource.manager;
    const { target, event } = await this.followLink(manager, token);
    const [association, answer] = await Promise.all([
      this.access.require(target.userId, target.associationId, 'content:view', {
        manager,
        notFound: () => new RsvpLinkNotFound(),
      }),
      this.attendance.answerOf(manager, event.id, target.userId),
    ]);
    return {
      associationName: association.associationName,
      title: event.title,
      location: event.location,
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      timeZone: event.timeZone,
      answer,
    };
  }

  async answerByLink(token: string, answer: RsvpAnswer): Promise<MyAnswerDto> {
    return this.dataSource.transaction(async (manager) => {
      const { target, event } = await this.followLink(manager, token, true);
      await this.record(manager, event, target.userId, answer);
      return { answer };
    });
  }

  /**
   * An answer given from a calendar (an iTIP REPLY the mailer received and checked), as the
   * consumer of `rsvp.replied` hands over the message's data. The mailer vouched for who
   * replied; the rules of answering are applied here, as for the other two ways of answering.
   * A reply that may not count is dropped, not an error: retrying would not change that.
   */
  async recordReplyFromCalendar(reply: RsvpReplied): Promise<CalendarReplyOutcome> {
    const { eventId, userId, answer, receivedAt } = rsvpRepliedSchema.parse(reply);
    return this.dataSource.transaction(async (manager) => {
      const event = await this.events.findById(manager, eventId, { lock: true });
      if (!event || event.status === 'cancelled') return 'ignored';
      const member = await this.access
        .require(userId, event.associationId, 'content:view', {
          manager,
          notFound: () => new EventNotFound(),
        })
        .then(
          () => true,
          (error: unknown) => {
            if (error instanceof EventNotFound) return false;
            throw error;
          },
        );
      if (!member) return 'ignored';
      const recorded = await this.attendance.saveAnswerIfNewer(
        manager,
        event.id,
        event.associationId,
        userId,
        answer,
        receivedAt,
      );
      return recorded ? 'recorded' : 'unchanged';
    });
  }

  private async record(
    manager: EntityManager,
    event: EventDto,
    userId: string,
    answer: RsvpAnswer,
  ): Promise<void> {
    if (event.status === 'cancelled') throw new EventCancelled();
    await this.attendance.saveAnswer(manager, event.id, event.associationId, userId, answer);
  }

  /** A link of someone who left is gone with their membership; a cancelled event takes no answers. */
  private async followLink(
    manager: EntityManager,
    token: string,
    lock = false,
  ): Promise<{ target: RsvpLinkTarget; event: EventDto }> {
    const target = await this.attendance.findLink(manager, hashSecretToken(token));
    if (!target) throw new RsvpLinkNotFound();
    const event = (await this.events.findById(manager, target.eventId, { lock }))!;
    if (event.status === 'cancelled') throw new EventCancelled();
    return { target, event };
  }
}
