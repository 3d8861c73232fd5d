import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as argon2 from 'argon2';
import { databaseUrl } from '../../apps/backend/test/support/databases';
import { logIn } from '../../bench/lib/fixtures';
import { TestApp } from '../../apps/backend/test/support/test-app';

const ROOT = join(__dirname, '..', '..');
const PASSWORD = 'smoke bench password 1234';
const READ_SCENARIOS = ['associations-page', 'associations-search', 'members', 'my-events', 'users-search', 'mixed-browse'];
/** The scenarios bench/reference/peer-routes.ts maps to the original backend. */
const PEER_SCENARIOS = ['associations-page', 'members'];
/** Requests of each open-loop run in smoke mode: bounded by count, not by seconds. */
const OPEN_LOOP_REQUESTS = 20;

jest.setTimeout(240_000);

/** A small data set of the bench's shape: verified users, associations with members, upcoming events. */
async function seedSmallData(testApp: TestApp): Promise<void> {
  const hash = await argon2.hash(PASSWORD, { type: argon2.argon2id });
  const db = testApp.dataSource;
  await db.query(
    `INSERT INTO users (email, password_hash, first_name, last_name, email_verified_at)
     SELECT 'smoke-' || g || '@agora.test', $1,
            (ARRAY['Alice','Bruno','Chloé','David','Emma'])[g % 5 + 1],
            (ARRAY['Martin','Bernard','Dubois','Thomas','Robert','Richard'])[g % 6 + 1] || ' ' || g,
            now()
       FROM generate_series(1, 40) g`,
    [hash],
  );
  await db.query(
    `INSERT INTO associations (name, description)
     SELECT (ARRAY['Chess club','Rowing society','Choir','Garden friends'])[g % 4 + 1] || ' ' || g, 'Smoke data'
       FROM generate_series(1, 12) g`,
  );
  await db.query(
    `INSERT INTO memberships (association_id, user_id, role)
     SELECT a.id, u.id, CASE WHEN u.rank = 1 THEN 'admin' ELSE 'member' END
       FROM (SELECT id, row_number() OVER (ORDER BY name) AS n FROM associations) a
       JOIN (SELECT id, row_number() OVER (ORDER BY email) AS rank, row_number() OVER (ORDER BY email) AS n FROM users) u
         ON (u.n + a.n) % 4 = 0`,
  );
  await db.query(
    `INSERT INTO events (association_id, uid, title, starts_at, ends_at, time_zone)
     SELECT a.id, gen_random_uuid() || '@agora', 'Assembly ' || g,
            now() + (g || ' days')::interval, now() + (g || ' days')::interval + interval '2 hours', 'Europe/Paris'
       FROM associations a, generate_series(1, 3) g`,
  );
}

function runBenchSmoke(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    // Asynchronous on purpose: the backend under test answers from this very process.
    const child = spawn('npm', ['run', '--silent', 'bench:smoke'], { cwd: ROOT, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGTERM'), 200_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

const isMeasurement = (value: unknown) => typeof value === 'number' && Number.isFinite(value) && value >= 0;

interface RunShape {
  requests: { total: number; perSecond: number };
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  errors: Record<string, number>;
  statusCodes: Record<string, number>;
}

function expectWellFormedRun(run: RunShape, label: string): void {
  expect({ label, statusCodes: run.statusCodes }).toEqual({ label, statusCodes: { '200': run.requests.total } });
  expect(run.requests.total).toBeGreaterThan(0);
  for (const value of [run.requests.perSecond, run.latencyMs.p50, run.latencyMs.p90, run.latencyMs.p99, run.latencyMs.max]) {
    expect(isMeasurement(value)).toBe(true);
  }
  expect(run.errors).toEqual({ total: 0, connection: 0, timeouts: 0, non2xx: 0 });
}

describe('npm run bench:smoke', () => {
  let testApp: TestApp;
  let resultsDir: string;

  beforeAll(async () => {
    testApp = await TestApp.start({ AUTH_RATE_LIMIT_PER_IP: '1000000', AUTH_RATE_LIMIT_PER_EMAIL: '1000000' });
    await seedSmallData(testApp);
    resultsDir = mkdtempSync(join(tmpdir(), 'agora-bench-smoke-'));
  });

  afterAll(async () => {
    await testApp?.close();
    if (resultsDir) rmSync(resultsDir, { recursive: true, force: true });
  });

  it('measures every scenario and both references through nginx and writes a well-formed result', async () => {
    // The backend under test stands in for the original one: the peer step then runs against a real server.
    const peer = await logIn(testApp.baseUrl, 'smoke-1@agora.test', PASSWORD);
    const run = await runBenchSmoke({
      BENCH_PEER_URL: `${testApp.baseUrl}/api`,
      BENCH_PEER_TOKEN: peer.accessToken,
      BENCH_BACKEND_PORT: new URL(testApp.baseUrl).port,
      BENCH_BACKEND_PID: String(process.pid),
      BENCH_DATABASE_URL: databaseUrl(testApp.databaseName),
      BENCH_USER_PASSWORD: PASSWORD,
      BENCH_RESULTS_DIR: resultsDir,
      BENCH_MAILER: 'skip',
    });
    expect({ code: run.code, stderr: run.code === 0 ? '' : run.stderr }).toEqual({ code: 0, stderr: '' });

    const file = /^results: (.+\.smoke\.json)$/m.exec(run.stdout)?.[1];
    expect(file?.startsWith(resultsDir)).toBe(true);
    const results = JSON.parse(readFileSync(file!, 'utf8'));

    expect(results).toMatchObject({
      schemaVersion: 1,
      mode: 'smoke',
      setup: { backendPids: [process.pid], rawReplicas: 1, openLoop: { requests: OPEN_LOOP_REQUESTS }, peerUrl: `${testApp.baseUrl}/api` },
    });
    expect(results.data).toEqual({ users: 40, associations: 12, memberships: expect.any(Number), events: 36 });
    expectWellFormedRun(results.references.staticNginx, 'static nginx');
    expect(results.references.argon2.hashesPerSecond).toBeGreaterThan(0);

    expect(results.scenarios.map((row: { name: string }) => row.name)).toEqual(READ_SCENARIOS);
    for (const row of results.scenarios) {
      expectWellFormedRun(row.app, `${row.name} (backend)`);
      expectWellFormedRun(row.raw, `${row.name} (raw reference)`);
      expect(isMeasurement(row.app.peakRssMb)).toBe(true);
      expect(isMeasurement(row.ratioToRaw)).toBe(true);
      expect(isMeasurement(row.ratioToStatic)).toBe(true);
      expect(Array.isArray(row.missedTargets)).toBe(true);

      expect(row.openLoop.ratePerSecond).toBeGreaterThan(0);
      for (const side of ['app', 'raw'] as const) {
        expectWellFormedRun(row.openLoop[side], `${row.name} at half capacity (${side})`);
        expect(row.openLoop[side].requests.total).toBe(OPEN_LOOP_REQUESTS);
      }

      if (PEER_SCENARIOS.includes(row.name)) {
        expect(row.peer.path).toMatch(/^\/api\/associations/);
        expectWellFormedRun(row.peer.run, `${row.name} (peer)`);
        expect(isMeasurement(row.peer.appRatio)).toBe(true);
      } else {
        expect(row.peer).toBeUndefined();
      }
    }
    expectWellFormedRun(results.login.app, 'login');
    expect(isMeasurement(results.login.loginsPerHash)).toBe(true);

    expect(results.mailer).toEqual({ ran: false, reason: expect.stringContaining('BENCH_MAILER=skip') });
    // The relay is off in the test app: the events are created, and none is published.
    expect(results.outboxLag).toMatchObject({ eventsCreated: 8, createErrors: 0, published: 0, unpublished: 8 });

    for (const name of [...READ_SCENARIOS, 'login', 'static 1 kB (nginx)']) {
      expect(run.stdout).toContain(`| ${name} |`);
    }
    expect(run.stdout).toContain('| p99 ms at ½ |');
    expect(run.stdout).toContain('| app ÷ peer |');
  });
});
