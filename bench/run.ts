/**
 * `npm run bench` (full) and `npm run bench:smoke` (seconds, small data): load through nginx on
 * the read routes, log in and a mixed browse, measured in the same run as two references — the
 * raw node:http + pg server (same SQL) and nginx serving a static 1 kB file. Writes
 * `bench/results/<date>.json` and prints a markdown table. See docs/performance.md.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { measureArgon2 } from './lib/argon2-rate';
import { measureOutboxLag, runNpmBenchmark } from './lib/companions';
import { discoverFixtures } from './lib/fixtures';
import { LoadRequest, round, runLoad } from './lib/load';
import { runOpenLoop } from './lib/open-loop';
import { BenchResults, MeasuredRun, markdownTable, OpenLoopResult, scenarioResult, ScenarioResult, TARGETS } from './lib/report';
import { pidsListeningOn, sampleRss } from './lib/rss';
import { appRequest, loginRequest, mixedScenario, peerRequest, rawRequest, readScenarios } from './lib/scenarios';
import { BenchNginx, RAW_PREFIX, STATIC_PATH } from './reference/nginx';
import { RawReference } from './reference/raw-reference';

interface Settings {
  smoke: boolean;
  appOrigin?: string;
  backendPort?: number;
  databaseUrl: string;
  backendPids: number[];
  password: string;
  connections: number;
  loginConnections: number;
  durationSeconds: number;
  warmupSeconds: number;
  /** Smoke runs count requests rather than seconds (see `LoadOptions.requests`). */
  requestsPerRun?: number;
  /** Length of each open-loop run at its rate; smoke runs send a fixed count instead. */
  openLoopSeconds: number;
  openLoopRequests?: number;
  /** The original backend, started by whoever runs the comparison, and a token it accepts. */
  peerUrl?: string;
  peerToken?: string;
  poolSize: number;
  resultsDir: string;
}

function numberSetting(name: string, fallback: number): number {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed <= 0) throw new Error(`${name} must be a positive number, got "${value}"`);
  return parsed;
}

function settings(): Settings {
  const smoke = process.argv.includes('--smoke') || process.env.BENCH_SMOKE === '1';
  const backendPort = process.env.BENCH_BACKEND_PORT ? numberSetting('BENCH_BACKEND_PORT', 3000) : undefined;
  const appOrigin = process.env.BENCH_APP_ORIGIN || (backendPort && smoke ? undefined : 'http://127.0.0.1:8080');
  const pidList = (process.env.BENCH_BACKEND_PID ?? '').split(',').filter(Boolean).map(Number);
  // The native stack runs its backend replicas on these ports (scripts/stack/stack-config.ts).
  const backendPorts = (process.env.BENCH_BACKEND_PORTS || process.env.STACK_BACKEND_PORTS || (backendPort ? String(backendPort) : '3001,3002'))
    .split(',')
    .filter(Boolean)
    .map(Number);
  return {
    smoke,
    appOrigin,
    backendPort,
    databaseUrl: process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/agora',
    backendPids: pidList.length ? pidList : backendPorts.flatMap(pidsListeningOn),
    // The password of every account `npm run seed:bench` creates.
    password: process.env.BENCH_USER_PASSWORD || 'bench password for agora',
    connections: numberSetting('BENCH_CONNECTIONS', smoke ? 10 : 50),
    loginConnections: numberSetting('BENCH_LOGIN_CONNECTIONS', smoke ? 4 : 8),
    durationSeconds: numberSetting('BENCH_DURATION', smoke ? 1 : 20),
    warmupSeconds: numberSetting('BENCH_WARMUP', smoke ? 0.5 : 3),
    requestsPerRun: smoke ? 50 : undefined,
    openLoopSeconds: numberSetting('BENCH_OPEN_LOOP_DURATION', 10),
    openLoopRequests: smoke ? 20 : undefined,
    peerUrl: process.env.BENCH_PEER_URL || undefined,
    peerToken: process.env.BENCH_PEER_TOKEN || undefined,
    poolSize: numberSetting('BENCH_DATABASE_POOL_SIZE', 10),
    resultsDir: process.env.BENCH_RESULTS_DIR || (smoke ? join(tmpdir(), 'agora-bench') : join(__dirname, 'results')),
  };
}

function versionOf(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  return `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n')[0] ?? 'unknown';
}

async function main(): Promise<void> {
  const config = settings();
  const startedAt = new Date();
  const loadBefore = loadavg();
  const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
  const pool = new Pool({ connectionString: config.databaseUrl, max: 4 });
  // As many reference processes as the backend has replicas, so both sides may use every core.
  const replicas = Math.max(1, config.backendPids.length);
  const raws: RawReference[] = [];
  let nginx: BenchNginx | undefined;
  try {
    for (let index = 0; index < replicas; index += 1) raws.push(await RawReference.start(config.databaseUrl, config.poolSize));
    nginx = await BenchNginx.start({
      rawPorts: raws.map((raw) => raw.port),
      backendPort: config.appOrigin ? undefined : config.backendPort,
    });
    const appOrigin = config.appOrigin ?? nginx.origin;
    log(`app through ${appOrigin}; references through ${nginx.origin}; backend pids ${config.backendPids.join(',') || 'unknown'}`);

    const fixtures = await discoverFixtures(pool, appOrigin, config.password, {
      viewers: config.smoke ? 5 : 10,
      loginEmails: config.smoke ? 200 : 5000,
    });
    log(`data: ${JSON.stringify(fixtures.counts)}`);

    const measure = async (
      origin: string,
      request: LoadRequest,
      pids: number[],
      {
        durationSeconds = config.durationSeconds,
        connections = config.connections,
        requests = config.requestsPerRun,
        warmup = true,
      } = {},
    ): Promise<MeasuredRun> => {
      const load = { origin, connections, request };
      if (warmup) await runLoad({ ...load, durationSeconds: config.warmupSeconds, requests: requests && connections });
      const rss = sampleRss(pids);
      const result = await runLoad({ ...load, durationSeconds, requests });
      const peak = rss.stop();
      return { ...result, peakRssMb: peak.perProcessMb, peakRssTotalMb: peak.totalMb };
    };

    log('reference: nginx static 1 kB');
    const staticNginx = await measure(nginx.origin, { next: () => ({ path: STATIC_PATH }) }, []);

    log('reference: argon2');
    const argon2 = await measureArgon2(config.smoke ? 1 : 10);

    const scenarios: ScenarioResult[] = [];
    for (const scenario of [...readScenarios(fixtures), mixedScenario(fixtures)]) {
      log(`${scenario.name}: backend`);
      const app = await measure(appOrigin, appRequest(scenario), config.backendPids);
      log(`${scenario.name}: raw reference`);
      const rawLoad = rawRequest(scenario, RAW_PREFIX);
      const reference = await measure(nginx.origin, rawLoad, raws.map((raw) => raw.pid));
      // Half of what the backend answered with every connection busy: a load it carries with room to spare.
      const rate = Math.max(1, round(app.requests.perSecond / 2));
      const openLoopAt = (origin: string, request: LoadRequest) =>
        runOpenLoop({
          origin,
          request,
          ratePerSecond: rate,
          requests: config.openLoopRequests ?? Math.ceil(rate * config.openLoopSeconds),
          connections: config.connections,
        });
      log(`${scenario.name}: ${rate} req/s arriving steadily, backend then raw reference`);
      const openLoop: OpenLoopResult = {
        ratePerSecond: rate,
        app: await openLoopAt(appOrigin, appRequest(scenario)),
        raw: await openLoopAt(nginx.origin, rawLoad),
      };
      const peerLoad = config.peerUrl ? peerRequest(scenario, config.peerUrl, config.peerToken) : undefined;
      let peer: { path: string; run: MeasuredRun } | undefined;
      if (config.peerUrl && peerLoad) {
        log(`${scenario.name}: peer`);
        const peerOrigin = new URL(config.peerUrl).origin;
        peer = { path: peerLoad.next().path, run: await measure(peerOrigin, peerLoad, []) };
      }
      scenarios.push(scenarioResult(scenario.name, scenario.route, app, reference, staticNginx, { openLoop, peer }));
    }

    log('login');
    // A log-in is one argon2 hash (19 MiB, 2 passes): more connections than the replicas have hashing
    // threads only queue, and a warm-up would leave hashes queued into the measured window.
    const loginRun = await measure(appOrigin, loginRequest(fixtures.loginEmails, config.password), config.backendPids, {
      durationSeconds: Math.max(config.durationSeconds, config.smoke ? 5 : 20),
      requests: config.smoke ? 2 * config.loginConnections : undefined,
      connections: config.loginConnections,
      warmup: false,
    });
    const loginMissed: string[] = [];
    if (loginRun.errors.total > TARGETS.maxErrors) loginMissed.push(`${loginRun.errors.total} errors (${JSON.stringify(loginRun.statusCodes)})`);
    if (loginRun.peakRssMb !== undefined && loginRun.peakRssMb > TARGETS.maxBackendRssMb) loginMissed.push(`RSS ${loginRun.peakRssMb} MB`);

    // The bench nginx stays up: in a smoke run it is also the backend's front for the outbox lag.
    await Promise.all(raws.map((raw) => raw.stop()));

    log('mailer benchmark');
    const mailer = await runNpmBenchmark('bench:mailer', config.smoke, config.smoke ? 120 : 300);

    log('outbox lag');
    const outboxLag = fixtures.organizer
      ? await measureOutboxLag(pool, appOrigin, fixtures.organizer, config.smoke ? 8 : 50, config.smoke ? 3 : 60)
      : { ran: false as const, reason: 'no admin of an association in the data' };

    const results: BenchResults = {
      schemaVersion: 1,
      mode: config.smoke ? 'smoke' : 'full',
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? 'unknown',
        memoryGb: round(totalmem() / 1024 ** 3),
        node: process.version,
        nginx: versionOf('nginx', ['-v']),
        postgres: String((await pool.query('SHOW server_version')).rows[0].server_version),
        // Other work on the machine skews every number: the 1-minute load average says how much.
        loadAverage: { atStart: round(loadBefore[0], 2), atEnd: round(loadavg()[0], 2) },
      },
      setup: {
        appOrigin,
        backendPids: config.backendPids,
        connections: config.connections,
        loginConnections: config.loginConnections,
        rawReplicas: replicas,
        durationSeconds: config.durationSeconds,
        warmupSeconds: config.warmupSeconds,
        openLoop: config.openLoopRequests ? { requests: config.openLoopRequests } : { seconds: config.openLoopSeconds },
        peerUrl: config.peerUrl,
      },
      data: fixtures.counts,
      references: { staticNginx, argon2 },
      scenarios,
      login: { app: loginRun, loginsPerHash: round(loginRun.requests.perSecond / Math.max(0.1, argon2.hashesPerSecond), 2), missedTargets: loginMissed },
      mailer,
      outboxLag,
    };
    mkdirSync(config.resultsDir, { recursive: true });
    const file = join(config.resultsDir, `${startedAt.toISOString().replace(/:/g, '-').replace(/\.\d+Z$/, 'Z')}${config.smoke ? '.smoke' : ''}.json`);
    writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
    process.stdout.write(`${markdownTable(results)}\n\nresults: ${file}\n`);
  } finally {
    await nginx?.stop();
    await Promise.all(raws.map((raw) => raw.stop()));
    await pool.end();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`[bench] failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(1);
});
