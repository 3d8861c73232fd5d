import { Argon2Rate } from './argon2-rate';
import { CompanionResult, OutboxLag } from './companions';
import { LoadResult, round } from './load';

/** The targets of issue 8, at 50 connections through nginx. */
export const TARGETS = { minRatioToRaw: 0.6, maxP99Ms: 25, maxErrors: 0, maxBackendRssMb: 300 };

export interface MeasuredRun extends LoadResult {
  /** Peak RSS of the largest measured process (one backend replica), MB. */
  peakRssMb?: number;
  /** Peak of the summed RSS of all measured processes (every replica), MB. */
  peakRssTotalMb?: number;
}

export interface ScenarioResult {
  name: string;
  route: string;
  app: MeasuredRun;
  raw?: MeasuredRun;
  ratioToRaw?: number;
  ratioToStatic: number;
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
): ScenarioResult {
  const ratioToRaw = raw && raw.requests.perSecond > 0 ? round(app.requests.perSecond / raw.requests.perSecond, 2) : undefined;
  const missed: string[] = [];
  if (ratioToRaw !== undefined && ratioToRaw < TARGETS.minRatioToRaw) missed.push(`req/s ${ratioToRaw} of raw (< ${TARGETS.minRatioToRaw})`);
  if (app.latencyMs.p99 > TARGETS.maxP99Ms) missed.push(`p99 ${app.latencyMs.p99} ms (> ${TARGETS.maxP99Ms})`);
  if (app.errors.total > TARGETS.maxErrors) missed.push(`${app.errors.total} errors`);
  if (app.peakRssMb !== undefined && app.peakRssMb > TARGETS.maxBackendRssMb) missed.push(`RSS ${app.peakRssMb} MB (> ${TARGETS.maxBackendRssMb})`);
  return {
    name,
    route,
    app,
    raw,
    ratioToRaw,
    ratioToStatic: round(app.requests.perSecond / Math.max(1, staticNginx.requests.perSecond), 3),
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

/** The markdown table printed at the end of a run and pasted into docs/performance.md. */
export function markdownTable(results: BenchResults): string {
  const lines = [
    '| scenario | req/s | p50 ms | p99 ms | errors | backend peak RSS MB (per replica / all) | raw req/s | raw p99 ms | app ÷ raw | app ÷ static nginx | targets |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const row of results.scenarios) {
    lines.push(
      `| ${row.name} | ${row.app.requests.perSecond} | ${row.app.latencyMs.p50} | ${row.app.latencyMs.p99} | ${row.app.errors.total} | ` +
        `${cell(row.app.peakRssMb)} / ${cell(row.app.peakRssTotalMb)} | ${cell(row.raw?.requests.perSecond)} | ${cell(row.raw?.latencyMs.p99)} | ` +
        `${cell(row.ratioToRaw)} | ${row.ratioToStatic} | ${row.missedTargets.length ? `missed: ${row.missedTargets.join('; ')}` : 'met'} |`,
    );
  }
  const { login, references } = results;
  lines.push(
    `| login | ${login.app.requests.perSecond} | ${login.app.latencyMs.p50} | ${login.app.latencyMs.p99} | ${login.app.errors.total} | ` +
      `${cell(login.app.peakRssMb)} / ${cell(login.app.peakRssTotalMb)} | argon2 ${references.argon2.hashesPerSecond} hashes/s | – | ${login.loginsPerHash} logins per hash | – | ` +
      `${login.missedTargets.length ? `missed: ${login.missedTargets.join('; ')}` : 'met'} |`,
  );
  const s = references.staticNginx;
  lines.push(`| static 1 kB (nginx) | ${s.requests.perSecond} | ${s.latencyMs.p50} | ${s.latencyMs.p99} | ${s.errors.total} | – | – | – | – | 1 | reference |`);
  const notes = [
    '',
    `${results.mode} run, ${results.startedAt}; ${results.setup.connections} connections, ${results.setup.durationSeconds} s per run ` +
      `after ${results.setup.warmupSeconds} s warm-up; data: ${results.data.users} users, ${results.data.associations} associations, ` +
      `${results.data.memberships} memberships, ${results.data.events} events; ${results.machine.cpus} × ${results.machine.cpuModel}; ` +
      `load average ${results.machine.loadAverage.atStart} at the start, ${results.machine.loadAverage.atEnd} at the end; ` +
      `log in with ${results.setup.loginConnections} connections, no warm-up.`,
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
