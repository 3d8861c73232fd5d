import type { Pool } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../../apps/backend/src/access/access.service';
import { AssociationsRepository } from '../../apps/backend/src/associations/associations.repository';
import { EventsRepository } from '../../apps/backend/src/events/events.repository';
import { UsersRepository } from '../../apps/backend/src/users/users.repository';

/**
 * The statements each read route runs, executed on a bare `pg` pool. Every query is the backend's
 * own repository code (AssociationsRepository, EventsRepository, UsersRepository and the access
 * check), handed a one-method stand-in for TypeORM's EntityManager that forwards `query()` to `pg`,
 * so the reference runs the very SQL text the backend runs and cannot drift from it.
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

/** Reads only: TypeORM answers `query()` with the rows, and so does this stand-in. */
function pgManager(pool: Pool): EntityManager {
  const query = async (sql: string, parameters?: unknown[]) => (await pool.query(sql, parameters)).rows;
  return { query } as unknown as EntityManager;
}

const offsetOf = (query: PageQuery) => (query.page - 1) * query.pageSize;
const pageOf = (result: { items: unknown[]; total: number }, query: PageQuery): Page => ({
  items: result.items,
  total: result.total,
  page: query.page,
  pageSize: query.pageSize,
});

export class RouteQueries {
  private readonly manager: EntityManager;
  private readonly access: AccessService;
  private readonly associations = new AssociationsRepository();
  private readonly events = new EventsRepository();
  private readonly users = new UsersRepository();

  constructor(pool: Pool) {
    this.manager = pgManager(pool);
    this.access = new AccessService({ manager: this.manager } as DataSource);
  }

  async listAssociations(query: PageQuery): Promise<Page> {
    return pageOf(
      await this.associations.listPage(this.manager, query.q, query.pageSize, offsetOf(query)),
      query,
    );
  }

  async getAssociation(userId: string, id: string): Promise<unknown> {
    await this.access.require(userId, id, 'association:view');
    const association = await this.associations.findOne(this.manager, id, userId);
    if (!association) throw new NotFound();
    return association;
  }

  async listMembers(userId: string, associationId: string, query: PageQuery): Promise<Page> {
    await this.access.require(userId, associationId, 'association:view');
    return pageOf(
      await this.associations.listMembers(
        this.manager,
        associationId,
        query.q,
        query.pageSize,
        offsetOf(query),
      ),
      query,
    );
  }

  async listMyEvents(userId: string, query: PageQuery): Promise<Page> {
    const range = { from: new Date().toISOString() };
    return pageOf(
      await this.events.listForMember(this.manager, userId, range, query.pageSize, offsetOf(query)),
      query,
    );
  }

  userDirectory(viewerId: string, query: PageQuery): Promise<Page> {
    return this.users.directory(this.manager, viewerId, query);
  }
}
