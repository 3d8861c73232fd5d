import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';
import { createTestDatabase, databaseUrl, dropDatabase } from './support/databases';

const ROOT = join(__dirname, '../../..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Compiling the backend from its sources takes long on a busy machine: this only bounds a hang. */
const START_TIMEOUT_MS = 240_000;

async function waitUntilUp(
  baseUrl: string,
  child: ChildProcess,
  output: () => string,
): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the backend exited:\n${output()}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the backend did not start:\n${output()}`);
}

/**
 * The real backend process, started like `npm run start:backend` but from the sources, with the
 * most verbose log level; everything it writes to stdout and stderr is kept.
 */
describe('logs of the account routes', () => {
  let child: ChildProcess;
  let databaseName: string;
  let baseUrl: string;
  let logs = '';

  beforeAll(async () => {
    databaseName = await createTestDatabase();
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    child = spawn(
      process.execPath,
      ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', 'apps/backend/src/main.ts'],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          TS_NODE_SWC: 'true',
          NODE_ENV: 'test',
          HOST: '127.0.0.1',
          PORT: String(port),
          DATABASE_URL: databaseUrl(databaseName),
          APP_URL: 'http://agora.test',
          LOG_LEVEL: 'trace',
          OUTBOX_RELAY_ENABLED: 'false',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    child.stdout!.on('data', (chunk: Buffer) => (logs += chunk.toString('utf8')));
    child.stderr!.on('data', (chunk: Buffer) => (logs += chunk.toString('utf8')));
    await waitUntilUp(baseUrl, child, () => logs);
  }, START_TIMEOUT_MS + 60_000);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    if (databaseName) await dropDatabase(databaseName);
  });

  async function call(
    method: string,
    path: string,
    options: { body?: unknown; token?: string; cookie?: string } = {},
  ) {
    const headers: Record<string, string> = {};
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.cookie) headers.cookie = `refresh_token=${options.cookie}`;
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const text = await response.text();
    const cookie = response.headers
      .getSetCookie()
      .find((value) => value.startsWith('refresh_token='));
    return {
      status: response.status,
      body:
        text && /json/.test(response.headers.get('content-type') ?? '') ? JSON.parse(text) : text,
      refreshToken: cookie?.split(';')[0].slice('refresh_token='.length),
    };
  }

  async function linkToken(routingKey: string, email: string): Promise<string> {
    const client = new Client({ connectionString: databaseUrl(databaseName) });
    await client.connect();
    try {
      const { rows } = await client.query(
        `SELECT payload FROM outbox WHERE routing_key = $1 AND payload->'data'->'recipient'->>'email' = $2
         ORDER BY created_at DESC LIMIT 1`,
        [routingKey, email],
      );
      const data = rows[0].payload.data as { verifyUrl?: string; resetUrl?: string };
      return new URL(data.verifyUrl ?? data.resetUrl ?? '').searchParams.get('token')!;
    } finally {
      await client.end();
    }
  }

  it('never contain a password, a token or a cookie', async () => {
    const email = 'log.check@example.org';
    const password = 'Secret-Password-In-Logs-1';
    const resetPassword = 'Secret-Password-In-Logs-2';
    const changedPassword = 'Secret-Password-In-Logs-3';
    const secrets: string[] = [password, resetPassword, changedPassword];

    expect(
      (
        await call('POST', '/api/auth/register', {
          body: { email, password, firstName: 'Log', lastName: 'Check' },
        })
      ).status,
    ).toBe(202);
    const verifyToken = await linkToken('account.verification-requested', email);
    secrets.push(verifyToken);
    expect((await call('POST', '/api/auth/verify', { body: { token: verifyToken } })).status).toBe(
      200,
    );
    expect((await call('POST', '/api/auth/verify', { body: { token: verifyToken } })).status).toBe(
      409,
    );
    expect(
      (await call('POST', '/api/auth/login', { body: { email, password: `${password}-wrong` } }))
        .status,
    ).toBe(401);
    secrets.push(`${password}-wrong`);

    const login = await call('POST', '/api/auth/login', { body: { email, password } });
    expect(login.status).toBe(200);
    secrets.push(login.body.accessToken, login.refreshToken!);
    expect((await call('GET', '/api/users/me', { token: login.body.accessToken })).status).toBe(
      200,
    );
    const refreshed = await call('POST', '/api/auth/refresh', { cookie: login.refreshToken });
    expect(refreshed.status).toBe(200);
    secrets.push(refreshed.body.accessToken, refreshed.refreshToken!);
    expect((await call('POST', '/api/auth/refresh', { cookie: login.refreshToken })).status).toBe(
      401,
    );

    expect((await call('POST', '/api/auth/password-reset', { body: { email } })).status).toBe(202);
    const resetToken = await linkToken('account.password-reset-requested', email);
    secrets.push(resetToken);
    expect(
      (
        await call('POST', '/api/auth/password-reset/confirm', {
          body: { token: resetToken, password: resetPassword },
        })
      ).status,
    ).toBe(204);

    const again = await call('POST', '/api/auth/login', {
      body: { email, password: resetPassword },
    });
    secrets.push(again.body.accessToken, again.refreshToken!);
    const changed = await call('POST', '/api/users/me/password', {
      token: again.body.accessToken,
      body: { currentPassword: resetPassword, newPassword: changedPassword },
    });
    expect(changed.status).toBe(204);
    expect((await call('POST', '/api/auth/logout', { cookie: again.refreshToken })).status).toBe(
      204,
    );

    // A calendar feed's secret travels in its path; the log keeps the route without it.
    const feed = await call('GET', '/api/me/calendar-feed', { token: again.body.accessToken });
    const feedPath = new URL(feed.body.url).pathname;
    secrets.push(feedPath.replace(/^\/api\/calendar\/|\.ics$/g, ''));
    expect((await call('GET', feedPath)).status).toBe(200);
    // The line is written after the response: wait for it rather than for a while.
    while (!logs.includes('/api/calendar/[redacted]')) await new Promise(setImmediate);

    // The capture works: the requests above are in it, with their credentials replaced.
    expect(logs).toContain('/api/auth/login');
    expect(logs).toContain('/api/users/me/password');
    expect(logs).toContain('[redacted]');
    for (const secret of secrets) {
      expect({ secret, found: logs.includes(secret) }).toEqual({ secret, found: false });
    }
    expect(logs).not.toContain('refresh_token=');
  });
});
