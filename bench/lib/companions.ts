import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Pool } from 'pg';
import { BenchFixtures } from './fixtures';
import { round } from './load';

const ROOT = join(__dirname, '..', '..');

export type CompanionResult =
  | { ran: false; reason: string }
  | { ran: true; exitCode: number | null; durationSeconds: number; result?: unknown; outputTail: string };

function npmScripts(): Record<string, string> {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  return manifest.scripts ?? {};
}

/** The last line of `output` that parses as a JSON object: the convention of our benchmarks. */
function lastJsonObject(output: string): unknown {
  const lines = output.trim().split('\n').reverse();
  for (const line of lines) {
    try {
      const value = JSON.parse(line) as unknown;
      if (value && typeof value === 'object') return value;
    } catch {
      continue;
    }
  }
  return undefined;
}

/**
 * Runs another team's benchmark script (`npm run <script>`) when the repository has one, bounded
 * in time, and keeps its result (its last JSON line) and the tail of what it printed.
 */
export async function runNpmBenchmark(script: string, smoke: boolean, timeoutSeconds: number): Promise<CompanionResult> {
  if (process.env.BENCH_MAILER === 'skip') return { ran: false, reason: 'skipped (BENCH_MAILER=skip)' };
  if (!npmScripts()[script]) return { ran: false, reason: `package.json has no "${script}" script yet` };
  const started = Date.now();
  const child = spawn('npm', ['run', '--silent', script, ...(smoke ? ['--', '--smoke'] : [])], {
    cwd: ROOT,
    env: { ...process.env, BENCH_SMOKE: smoke ? '1' : '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGTERM'), timeoutSeconds * 1000);
  const exitCode = await new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  clearTimeout(timer);
  return {
    ran: true,
    exitCode,
    durationSeconds: round((Date.now() - started) / 1000),
    result: lastJsonObject(output),
    outputTail: output.split('\n').slice(-30).join('\n'),
  };
}

export interface OutboxLag {
  eventsCreated: number;
  createErrors: number;
  published: number;
  unpublished: number;
  lagMs?: { p50: number; p99: number; max: number };
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/**
 * Outbox lag: creates `count` events through the API (each commits an outbox row with the event)
 * and reads, from the outbox table, how long each row waited until the relay published it. The
 * events are deleted again afterwards so repeated runs see the same data.
 */
export async function measureOutboxLag(
  pool: Pool,
  origin: string,
  organizer: NonNullable<BenchFixtures['organizer']>,
  count: number,
  waitSeconds: number,
): Promise<OutboxLag> {
  const { rows: [{ now: since }] } = await pool.query<{ now: Date }>('SELECT now()');
  const ids: string[] = [];
  let createErrors = 0;
  const createOne = async (index: number) => {
    const startsAt = new Date(Date.now() + (30 + index) * 24 * 3600 * 1000);
    const response = await fetch(`${origin}/api/associations/${organizer.associationId}/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${organizer.accessToken}` },
      body: JSON.stringify({
        title: `Bench outbox lag ${index}`,
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 3600 * 1000).toISOString(),
        timeZone: 'Europe/Paris',
      }),
    });
    const body = (await response.json().catch(() => undefined)) as { id?: string } | undefined;
    if (response.status === 201 && body?.id) ids.push(body.id);
    else createErrors += 1;
  };
  for (let index = 0; index < count; index += 4) {
    await Promise.all([0, 1, 2, 3].filter((offset) => index + offset < count).map((offset) => createOne(index + offset)));
  }

  const deadline = Date.now() + waitSeconds * 1000;
  const readLags = async () =>
    (
      await pool.query<{ lag_ms: number | null }>(
        `SELECT extract(epoch FROM (published_at - created_at)) * 1000 AS lag_ms
           FROM outbox WHERE created_at >= $1 AND routing_key = 'event.created'`,
        [since],
      )
    ).rows;
  let rows = await readLags();
  while (!(rows.length >= ids.length && rows.every((row) => row.lag_ms !== null)) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    rows = await readLags();
  }
  if (ids.length > 0) await pool.query('DELETE FROM events WHERE id = ANY($1::uuid[])', [ids]);

  const lags = rows
    .map((row) => row.lag_ms)
    .filter((lag): lag is number => lag !== null)
    .map(Number)
    .sort((a, b) => a - b);
  return {
    eventsCreated: ids.length,
    createErrors,
    published: lags.length,
    unpublished: rows.length - lags.length,
    lagMs: lags.length
      ? { p50: round(quantile(lags, 0.5)), p99: round(quantile(lags, 0.99)), max: round(lags[lags.length - 1]) }
      : undefined,
  };
}
