import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { eventUid } from '@app/contracts';
import { updateReturning } from '../database/update-returning';
import { EventDto, MyEventDto } from './dto/event.dto';

const EVENT_COLUMNS = `e.id, e.association_id AS "associationId", e.uid, e.sequence, e.status, e.title,
  e.description, e.location, e.starts_at AS "startsAt", e.ends_at AS "endsAt", e.time_zone AS "timeZone",
  e.created_at AS "createdAt", e.updated_at AS "updatedAt"`;

export interface EventValues {
  title: string;
  description: string | null;
  location: string | null;
  /** ISO-8601 instants, handed to PostgreSQL as typed (it keeps the instant, not the offset). */
  startsAt: string;
  endsAt: string;
  timeZone: string;
}

export interface Range {
  from?: string;
  to?: string;
}

function rangeFilter(range: Range, firstParameter: number): { sql: string; parameters: string[] } {
  const clauses: string[] = [];
  const parameters: string[] = [];
  if (range.from) {
    parameters.push(range.from);
    clauses.push(`e.starts_at >= $${firstParameter + parameters.length - 1}`);
  }
  if (range.to) {
    parameters.push(range.to);
    clauses.push(`e.starts_at < $${firstParameter + parameters.length - 1}`);
  }
  return { sql: clauses.map((clause) => ` AND ${clause}`).join(''), parameters };
}

/** Queries of events; each list is a page and its total, two statements whatever the page size. */
@Injectable()
export class EventsRepository {
  async insert(
    manager: EntityManager,
    id: string,
    associationId: string,
    createdBy: string,
    values: EventValues,
  ): Promise<EventDto> {
    const rows: EventDto[] = await manager.query(
      `INSERT INTO events AS e (id, association_id, uid, title, description, location, starts_at, ends_at, time_zone, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       RETURNING ${EVENT_COLUMNS}`,
      [
        id,
        associationId,
        eventUid(id),
        values.title,
        values.description,
        values.location,
        values.startsAt,
        values.endsAt,
        values.timeZone,
        createdBy,
      ],
    );
    return rows[0];
  }

  async findById(
    manager: EntityManager,
    id: string,
    options: { lock?: boolean } = {},
  ): Promise<EventDto | undefined> {
    const rows: EventDto[] = await manager.query(
      `SELECT ${EVENT_COLUMNS} FROM events e WHERE e.id = $1 ${options.lock ? 'FOR UPDATE' : ''}`,
      [id],
    );
    return rows[0];
  }

  /** Applies the new values and raises the SEQUENCE, as iCalendar requires for any change. */
  async update(manager: EntityManager, id: string, values: EventValues): Promise<EventDto> {
    const rows = await updateReturning<EventDto>(
      manager,
      `UPDATE events AS e
          SET title = $2, description = $3, location = $4, starts_at = $5, ends_at = $6, time_zone = $7,
              sequence = e.sequence + 1, updated_at = now()
        WHERE e.id = $1
        RETURNING ${EVENT_COLUMNS}`,
      [
        id,
        values.title,
        values.description,
        values.location,
        values.startsAt,
        values.endsAt,
        values.timeZone,
      ],
    );
    return rows[0];
  }

  async cancel(manager: EntityManager, id: string): Promise<EventDto> {
    const rows = await updateReturning<EventDto>(
      manager,
      `UPDATE events AS e SET status = 'cancelled', sequence = e.sequence + 1, updated_at = now()
        WHERE e.id = $1
        RETURNING ${EVENT_COLUMNS}`,
      [id],
    );
    return rows[0];
  }

  /** Cancels, in one statement, every scheduled event of the association that has not ended yet. */
  async cancelUpcomingOfAssociation(
    manager: EntityManager,
    associationId: string,
  ): Promise<EventDto[]> {
    return updateReturning<EventDto>(
      manager,
      `UPDATE events AS e SET status = 'cancelled', sequence = e.sequence + 1, updated_at = now()
        WHERE e.association_id = $1 AND e.status = 'scheduled' AND e.ends_at > now()
        RETURNING ${EVENT_COLUMNS}`,
      [associationId],
    );
  }

  async listOfAssociation(
    manager: EntityManager,
    associationId: string,
    range: Range,
    order: 'asc' | 'desc',
    limit: number,
    offset: number,
  ): Promise<{ items: EventDto[]; total: number }> {
    const filter = rangeFilter(range, 2);
    const where = `WHERE e.association_id = $1${filter.sql}`;
    const parameters = [associationId, ...filter.parameters];
    const [items, [{ total }]] = await Promise.all([
      manager.query(
        `SELECT ${EVENT_COLUMNS} FROM events e ${where}
          ORDER BY e.starts_at ${order === 'desc' ? 'DESC' : 'ASC'}, e.id
          LIMIT $${parameters.length + 1} OFFSET $${parameters.length + 2}`,
        [...parameters, limit, offset],
      ),
      manager.query(`SELECT count(*)::int AS total FROM events e ${where}`, parameters),
    ]);
    return { items, total };
  }

  /** Scheduled events of every association the user belongs to. */
  async listForMember(
    manager: EntityManager,
    userId: string,
    range: Range & { from: string },
    limit: number,
    offset: number,
  ): Promise<{ items: MyEventDto[]; total: number }> {
    const filter = rangeFilter(range, 2);
    const from = `FROM memberships m
           JOIN events e ON e.association_id = m.association_id
          WHERE m.user_id = $1 AND e.status = 'scheduled'${filter.sql}`;
    const parameters = [userId, ...filter.parameters];
    const [items, [{ total }]] = await Promise.all([
      manager.query(
        `SELECT ${EVENT_COLUMNS}, a.name AS "associationName", r.answer AS "myAnswer"
           FROM (SELECT e.* ${from}
                  ORDER BY e.starts_at, e.id
                  LIMIT $${parameters.length + 1} OFFSET $${parameters.length + 2}) e
           JOIN associations a ON a.id = e.association_id
           LEFT JOIN event_answers r ON r.event_id = e.id AND r.user_id = $1
          ORDER BY e.starts_at, e.id`,
        [...parameters, limit, offset],
      ),
      manager.query(`SELECT count(*)::int AS total ${from}`, parameters),
    ]);
    return { items, total };
  }

  /**
   * Every event (cancelled included) of the user's associations that ends after `since`, first
   * starting first, with its association's name; at most `limit`.
   */
  async listForFeed(
    manager: EntityManager,
    userId: string,
    since: Date,
    limit: number,
  ): Promise<(EventDto & { associationName: string })[]> {
    return manager.query(
      `SELECT ${EVENT_COLUMNS}, a.name AS "associationName"
         FROM memberships m
         JOIN events e ON e.association_id = m.association_id
         JOIN associations a ON a.id = e.association_id
        WHERE m.user_id = $1 AND e.ends_at >= $2
        ORDER BY e.starts_at, e.id
        LIMIT $3`,
      [userId, since.toISOString(), limit],
    );
  }
}
