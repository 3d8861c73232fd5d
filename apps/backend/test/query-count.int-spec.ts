import { createAssociation } from './associations-fixtures';
import { createSignedInUser, SignedInUser } from './support/fixtures';
import { TestApp } from './support/test-app';

/**
 * Lists must run the same number of SQL statements whatever the page size: no query per item
 * (no N+1). Statements are counted through TypeORM's logger, which sees every query the app runs.
 */

describe('SQL statements per list request', () => {
  let sut: TestApp;
  let me: SignedInUser;
  let bigAssociationId: string;
  let statements: string[] = [];

  beforeAll(async () => {
    sut = await TestApp.start();
    me = await createSignedInUser(sut);
    bigAssociationId = (await createAssociation(sut, me)).id;
    // Enough rows for a full page of 100 everywhere, written in bulk.
    await sut.dataSource.query(`
      INSERT INTO users (id, email, password_hash, first_name, last_name, email_verified_at)
      SELECT md5('qc-user-' || n)::uuid, 'qc-user-' || n || '@example.org', 'not a hash', 'Query', 'Count ' || n, now()
        FROM generate_series(1, 150) AS n`);
    await sut.dataSource.query(
      `INSERT INTO memberships (association_id, user_id, role)
       SELECT $1, md5('qc-user-' || n)::uuid, 'member' FROM generate_series(1, 150) AS n`,
      [bigAssociationId],
    );
    await sut.dataSource.query(`
      INSERT INTO associations (id, name) SELECT md5('qc-association-' || a)::uuid, 'QC association ' || a FROM generate_series(1, 120) AS a`);
    await sut.dataSource.query(
      `INSERT INTO memberships (association_id, user_id, role)
       SELECT md5('qc-association-' || a)::uuid, $1, 'admin' FROM generate_series(1, 120) AS a`,
      [me.user.id],
    );
    await sut.dataSource.query(`
      INSERT INTO events (association_id, uid, title, starts_at, ends_at, time_zone)
      SELECT md5('qc-association-' || a)::uuid, md5('qc-event-' || a || '-' || e) || '@agora', 'Event ' || e,
             now() + (a * 10 + e) * interval '1 hour', now() + (a * 10 + e + 1) * interval '1 hour', 'UTC'
        FROM generate_series(1, 120) AS a, generate_series(1, 2) AS e`);

    const logger = sut.dataSource.logger;
    const logQuery = logger.logQuery.bind(logger);
    logger.logQuery = (query, parameters, queryRunner) => {
      statements.push(query);
      return logQuery(query, parameters, queryRunner);
    };
  });
  afterAll(() => sut.close());

  async function statementsFor(
    path: string,
    pageSize: number,
  ): Promise<{ count: number; items: number }> {
    statements = [];
    const response = await sut.request(
      'GET',
      `${path}${path.includes('?') ? '&' : '?'}pageSize=${pageSize}`,
      { token: me.accessToken },
    );
    expect(response.status).toBe(200);
    return { count: statements.length, items: response.body.items.length };
  }

  it.each([
    ['the association directory', () => '/api/associations'],
    ['a member list', () => `/api/associations/${bigAssociationId}/members`],
    ['my upcoming events', () => '/api/me/events'],
    ['an association search', () => '/api/associations?q=QC%20association'],
  ])('%s runs as many statements for 100 items as for 5', async (_, path) => {
    const small = await statementsFor(path(), 5);
    const large = await statementsFor(path(), 100);
    expect(small.items).toBe(5);
    expect(large.items).toBe(100);
    expect(small.count).toBeGreaterThanOrEqual(2);
    expect(large.count).toBe(small.count);
    // A page and its total, plus the access check where there is one.
    expect(large.count).toBeLessThanOrEqual(3);
  });
});
