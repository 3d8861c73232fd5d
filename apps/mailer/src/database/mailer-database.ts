import { DataSource } from 'typeorm';
import { mailerMigrations } from './migrations';

export const MAILER_SCHEMA = 'mailer';
/** Serialises concurrent start-ups of several mailers on the same database. */
const MIGRATION_LOCK_KEY = 0x6d61696c; // "mail"

export function createMailerDataSource(url: string, poolSize: number): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    // The migrations table lives in the mailer's schema too, next to the backend's own.
    schema: MAILER_SCHEMA,
    migrations: mailerMigrations,
    migrationsTableName: 'migrations',
    synchronize: false,
    migrationsRun: false,
    extra: { max: poolSize, application_name: 'agora-mailer' },
    logging: ['error', 'warn', 'migration'],
  });
}

/**
 * Creates the schema and applies pending migrations, one mailer at a time. The lock is held on a
 * connection of its own, so the pool needs at least two.
 */
export async function migrateMailerDatabase(dataSource: DataSource): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query(`SELECT pg_advisory_lock($1)`, [MIGRATION_LOCK_KEY]);
    // `CREATE SCHEMA IF NOT EXISTS` needs CREATE on the database even when the schema exists; a
    // mailer role that was handed its schema (compose) has no such right, and needs none.
    const [{ present }] = (await runner.query(
      `SELECT EXISTS (SELECT FROM pg_namespace WHERE nspname = $1) AS present`,
      [MAILER_SCHEMA],
    )) as { present: boolean }[];
    if (!present) await runner.query(`CREATE SCHEMA ${MAILER_SCHEMA}`);
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await runner.query(`SELECT pg_advisory_unlock($1)`, [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await runner.release();
  }
}
