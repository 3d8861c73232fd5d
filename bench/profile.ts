/**
 * Where a read route's time goes: starts one backend (the built `dist/apps/backend/main.js`) under
 * `node --cpu-prof` on a random port, drives one scenario straight at it with autocannon, ends it
 * so the profile is written, and prints self time by package and by function.
 *
 *   BENCH_DATABASE_URL=postgres://…/agora_perf npx ts-node --swc bench/profile.ts [scenario] [seconds]
 *
 * scenario: associations-page | associations-search | members | my-events | users-search | mixed-browse
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { discoverFixtures } from './lib/fixtures';
import { runLoad } from './lib/load';
import { freePort, waitForPort } from './lib/ports';
import { appRequest, mixedScenario, readScenarios } from './lib/scenarios';
import { profileMarkdown, summarizeProfile } from './profile/summarize';

const ROOT = join(__dirname, '..');

async function main(): Promise<void> {
  const scenarioName = process.argv[2] ?? 'mixed-browse';
  const seconds = Number(process.argv[3] ?? 15);
  const databaseUrl = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/agora';
  const password = process.env.BENCH_USER_PASSWORD || 'bench password for agora';
  const outDir = mkdtempSync(join(tmpdir(), 'agora-profile-'));
  const port = await freePort();

  const backend = spawn(
    process.execPath,
    ['--cpu-prof', `--cpu-prof-dir=${outDir}`, '-r', join(__dirname, 'profile', 'exit-on-signal.js'), join(ROOT, 'dist', 'apps', 'backend', 'main.js')],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: databaseUrl,
        OUTBOX_RELAY_ENABLED: 'false',
        AUTH_RATE_LIMIT_PER_IP: '1000000',
        AUTH_RATE_LIMIT_PER_EMAIL: '1000000',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const pool = new Pool({ connectionString: databaseUrl, max: 2 });
  try {
    await waitForPort(port, 60_000);
    const origin = `http://127.0.0.1:${port}`;
    const fixtures = await discoverFixtures(pool, origin, password, { viewers: 10, loginEmails: 1 });
    const scenario = [...readScenarios(fixtures), mixedScenario(fixtures)].find((candidate) => candidate.name === scenarioName);
    if (!scenario) throw new Error(`unknown scenario ${scenarioName}`);
    const result = await runLoad({ origin, connections: 50, durationSeconds: seconds, request: appRequest(scenario) });
    process.stderr.write(`[profile] ${scenarioName}: ${result.requests.perSecond} req/s, p99 ${result.latencyMs.p99} ms, ${result.errors.total} errors\n`);
  } finally {
    await pool.end();
    const exited = once(backend, 'exit');
    backend.kill('SIGUSR2');
    await exited;
  }
  const file = readdirSync(outDir).find((name) => name.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no profile was written in ${outDir}`);
  const summary = summarizeProfile(join(outDir, file));
  writeFileSync(join(outDir, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
  process.stdout.write(`${profileMarkdown(summary)}\n\nprofile: ${join(outDir, file)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`[profile] failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(1);
});
