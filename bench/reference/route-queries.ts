import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { AccessService } from '../../apps/backend/src/access/access.service';
import { AssociationsRepository } from '../../apps/backend/src/associations/associations.repository';
import { EventsRepository } from '../../apps/backend/src/events/events.repository';

/**
 * The statements each read route runs, executed on a bare `pg` pool. The association, access and
 * event queries are the backend's own classes (AssociationsRepository, AccessService,
 * EventsRepository) handed a two-method stand-in for TypeORM's DataSource that forwards to `pg`,
 * so the reference can never drift from the SQL the backend runs. The user directory is built by
 * TypeORM's query builder in the backend; its two statements are written out below as TypeORM
 * logs them (see docs/performance.md for how they were captured).
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

function pgDataSource(pool: Pool): DataSource {
  const query = async (sql: string, parameters?: unknown[]) => (await pool.query(sql, parameters)).rows;
  return { query, manager: { query } } as unknown as DataSource;
}

const offsetOf = (query: PageQuery) => (query.page - 1) * query.pageSize;
const pageOf = (result: { items: unknown[]; total: number }, query: PageQuery): Page => ({
  items: result.items,
  total: result.total,
  page: query.page,
  pageSize: query.pageSize,
});

function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

export class RouteQueries {
  private readonly access: AccessService;
  private readonly associations: AssociationsRepository;
  private readonly events: EventsRepository;

  constructor(private readonly pool: Pool) {
    const dataSource = pgDataSource(pool);
    this.access = new AccessService(dataSource);
    this.associations = new AssociationsRepository(dataSource);
    this.events = new EventsRepository(dataSource);
  }

  async listAssociations(query: PageQuery): Promise<Page> {
    return pageOf(await this.associations.listPage(query.q, query.pageSize, offsetOf(query)), query);
  }

  async getAssociation(userId: string, id: string): Promise<unknown> {
    await this.access.require(userId, id, 'association:view');
    const association = await this.associations.findOne(id, userId);
    if (!association) throw new NotFound();
    return association;
  }

  async listMembers(userId: string, associationId: string, query: PageQuery): Promise<Page> {
    await this.access.require(userId, associationId, 'association:view');
    return pageOf(await this.associations.listMembers(associationId, query.pageSize, offsetOf(query)), query);
  }

  async listMyEvents(userId: string, query: PageQuery): Promise<Page> {
    const range = { from: new Date().toISOString() };
    return pageOf(await this.events.listForMember(userId, range, query.pageSize, offsetOf(query)), query);
  }

  /** UsersRepository.directory: TypeORM's getManyAndCount runs the page, then the count, on one connection. */
  async userDirectory(query: PageQuery): Promise<Page> {
    const needle = query.q?.toLowerCase();
    const where = needle
      ? `WHERE "user"."email_verified_at" IS NOT NULL AND (lower("user"."first_name" || ' ' || "user"."last_name") LIKE $1 OR "user"."email" = $2)`
      : `WHERE "user"."email_verified_at" IS NOT NULL`;
    const parameters = needle ? [containsPattern(needle), needle] : [];
    const client = await this.pool.connect();
    try {
      const items = await client.query(
        `SELECT "user"."id" AS "user_id", "user"."first_name" AS "user_first_name", "user"."last_name" AS "user_last_name" ` +
          `FROM "users" "user" ${where} ORDER BY "user_last_name" ASC, "user_first_name" ASC, "user_id" ASC ` +
          `LIMIT ${query.pageSize} OFFSET ${offsetOf(query)}`,
        parameters,
      );
      const count = await client.query(`SELECT COUNT(1) AS "cnt" FROM "users" "user" ${where}`, parameters);
      return pageOf(
        {
          items: items.rows.map((row) => ({ id: row.user_id, firstName: row.user_first_name, lastName: row.user_last_name })),
          total: Number(count.rows[0].cnt),
        },
        query,
      );
    } finally {
      client.release();
    }
  }
}
