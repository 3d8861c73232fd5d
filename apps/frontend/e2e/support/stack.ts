import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { TestVhost } from '../../../../libs/messaging/src/testing/rabbitmq-vhost';
import { freePort } from '../../../../scripts/stack/ports';

const ROOT = join(__dirname, '..', '..', '..', '..');
const SERVER_URL = process.env.TEST_DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432';

export interface RunningStack {
  /** nginx, serving the built front end at / and the API at /api. */
  baseUrl: string;
  /** The mail catcher's REST API. */
  mailUrl: string;
  /** The stack's own database, for tests that need more data than a browser could enter. */
  databaseUrl: string;
  stop(): Promise<void>;
}

function stackCommand(
  command: 'up' | 'down',
  env: Record<string, string>,
  timeoutMs: number,
): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [
        join(ROOT, 'node_modules', 'ts-node', 'dist', 'bin.js'),
        '--swc',
        '-P',
        join(ROOT, 'tsconfig.json'),
        '-r',
        'tsconfig-paths/register',
        join(ROOT, 'scripts', 'stack', 'cli.ts'),
        command,
      ],
      {
        cwd: ROOT,
        env: { ...process.env, ...env },
        timeout: timeoutMs,
        maxBuffer: 16 * 1024 * 1024,
      },
      (error, stdout, stderr) =>
        error
          ? reject(new Error(`stack ${command} failed:\n${stdout}${stderr}`))
          : resolve(`${stdout}${stderr}`),
    );
  });
}

/**
 * `npm run stack:up` on ports, a database, a RabbitMQ vhost and a state folder of its own, so the
 * suite never meets another run or a developer's stack.
 */
export async function startStack(): Promise<RunningStack> {
  const databaseName = `agora_e2e_${randomBytes(4).toString('hex')}`;
  const vhost = await TestVhost.create();
  const dir = mkdtempSync(join(tmpdir(), 'agora-e2e-'));
  const [http, backend1, backend2, smtp, web, metrics, inbound] = [
    await freePort(),
    await freePort(),
    await freePort(),
    await freePort(),
    await freePort(),
    await freePort(),
    await freePort(),
  ];
  const env = {
    STACK_DIR: dir,
    HTTP_PORT: String(http),
    STACK_BACKEND_PORTS: `${backend1},${backend2}`,
    MAILDEV_SMTP_PORT: String(smtp),
    MAILDEV_WEB_PORT: String(web),
    MAILER_METRICS_PORT: String(metrics),
    MAIL_INBOUND_PORT: String(inbound),
    STACK_PROMETHEUS: 'false',
    DATABASE_URL: `${SERVER_URL}/${databaseName}`,
    AMQP_URL: vhost.url,
    LOG_LEVEL: 'warn',
  };
  const stop = async () => {
    await stackCommand('down', env, 60_000).catch((error: Error) => console.error(error.message));
    const client = new Client({ connectionString: `${SERVER_URL}/postgres` });
    await client.connect();
    try {
      await client.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
    } finally {
      await client.end();
    }
    await vhost.delete();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await stackCommand('up', env, 400_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    baseUrl: `http://127.0.0.1:${http}`,
    mailUrl: `http://127.0.0.1:${web}`,
    databaseUrl: `${SERVER_URL}/${databaseName}`,
    stop,
  };
}
