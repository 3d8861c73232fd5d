import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CalendarEventSource } from '../events/calendar-event';
import { mailNameSql } from '../users/display-name';

/** Whose reminders to bring in step with the current state. */
export type ReminderScope = { eventIds: string[] } | { userId: string };

/** A claimed reminder with everything its mail needs. */
export interface ClaimedReminder {
  id: string;
  eventId: string;
  associationId: string;
  associationName: string;
  userId: string;
  email: string;
  name: string;
  locale: 'en' | 'fr';
  minutesBefore: number;
  /** The start the reminder was scheduled for. */
  startsAt: Date;
  eventStartsAt: Date;
  scheduled: boolean;
  event: CalendarEventSource;
  /** The database's clock when the batch was claimed: the one every replica shares. */
  now: Date;
}

/** `$2` is the scope's value in both halves of the statement below. */
function scopeSql(scope: ReminderScope): { wanted: string; pending: string; value: unknown } {
  return 'eventIds' in scope
    ? {
        wanted: 'e.id = ANY($2::uuid[])',
        pending: 'r.event_id = ANY($2::uuid[])',
        value: scope.eventIds,
      }
    : { wanted: 'm.user_id = $2', pending: 'r.user_id = $2', value: scope.userId };
}

/** The schedule of reminders (`event_reminders`) and the people's chosen lead times. */
@Injectable()
export class RemindersRepository {
  async leadsOf(manager: EntityManager, userId: string): Promise<number[]> {
    const rows: { leads: number[] }[] = await manager.query(
      `SELECT reminder_minutes_before AS leads FROM users WHERE id = $1`,
      [userId],
    );
    return rows[0]?.leads ?? [];
  }

  async setLeads(manager: EntityManager, userId: string, leads: number[]): Promise<void> {
    await manager.query(`UPDATE users SET reminder_minutes_before = $2::integer[] WHERE id = $1`, [
      userId,
      leads,
    ]);
  }

  /**
   * Brings the pending reminders in `scope` in step with events, memberships, opt-outs and lead
   * times, in one statement: what is wanted and still ahead is inserted (a reminder already there,
   * sent or not, stays as it is), pending ones nobody wants any more are dropped. Reminders of
   * events that have started are left to the poller, which counts them as late. `unitSeconds` is
   * the length of one minute of lead time (60 outside tests).
   */
  async reschedule(
    manager: EntityManager,
    scope: ReminderScope,
    unitSeconds: number,
  ): Promise<{ scheduled: number; dropped: number }> {
    const { wanted, pending, value } = scopeSql(scope);
    const rows: { scheduled: number; dropped: number }[] = await manager.query(
      `WITH wanted AS (
         SELECT e.id AS event_id, e.association_id, m.user_id, lead AS minutes_before, e.starts_at,
                e.starts_at - make_interval(secs => lead * $1::double precision) AS due_at
           FROM events e
           JOIN memberships m ON m.association_id = e.association_id
           JOIN users u ON u.id = m.user_id
           CROSS JOIN LATERAL unnest(u.reminder_minutes_before) AS lead
          WHERE ${wanted} AND e.status = 'scheduled' AND e.starts_at > now()
            AND u.email_verified_at IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM event_mail_opt_outs o
                             WHERE o.association_id = m.association_id AND o.user_id = m.user_id)
       ), dropped AS (
         DELETE FROM event_reminders r
          WHERE ${pending} AND r.done_at IS NULL AND r.starts_at > now()
            AND NOT EXISTS (SELECT 1 FROM wanted w
                             WHERE w.event_id = r.event_id AND w.user_id = r.user_id
                               AND w.minutes_before = r.minutes_before AND w.starts_at = r.starts_at)
         RETURNING 1
       ), added AS (
         INSERT INTO event_reminders (event_id, association_id, user_id, minutes_before, starts_at, due_at)
         SELECT event_id, association_id, user_id, minutes_before, starts_at, due_at
           FROM wanted WHERE due_at > now()
         ON CONFLICT ON CONSTRAINT event_reminders_once_key DO NOTHING
         RETURNING 1
       )
       SELECT (SELECT count(*) FROM added)::int AS scheduled,
              (SELECT count(*) FROM dropped)::int AS dropped`,
      [unitSeconds, value],
    );
    return rows[0];
  }

  /**
   * Locks up to `limit` due reminders, earliest first, with what their mail needs. SKIP LOCKED
   * lets every replica poll at once: each takes rows no other is holding, and a row is marked
   * done in the same transaction, so no reminder is claimed twice.
   */
  async claimDue(manager: EntityManager, limit: number): Promise<ClaimedReminder[]> {
    return manager.query(
      `SELECT r.id, r.event_id AS "eventId", r.association_id AS "associationId",
              a.name AS "associationName", r.user_id AS "userId", u.email,
              ${mailNameSql('u')} AS name, u.locale, r.minutes_before AS "minutesBefore",
              r.starts_at AS "startsAt", e.starts_at AS "eventStartsAt",
              (e.status = 'scheduled') AS scheduled, now() AS now,
              json_build_object('id', e.id, 'uid', e.uid, 'sequence', e.sequence, 'title', e.title,
                                'description', e.description, 'location', e.location,
                                'startsAt', e.starts_at, 'endsAt', e.ends_at,
                                'timeZone', e.time_zone) AS event
         FROM event_reminders r
         JOIN events e ON e.id = r.event_id
         JOIN associations a ON a.id = r.association_id
         JOIN users u ON u.id = r.user_id
        WHERE r.done_at IS NULL AND r.due_at <= now()
        ORDER BY r.due_at
        LIMIT $1
          FOR UPDATE OF r SKIP LOCKED`,
      [limit],
    );
  }

  async markDone(manager: EntityManager, ids: string[], outcome: 'sent' | 'late'): Promise<void> {
    if (ids.length === 0) return;
    await manager.query(
      `UPDATE event_reminders SET done_at = now(), outcome = $2 WHERE id = ANY($1::uuid[])`,
      [ids, outcome],
    );
  }
}
