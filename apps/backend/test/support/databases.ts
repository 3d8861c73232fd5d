import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** The server the tests run on; each test file gets a database of its own there. */
export const TEST_SERVER_URL = process.env.TEST_DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432';

export function databaseUrl(name: string): string {
  return `${TEST_SERVER_URL}/${name}`;
}

export async function withAdminClient<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl('postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Name shared by every database of one `jest` run, so the run can clean up after itself. */
export function runPrefix(): string {
  const prefix = process.env.AGORA_TEST_RUN_PREFIX;
  if (!prefix) throw new Error('AGORA_TEST_RUN_PREFIX is not set: run integration tests through jest.');
  return prefix;
}

export const templateName = () => `${runPrefix()}_template`;

/** A fresh, fully migrated database cloned from the run's template (fast: a file copy). */
export async function createTestDatabase(): Promise<string> {
  const name = `${runPrefix()}_${randomBytes(4).toString('hex')}`;
  await withAdminClient((client) =>
    client.query(`CREATE DATABASE "${name}" TEMPLATE "${templateName()}"`),
  );
  return name;
}

export async function dropDatabase(name: string): Promise<void> {
  await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}
