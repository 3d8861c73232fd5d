/**
 * Prints the backend's OpenAPI document as JSON on stdout. It boots the real Nest application (the
 * same way the integration tests do) on a throwaway, freshly migrated database, reads
 * `/api/docs-json` and drops the database again; nothing has to be running but PostgreSQL.
 * Run from the repository root: `ts-node --swc -P tsconfig.json -r tsconfig-paths/register <this file>` (the folder's
 * package.json marks it CommonJS, like the backend it imports).
 */
import { randomBytes } from 'node:crypto';
import globalSetup from '../../backend/test/support/global-setup';
import globalTeardown from '../../backend/test/support/global-teardown';
import { TestApp } from '../../backend/test/support/test-app';

async function main(): Promise<void> {
  process.env.AGORA_TEST_RUN_PREFIX ??= `agora_openapi_${randomBytes(4).toString('hex')}`;
  await globalSetup();
  try {
    const app = await TestApp.start({ OPENAPI_ENABLED: 'true', AMQP_URL: 'amqp://127.0.0.1:1' });
    try {
      const response = await app.request('GET', '/api/docs-json');
      if (response.status !== 200)
        throw new Error(`GET /api/docs-json answered ${response.status}`);
      process.stdout.write(`${JSON.stringify(response.body, null, 2)}\n`);
    } finally {
      await app.close();
    }
  } finally {
    await globalTeardown();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
