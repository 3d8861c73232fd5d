import { Argon2Rate } from './argon2-rate';
import { CompanionResult, OutboxLag } from './companions';
import { LoadResult, round } from './load';

/**
 * The targets, through nginx: req/s and RSS at 50 connections kept busy, p99 at half that capacity
 * (with 50 requests always in flight, mean latency is 50 ÷ throughput whatever the code does, so
 * latency is judged at a steady arrival rate instead).
 */
export const TARGETS = { minRatioToRaw: 0.6, maxP99Ms: 25, maxErrors: 0, maxBackendRssMb: 300 };

export interface MeasuredRun extends LoadResult {
  /** Peak RSS of the largest measured process (one backend replica), MB. */
  peakRssMb?: number;
  /** Peak of the summed RSS of all measured processes (every replica), MB. */
  peakRssTotalMb?: number;
}

/** Both sides at one steady arrival rate: half of what the backend answered with 50 busy connections. */
export interface OpenLoopResult {
  ratePerSecond: number;
  app: LoadResult;
  raw?: LoadResult;
}

/** The original backend's equivalent route (`BENCH_PEER_URL`), at the same connections as the backend. */
export interface PeerResult {
  /** One of the peer's requests, to show what its route is. */
  path: string;
  run: MeasuredRun;
  /** Agora's req/s ÷ the peer's. */
  appRatio?: number;
}

export interface ScenarioResult {
  name: string;
  route: string;
  app: MeasuredRun;
  raw?: MeasuredRun;
  ratioToRaw?: number;
  ratioToStatic: number;
  openLoop?: OpenLoopResult;
  peer?: PeerResult;
  /** Every target this row misses, in words; empty when all are met. */
  missedTargets: string[];
}

export interface BenchResults {
  schemaVersion: 1;
  mode: 'full' | 'smoke';
  startedAt: string;
  finishedAt: string;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGb: number;
    node: string;
    nginx: string;
    postgres: string;
    loadAverage: { atStart: number; atEnd: number };
  };
  setup: {
    appOrigin: string;
    backendPids: number[];
    connections: number;
    loginConnections: number;
    /** Raw reference processes, one per backend replica. */
    rawReplicas: number;
    durationSeconds: number;
    warmupSeconds: number;
    /** Requests of each open-loop run: `openLoopSeconds` at the run's rate, or a fixed count in smoke mode. */
    openLoop: { seconds?: number; requests?: number };
    /** The original backend measured alongside (`BENCH_PEER_URL`), when given. */
    peerUrl?: string;
  };
  data: { users: number; associations: number; memberships: number; events: number };
  references: { staticNginx: MeasuredRun; argon2: Argon2Rate };
  scenarios: ScenarioResult[];
  login: { app: MeasuredRun; loginsPerHash: number; missedTargets: string[] };
  mailer: CompanionResult;
  outboxLag: OutboxLag | { ran: false; reason: string };
}

export function scenarioResult(
  name: string,
  route: string,
  app: MeasuredRun,
  raw: MeasuredRun | undefined,
  staticNginx: MeasuredRun,
  { openLoop, peer }: { openLoop?: OpenLoopResult; peer?: Omit<PeerResult, 'appRatio'> } = {},
): ScenarioResult {
  const ratioTo = (other?: LoadResult) =>
    other && other.requests.perSecond > 0 ? round(app.requests.perSecond / other.requests.perSecond, 2) : undefined;
  const ratioToRaw = ratioTo(raw);
  const missed: string[] = [];
  if (ratioToRaw !== undefined && ratioToRaw < TARGETS.minRatioToRaw) missed.push(`req/s ${ratioToRaw} of raw (< ${TARGETS.minRatioToRaw})`);
  const p99 = openLoop?.app.latencyMs.p99;
  if (p99 !== undefined && p99 > TARGETS.maxP99Ms) missed.push(`p99 ${p99} ms at half capacity (> ${TARGETS.maxP99Ms})`);
  const errors = app.errors.total + (openLoop?.app.errors.total ?? 0);
  if (errors > TARGETS.maxErrors) missed.push(`${errors} errors`);
  if (app.peakRssMb !== undefined && app.peakRssMb > TARGETS.maxBackendRssMb) missed.push(`RSS ${app.peakRssMb} MB (> ${TARGETS.maxBackendRssMb})`);
  return {
    name,
    route,
    app,
    raw,
    ratioToRaw,
    ratioToStatic: round(app.requests.perSecond / Math.max(1, staticNginx.requests.perSecond), 3),
    openLoop,
    peer: peer && { ...peer, appRatio: ratioTo(peer.run) },
    missedTargets: missed,
  };
}

const cell = (value: number | string | undefined) => (value === undefined ? '–' : String(value));

/** The fields `npm run bench:mailer` reports (bench/mailer.ts); anything else is shown as JSON. */
interface MailerBenchmark {
  members?: number;
  mailsDelivered?: number;
  totalSeconds?: number;
  mailsPerSecond?: number;
  mailerRssMb?: { idle?: number; peak?: number };
  outboxLagMs?: { samples?: number; p50?: number; p99?: number };
}

function mailerNote(mailer: CompanionResult): string {
  if (!mailer.ran) return `Mailer benchmark: not run (${mailer.reason}).`;
  const result = mailer.result as MailerBenchmark | undefined;
  if (mailer.exitCode !== 0 || result?.mailsPerSecond === undefined) {
    return `Mailer benchmark: exit ${mailer.exitCode}, result ${JSON.stringify(result ?? null)}.`;
  }
  const lag = result.outboxLagMs;
  return (
    `Mailer benchmark (npm run bench:mailer): ${result.mailsDelivered} mails for a ${result.members}-member event in ` +
    `${result.totalSeconds} s = ${result.mailsPerSecond} mails/s; mailer RSS peak ${result.mailerRssMb?.peak} MB` +
    (lag ? `; outbox lag on an idle system over ${lag.samples} messages: p50 ${lag.p50} ms, p99 ${lag.p99} ms.` : '.')
  );
}

const COLUMNS: Array<[string, string]> = [
  ['scenario', '---'],
  ['req/s', '---:'],
  ['p50 ms', '---:'],
  ['p99 ms', '---:'],
  ['errors', '---:'],
  ['backend peak RSS MB (per replica / all)', '---:'],
  ['raw req/s', '---:'],
  ['raw p99 ms', '---:'],
  ['app ÷ raw', '---:'],
  ['app ÷ static nginx', '---:'],
  ['½ capacity req/s', '---:'],
  ['p50 ms at ½', '---:'],
  ['p99 ms at ½', '---:'],
  ['raw p99 ms at ½', '---:'],
  ['peer req/s', '---:'],
  ['app ÷ peer', '---:'],
  ['targets', '---'],
];

const tableRow = (cells: Array<number | string | undefined>) => `| ${cells.map(cell).join(' | ')} |`;
const targetsCell = (missed: string[]) => (missed.length ? `missed: ${missed.join('; ')}` : 'met');

/** The markdown table printed at the end of a run and pasted into docs/performance.md. */
export function markdownTable(results: BenchResults): string {
  const lines = [tableRow(COLUMNS.map(([title]) => title)), tableRow(COLUMNS.map(([, align]) => align))];
  for (const row of results.scenarios) {
    const { app, raw, openLoop, peer } = row;
    lines.push(
      tableRow([
        row.name,
        app.requests.perSecond,
        app.latencyMs.p50,
        app.latencyMs.p99,
        app.errors.total,
        `${cell(app.peakRssMb)} / ${cell(app.peakRssTotalMb)}`,
        raw?.requests.perSecond,
        raw?.latencyMs.p99,
        row.ratioToRaw,
        row.ratioToStatic,
        openLoop?.ratePerSecond,
        openLoop?.app.latencyMs.p50,
        openLoop?.app.latencyMs.p99,
        openLoop?.raw?.latencyMs.p99,
        peer?.run.requests.perSecond,
        peer?.appRatio,
        targetsCell(row.missedTargets),
      ]),
    );
  }
  const { login, references } = results;
  const none = Array<undefined>(6).fill(undefined);
  lines.push(
    tableRow([
      'login',
      login.app.requests.perSecond,
      login.app.latencyMs.p50,
      login.app.latencyMs.p99,
      login.app.errors.total,
      `${cell(login.app.peakRssMb)} / ${cell(login.app.peakRssTotalMb)}`,
      `argon2 ${references.argon2.hashesPerSecond} hashes/s`,
      undefined,
      `${login.loginsPerHash} logins per hash`,
      undefined,
      ...none,
      targetsCell(login.missedTargets),
    ]),
  );
  const s = references.staticNginx;
  lines.push(
    tableRow(['static 1 kB (nginx)', s.requests.perSecond, s.latencyMs.p50, s.latencyMs.p99, s.errors.total, undefined, undefined, undefined, undefined, 1, ...none, 'reference']),
  );
  const notes = [
    '',
    `${results.mode} run, ${results.startedAt}; ${results.setup.connections} connections, ${results.setup.durationSeconds} s per run ` +
      `after ${results.setup.warmupSeconds} s warm-up; data: ${results.data.users} users, ${results.data.associations} associations, ` +
      `${results.data.memberships} memberships, ${results.data.events} events; ${results.machine.cpus} × ${results.machine.cpuModel}; ` +
      `load average ${results.machine.loadAverage.atStart} at the start, ${results.machine.loadAverage.atEnd} at the end; ` +
      `log in with ${results.setup.loginConnections} connections, no warm-up.`,
    `½ capacity: requests arriving at a steady rate of half the backend's req/s above, for ` +
      (results.setup.openLoop.requests ? `${results.setup.openLoop.requests} requests` : `${results.setup.openLoop.seconds} s`) +
      ` on each side, latency timed from each request's scheduled arrival.` +
      (results.setup.peerUrl ? ` Peer: ${results.setup.peerUrl} (bench/reference/peer-routes.ts).` : ' Peer: not measured (no BENCH_PEER_URL).'),
  ];
  const lag = results.outboxLag;
  if ('eventsCreated' in lag) {
    notes.push(
      `Outbox lag (created → published) over ${lag.eventsCreated} events: ` +
        (lag.lagMs ? `p50 ${lag.lagMs.p50} ms, p99 ${lag.lagMs.p99} ms, max ${lag.lagMs.max} ms` : 'nothing published') +
        (lag.unpublished ? `, ${lag.unpublished} not published in time` : '') + '.',
    );
  } else {
    notes.push(`Outbox lag: not measured (${lag.reason}).`);
  }
  notes.push(mailerNote(results.mailer));
  return [...lines, ...notes].join('\n');
}
