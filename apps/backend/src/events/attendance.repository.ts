import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Recipient, RsvpAnswer } from '@app/contracts';
import { displayNameSql, mailNameSql } from '../users/display-name';
import { AttendeeDto } from './dto/attendance.dto';

export interface AnswerCounts {
  accepted: number;
  tentative: number;
  declined: number;
}

/** A verified member as an event message is addressed to them, with their answer so far. */
export interface MemberRecipient extends Recipient {
  userId: string;
  answer: RsvpAnswer | null;
}

/** What an RSVP link answers for; found only while the person is still a member. */
export interface RsvpLinkTarget {
  eventId: string;
  associationId: string;
  userId: string;
}

/** Answers and RSVP links. Answers of people who left are gone with their membership (cascade). */
@Injectable()
export class AttendanceRepository {
  async saveAnswer(
    manager: EntityManager,
    eventId: string,
    associationId: string,
    userId: string,
    answer: RsvpAnswer,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO event_answers (event_id, association_id, user_id, answer)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (event_id, user_id) DO UPDATE SET answer = EXCLUDED.answer, answered_at = now()`,
      [eventId, associationId, userId, answer],
    );
  }

  /**
   * Records an answer given at `answeredAt` unless the one recorded is the same or was given
   * later (an answer from the app after the calendar's reply wins over a late or redelivered
   * reply). Returns whether it changed anything.
   */
  async saveAnswerIfNewer(
    manager: EntityManager,
    eventId: string,
    associationId: string,
    userId: string,
    answer: RsvpAnswer,
    answeredAt: string,
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO event_answers AS a (event_id, association_id, user_id, answer, answered_at)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (event_id, user_id) DO UPDATE SET answer = EXCLUDED.answer, answered_at = EXCLUDED.answered_at
        WHERE a.answer <> EXCLUDED.answer AND a.answered_at < EXCLUDED.answered_at
       RETURNING 1`,
      [eventId, associationId, userId, answer, answeredAt],
    );
    return rows.length > 0;
  }

  async answerOf(
    manager: EntityManager,
    eventId: string,
    userId: string,
  ): Promise<RsvpAnswer | null> {
    const rows: { answer: RsvpAnswer }[] = await manager.query(
      `SELECT answer FROM event_answers WHERE event_id = $1 AND user_id = $2`,
      [eventId, userId],
    );
    return rows[0]?.answer ?? null;
  }

  async counts(manager: EntityManager, eventId: string): Promise<AnswerCounts> {
    const rows: { answer: RsvpAnswer; count: number }[] = await manager.query(
      `SELECT answer, count(*)::int AS count FROM event_answers WHERE event_id = $1 GROUP BY answer`,
      [eventId],
    );
    const counts: AnswerCounts = { accepted: 0, tentative: 0, declined: 0 };
    for (const row of rows) counts[row.answer] = row.count;
    return counts;
  }

  /** Who answered, by name only: members see each other's names, never their addresses. */
  async answered(manager: EntityManager, eventId: string): Promise<AttendeeDto[]> {
    return manager.query(
      `SELECT u.id AS "userId", ${displayNameSql('u')} AS name, a.answer, a.answered_at AS "answeredAt"
         FROM event_answers a
         JOIN users u ON u.id = a.user_id
        WHERE a.event_id = $1
        ORDER BY name, u.id`,
      [eventId],
    );
  }

  /** Members who have not answered yet. */
  async notAnswered(
    manager: EntityManager,
    eventId: string,
    associationId: string,
  ): Promise<Pick<AttendeeDto, 'userId' | 'name'>[]> {
    return manager.query(
      `SELECT u.id AS "userId", ${displayNameSql('u')} AS name
         FROM memberships m
         JOIN users u ON u.id = m.user_id
        WHERE m.association_id = $2
          AND NOT EXISTS (SELECT 1 FROM event_answers a WHERE a.event_id = $1 AND a.user_id = m.user_id)
        ORDER BY name, u.id`,
      [eventId, associationId],
    );
  }

  /**
   * Verified members at this moment who did not stop the association's event mail, with their
   * answer to the event.
   */
  async recipientsOf(
    manager: EntityManager,
    associationId: string,
    eventId: string,
    onlyUserId?: string,
  ): Promise<MemberRecipient[]> {
    return manager.query(
      `SELECT u.id AS "userId", u.email, ${mailNameSql('u')} AS name, u.locale, a.answer
         FROM memberships m
         JOIN users u ON u.id = m.user_id
         LEFT JOIN event_answers a ON a.event_id = $2 AND a.user_id = m.user_id
        WHERE m.association_id = $1 AND u.email_verified_at IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM event_mail_opt_outs o
                           WHERE o.association_id = m.association_id AND o.user_id = m.user_id)
          AND ($3::uuid IS NULL OR m.user_id = $3)
        ORDER BY u.email`,
      [associationId, eventId, onlyUserId ?? null],
    );
  }

  /** One statement for all recipients of a mailing, whatever their number. */
  async insertLinks(
    manager: EntityManager,
    eventId: string,
    associationId: string,
    links: { tokenHash: string; userId: string }[],
  ): Promise<void> {
    if (links.length === 0) return;
    await manager.query(
      `INSERT INTO event_rsvp_tokens (token_hash, event_id, association_id, user_id)
       SELECT t.hash, $1, $2, t.user_id FROM unnest($3::text[], $4::uuid[]) AS t (hash, user_id)`,
      [
        eventId,
        associationId,
        links.map((link) => link.tokenHash),
        links.map((link) => link.userId),
      ],
    );
  }

  async findLink(manager: EntityManager, tokenHash: string): Promise<RsvpLinkTarget | undefined> {
    const rows: RsvpLinkTarget[] = await manager.query(
      `SELECT event_id AS "eventId", association_id AS "associationId", user_id AS "userId"
         FROM event_rsvp_tokens WHERE token_hash = $1`,
      [tokenHash],
    );
    return rows[0];
  }
}
