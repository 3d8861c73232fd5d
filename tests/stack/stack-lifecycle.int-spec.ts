import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Client } from 'pg';
import { rabbitmqctl, TestVhost } from '../../libs/messaging/src/testing/rabbitmq-vhost';
import { freePort, portOpen } from '../../scripts/stack/ports';
import { isOurs, StackState } from '../../scripts/stack/processes';

const ROOT = join(__dirname, '..', '..');
const SERVER_URL = process.env.TEST_DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432';

interface Run {
  code: number;
  output: string;
}

/** The stack's command line, as `npm run stack:*` runs it, with the given environment. */
function stack(
  command: 'up' | 'down' | 'seed',
  env: Record<string, string>,
  timeoutMs: number,
): Promise<Run> {
  const script =
    command === 'seed'
      ? [join(ROOT, 'scripts', 'seed-demo.ts')]
      : [join(ROOT, 'scripts', 'stack', 'cli.ts'), command];
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [
        join(ROOT, 'node_modules', 'ts-node', 'dist', 'bin.js'),
        '--swc',
        '-r',
        'tsconfig-paths/register',
        ...script,
      ],
      {
        cwd: ROOT,
        env: { ...process.env, ...env },
        timeout: timeoutMs,
        maxBuffer: 16 * 1024 * 1024,
      },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
    );
  });
}

async function withAdmin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: `${SERVER_URL}/postgres` });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

describe('the native stack (npm run stack:up / stack:down)', () => {
  const databaseName = `agora_stack_${randomBytes(4).toString('hex')}`;
  let vhost: TestVhost;
  let dir: string;
  let env: Record<string, string>;
  let ports: number[];

  // rabbitmqctl takes seconds on a busy machine (and longer right after a broker restart).
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'agora-stack-'));
    // An earlier fault test may have just restarted the broker's application.
    await rabbitmqctl('await_startup', '--timeout', '60');
    vhost = await TestVhost.create();
    ports = [];
    for (let index = 0; index < 8; index += 1) ports.push(await freePort());
    const [http, backend1, backend2, smtp, web, metrics, prometheus, inbound] = ports;
    env = {
      STACK_DIR: dir,
      HTTP_PORT: String(http),
      STACK_BACKEND_PORTS: `${backend1},${backend2}`,
      MAILDEV_SMTP_PORT: String(smtp),
      MAILDEV_WEB_PORT: String(web),
      MAILER_METRICS_PORT: String(metrics),
      MAIL_INBOUND_PORT: String(inbound),
      PROMETHEUS_PORT: String(prometheus),
      DATABASE_URL: `${SERVER_URL}/${databaseName}`,
      AMQP_URL: vhost.url,
      LOG_LEVEL: 'warn',
    };
  }, 120_000);

  afterAll(async () => {
    // Whatever happened above, nothing of this test keeps running.
    if (existsSync(join(dir, 'stack.json'))) await stack('down', env, 60_000);
    await withAdmin((client) =>
      client.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`),
    );
    await vhost?.delete();
    rmSync(dir, { recursive: true, force: true });
  }, 120_000);

  it('comes up behind nginx, is harmless when started twice, and goes down leaving no process and no port', async () => {
    const up = await stack('up', env, 240_000);
    expect(up.output).toContain(`created database ${databaseName}`);
    expect(up.output).toContain('[stack] ready');
    expect(up.code).toBe(0);

    const [http, , , , web] = ports;
    const ready = await fetch(`http://127.0.0.1:${http}/api/health/ready`);
    expect(ready.status).toBe(200);
    expect(ready.headers.get('x-content-type-options')).toBe('nosniff');
    expect(
      (await fetch(`http://127.0.0.1:${http}/some/page`)).headers.get('content-type'),
    ).toContain('text/html');
    expect(await (await fetch(`http://127.0.0.1:${web}/api/email`)).json()).toEqual([]);

    const state = JSON.parse(readFileSync(join(dir, 'stack.json'), 'utf8')) as StackState;
    expect(state.processes.map((managed) => managed.name)).toEqual(
      expect.arrayContaining(['maildev', 'backend-1', 'backend-2', 'nginx']),
    );
    expect(state.processes.filter((managed) => !managed.optional).every(isOurs)).toBe(true);

    const again = await stack('up', env, 60_000);
    expect(again.output).toContain('already running');
    expect(again.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'stack.json'), 'utf8'))).toEqual(state);

    // npm run seed:demo through the stack: real registrations, mails, verifications and invitations.
    const seed = await stack('seed', env, 120_000);
    expect(seed.output).toContain('demo.admin@agora.example  /  ');
    expect(seed.code).toBe(0);
    const login = await fetch(`http://127.0.0.1:${http}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'demo.admin@agora.example', password: 'Agora-demo-2026!' }),
    });
    expect(login.status).toBe(200);
    const { accessToken } = (await login.json()) as { accessToken: string };
    const associations = await fetch(`http://127.0.0.1:${http}/api/associations`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    expect(((await associations.json()) as { total: number }).total).toBe(3);
    const invited = async () => {
      for (let attempt = 0; attempt < 60; attempt += 1) {
        const mails = (await (await fetch(`http://127.0.0.1:${web}/api/email`)).json()) as {
          subject: string;
          to: { address: string }[];
        }[];
        const invitations = mails.filter((mail) => mail.subject.startsWith('Invitation'));
        if (invitations.some((mail) => mail.to[0].address === 'claire.martin@agora.example')) {
          return invitations.length;
        }
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      return 0;
    };
    expect(await invited()).toBeGreaterThan(0);

    const down = await stack('down', env, 60_000);
    expect(down.code).toBe(0);
    expect(state.processes.filter(isOurs).map((managed) => managed.name)).toEqual([]);
    const open: number[] = [];
    for (const port of ports) if (await portOpen(port)) open.push(port);
    expect(open).toEqual([]);
    expect(existsSync(join(dir, 'stack.json'))).toBe(false);
  }, 360_000);

  it('runs in the foreground with npm start and stops everything on Ctrl-C', async () => {
    const child = spawn(
      process.execPath,
      [
        join(ROOT, 'node_modules', 'ts-node', 'dist', 'bin.js'),
        '--swc',
        '-r',
        'tsconfig-paths/register',
        join(ROOT, 'scripts', 'stack', 'cli.ts'),
        'start',
      ],
      { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    const exited = new Promise<number | null>((resolve) =>
      child.once('exit', (code) => resolve(code)),
    );
    const started = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), 240_000);
      const listen = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Ctrl-C stops everything')) {
          clearTimeout(timer);
          resolve(true);
        }
      };
      child.stdout.on('data', listen);
      child.stderr.on('data', listen);
      void exited.then(() => resolve(false));
    });
    try {
      expect(`${await started}\n${output}`).toMatch(/^true\n/);
      const [http] = ports;
      expect((await fetch(`http://127.0.0.1:${http}/api/health/ready`)).status).toBe(200);
      const state = JSON.parse(readFileSync(join(dir, 'stack.json'), 'utf8')) as StackState;

      // What a terminal sends on Ctrl-C.
      child.kill('SIGINT');
      expect(await exited).toBe(0);
      expect(output).toContain('[stack] stopped');
      expect(state.processes.filter(isOurs).map((managed) => managed.name)).toEqual([]);
      const open: number[] = [];
      for (const port of ports) if (await portOpen(port)) open.push(port);
      expect(open).toEqual([]);
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  }, 300_000);

  it('explains what to install when PostgreSQL, RabbitMQ or nginx is missing, without a stack trace', async () => {
    const closed = await freePort();
    const run = await stack(
      'up',
      {
        ...env,
        DATABASE_URL: `postgres://postgres@127.0.0.1:${closed}/agora`,
        AMQP_URL: `amqp://guest:guest@127.0.0.1:${closed}`,
        // Only node's own folder: no nginx on this PATH.
        PATH: dirname(process.execPath),
      },
      60_000,
    );
    expect(run.code).toBe(1);
    expect(run.output).toContain('nginx is not installed');
    expect(run.output).toContain('PostgreSQL does not answer');
    expect(run.output).toContain('apt-get install postgresql');
    expect(run.output).toContain('RabbitMQ does not answer');
    expect(run.output).toContain('apt-get install rabbitmq-server');
    expect(run.output).not.toMatch(/^\s+at /m);
    expect(existsSync(join(dir, 'stack.json'))).toBe(false);
  }, 90_000);
});
