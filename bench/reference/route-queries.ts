import type { Pool } from 'pg';

/**
 * The SQL the backend runs for each read route, statement for statement, so that the reference
 * server measures what the framework costs and nothing else. Mirrors (keep in step with):
 * - `AccessService.require` (apps/backend/src/access/access.service.ts)
 * - `AssociationsRepository.listPage | listMembers | findOne` (apps/backend/src/associations)
 * - `EventsRepository.listForMember` (apps/backend/src/events)
 * - `UsersRepository.directory` (apps/backend/src/users): TypeORM's `getManyAndCount`, which
 *   runs its two statements one after the other.
 */
export interface PageQuery {
  page: number;
  pageSize: number;
  q?: string;
}

export interface Page {
  items: unknown[];
  total: number;
  page: number;
  pageSize: number;
}

export class NotFound extends Error {}

function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

const offsetOf = (query: PageQuery) => (query.page - 1) * query.pageSize;

async function requireView(pool: Pool, userId: string, associationId: string): Promise<void> {
  const { rows } = await pool.query(
    `SELECT a.id, a.name, m.role
       FROM associations a
       LEFT JOIN memberships m ON m.association_id = a.id AND m.user_id = $2
      WHERE a.id = $1`,
    [associationId, userId],
  );
  if (rows.length === 0) throw new NotFound();
}

export async function listAssociations(pool: Pool, query: PageQuery): Promise<Page> {
  const where = query.q ? `WHERE a.name ILIKE $1` : '';
  const filter = query.q ? [containsPattern(query.q)] : [];
  const [items, count] = await Promise.all([
    pool.query(
      `SELECT a.id, a.name, a.created_at AS "createdAt",
              (SELECT count(*)::int FROM memberships m WHERE m.association_id = a.id) AS "memberCount"
         FROM associations a
         ${where}
        ORDER BY a.name, a.id
        LIMIT $${filter.length + 1} OFFSET $${filter.length + 2}`,
      [...filter, query.pageSize, offsetOf(query)],
    ),
    pool.query(`SELECT count(*)::int AS total FROM associations a ${where}`, filter),
  ]);
  return { items: items.rows, total: count.rows[0].total, page: query.page, pageSize: query.pageSize };
}

export async function getAssociation(pool: Pool, userId: string, id: string): Promise<unknown> {
  await requireView(pool, userId, id);
  const { rows } = await pool.query(
    `SELECT a.id, a.name, a.description, a.created_at AS "createdAt", a.updated_at AS "updatedAt",
            (SELECT count(*)::int FROM memberships m WHERE m.association_id = a.id) AS "memberCount",
            (SELECT m.role FROM memberships m WHERE m.association_id = a.id AND m.user_id = $2) AS "myRole"
       FROM associations a
      WHERE a.id = $1`,
    [id, userId],
  );
  if (rows.length === 0) throw new NotFound();
  return rows[0];
}

export async function listMembers(pool: Pool, userId: string, associationId: string, query: PageQuery): Promise<Page> {
  await requireView(pool, userId, associationId);
  const [items, count] = await Promise.all([
    pool.query(
      `SELECT m.user_id AS "userId", u.first_name AS "firstName", u.last_name AS "lastName",
              m.role, m.title, m.joined_at AS "joinedAt"
         FROM memberships m
         JOIN users u ON u.id = m.user_id
        WHERE m.association_id = $1
        ORDER BY m.joined_at, m.user_id
        LIMIT $2 OFFSET $3`,
      [associationId, query.pageSize, offsetOf(query)],
    ),
    pool.query(`SELECT count(*)::int AS total FROM memberships WHERE association_id = $1`, [associationId]),
  ]);
  return { items: items.rows, total: count.rows[0].total, page: query.page, pageSize: query.pageSize };
}

const EVENT_COLUMNS = `e.id, e.association_id AS "associationId", e.uid, e.sequence, e.status, e.title,
  e.description, e.location, e.starts_at AS "startsAt", e.ends_at AS "endsAt", e.time_zone AS "timeZone",
  e.created_at AS "createdAt", e.updated_at AS "updatedAt"`;

export async function listMyEvents(pool: Pool, userId: string, query: PageQuery): Promise<Page> {
  const from = `FROM memberships m
         JOIN events e ON e.association_id = m.association_id
        WHERE m.user_id = $1 AND e.status = 'scheduled' AND e.starts_at >= $2`;
  const parameters = [userId, new Date().toISOString()];
  const [items, count] = await Promise.all([
    pool.query(
      `SELECT ${EVENT_COLUMNS}, a.name AS "associationName"
         FROM (SELECT e.* ${from}
                ORDER BY e.starts_at, e.id
                LIMIT $3 OFFSET $4) e
         JOIN associations a ON a.id = e.association_id
        ORDER BY e.starts_at, e.id`,
      [...parameters, query.pageSize, offsetOf(query)],
    ),
    pool.query(`SELECT count(*)::int AS total ${from}`, parameters),
  ]);
  return { items: items.rows, total: count.rows[0].total, page: query.page, pageSize: query.pageSize };
}

export async function userDirectory(pool: Pool, query: PageQuery): Promise<Page> {
  const needle = query.q?.toLowerCase();
  const where = needle
    ? `WHERE "user".email_verified_at IS NOT NULL
         AND (lower("user".first_name || ' ' || "user".last_name) LIKE $1 OR "user".email = $2)`
    : `WHERE "user".email_verified_at IS NOT NULL`;
  const parameters = needle ? [containsPattern(needle), needle] : [];
  const client = await pool.connect();
  try {
    const items = await client.query(
      `SELECT "user"."id" AS "user_id", "user"."first_name" AS "user_first_name", "user"."last_name" AS "user_last_name"
         FROM "users" "user" ${where}
        ORDER BY "user"."last_name" ASC, "user"."first_name" ASC, "user"."id" ASC
        LIMIT ${query.pageSize} OFFSET ${offsetOf(query)}`,
      parameters,
    );
    const count = await client.query(
      `SELECT COUNT(DISTINCT("user"."id")) AS "cnt" FROM "users" "user" ${where}`,
      parameters,
    );
    return {
      items: items.rows.map((row) => ({ id: row.user_id, firstName: row.user_first_name, lastName: row.user_last_name })),
      total: Number(count.rows[0].cnt),
      page: query.page,
      pageSize: query.pageSize,
    };
  } finally {
    client.release();
  }
}
