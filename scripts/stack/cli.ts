/**
 * The whole topology on this machine, without Docker:
 *   npm start            foreground; Ctrl-C stops everything
 *   npm run stack:up     background; returns once /api/health/ready answers through nginx
 *   npm run stack:down   stops exactly what stack:up started
 * State, pid files and logs live in `.stack/` (STACK_DIR).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILDS, frontendHasBuildScript, needsBuild, runBuild } from './builds';
import { testNginxConfig, writeNativeNginxConfig } from './nginx-process';
import { renderPrometheusConfig } from './prometheus-config';
import {
  busyPorts,
  ensureDatabase,
  missingPrerequisites,
  prometheusWanted,
  sharedBrokerProblem,
} from './preflight';
import { portOpen } from './ports';
import {
  isOurs,
  ManagedProcess,
  ProcessSpec,
  readState,
  startProcess,
  StackState,
  stopAll,
  tail,
  writeState,
} from './processes';
import { ROOT, StackConfig, StackConfigError, stackConfig } from './stack-config';

class StackError extends Error {}

const say = (line: string) => console.log(`[stack] ${line}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function answersReady(config: StackConfig): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${config.httpPort}/api/health/ready`, {
      signal: AbortSignal.timeout(2000),
    });
    return response.ok;
  } catch {
    return false;
  }
}

function runningState(config: StackConfig): StackState | null {
  const state = readState(config);
  if (!state) return null;
  const required = state.processes.filter((managed) => !managed.optional);
  return required.every(isOurs) ? state : null;
}

function migrate(config: StackConfig): void {
  say('running migrations');
  const log = join(config.logsDir, 'migrate.log');
  const result = spawnSync('npm', ['run', '--silent', 'migration:run'], {
    cwd: ROOT,
    env: config.environment,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  writeFileSync(log, `${result.stdout ?? ''}${result.stderr ?? ''}`);
  if (result.status !== 0) throw new StackError(`migrations failed (${log}):\n${tail(log)}`);
}

function buildWhatIsMissing(config: StackConfig): void {
  for (const build of BUILDS) {
    if (build.name === 'frontend' && !frontendHasBuildScript()) continue;
    if (!needsBuild(build)) continue;
    say(`building ${build.name} (${build.command.join(' ')})`);
    const log = join(config.logsDir, `build-${build.name}.log`);
    if (!runBuild(build, log)) {
      // The mailer and the front end are optional: the API runs without them.
      if (build.name === 'backend')
        throw new StackError(`the backend does not build (${log}):\n${tail(log)}`);
      say(`${build.name} did not build; continuing without it (see ${log})`);
    }
  }
}

/** A page that says the front end is not built, when it is not. */
function frontendRoot(config: StackConfig): string {
  const dist = join(ROOT, 'apps', 'frontend', 'dist');
  if (existsSync(join(dist, 'index.html'))) return dist;
  const placeholder = join(config.dir, 'frontend-placeholder');
  mkdirSync(placeholder, { recursive: true });
  writeFileSync(
    join(placeholder, 'index.html'),
    '<!doctype html><title>Agora</title><p>The front end is not built yet: run <code>npm run build:frontend</code>. ' +
      'The API answers under <a href="/api/docs">/api/docs</a>.</p>\n',
  );
  return placeholder;
}

async function start(config: StackConfig): Promise<StackState> {
  const started: ManagedProcess[] = [];
  const state: StackState = {
    startedAt: new Date().toISOString(),
    httpPort: config.httpPort,
    processes: started,
  };
  const launch = (spec: ProcessSpec) => {
    const managed = startProcess(config, spec);
    started.push(managed);
    writeState(config, state);
    return managed;
  };
  try {
    launch({
      name: 'maildev',
      command: process.execPath,
      args: [
        join(ROOT, 'node_modules', 'maildev', 'dist', 'bin', 'maildev.js'),
        '--ip',
        '127.0.0.1',
        '--web-ip',
        '127.0.0.1',
        '-s',
        String(config.mailSmtpPort),
        '-w',
        String(config.mailWebPort),
      ],
    });
    config.backendPorts.forEach((port, index) =>
      launch({
        name: `backend-${index + 1}`,
        command: process.execPath,
        args: [join(ROOT, 'dist', 'apps', 'backend', 'main.js')],
        env: { PORT: String(port) },
      }),
    );
    if (existsSync(join(ROOT, 'dist', 'apps', 'mailer', 'main.js'))) {
      launch({
        name: 'mailer',
        command: process.execPath,
        args: [join(ROOT, 'dist', 'apps', 'mailer', 'main.js')],
        optional: true,
      });
    }
    if (prometheusWanted(config)) await launchPrometheus(config, launch);
    const nginxDir = join(config.dir, 'nginx');
    writeNativeNginxConfig({
      dir: nginxDir,
      port: config.httpPort,
      backendPorts: config.backendPorts,
      frontendRoot: frontendRoot(config),
      mailUrl: `http://127.0.0.1:${config.mailWebPort}/`,
      authRateLimit: config.authRateLimit,
    });
    const verdict = testNginxConfig(nginxDir);
    if (!verdict.ok) throw new StackError(`nginx refused its configuration:\n${verdict.output}`);
    launch({
      name: 'nginx',
      command: 'nginx',
      args: [
        '-p',
        nginxDir,
        '-c',
        join(nginxDir, 'nginx.conf'),
        '-e',
        join(nginxDir, 'error.log'),
        '-g',
        'daemon off;',
      ],
    });

    const deadline = Date.now() + config.readyTimeoutSeconds * 1000;
    const reported = new Set<string>();
    while (!(await answersReady(config))) {
      for (const managed of started) {
        if (isOurs(managed) || reported.has(managed.name)) continue;
        reported.add(managed.name);
        if (!managed.optional) {
          throw new StackError(
            `${managed.name} stopped while starting (${managed.log}):\n${tail(managed.log)}`,
          );
        }
        say(`${managed.name} exited early; the rest keeps running (see ${managed.log})`);
      }
      if (Date.now() > deadline) {
        throw new StackError(
          `/api/health/ready did not answer within ${config.readyTimeoutSeconds} s; logs are in ${config.logsDir}`,
        );
      }
      await sleep(250);
    }
    return state;
  } catch (error) {
    await stopAll(config, state, say);
    throw error;
  }
}

/** Prometheus with the same jobs and alert rules as compose, scraping this machine's processes. */
async function launchPrometheus(
  config: StackConfig,
  launch: (spec: ProcessSpec) => ManagedProcess,
): Promise<void> {
  const dir = join(config.dir, 'prometheus');
  mkdirSync(join(dir, 'data'), { recursive: true });
  const file = join(dir, 'prometheus.yml');
  writeFileSync(
    file,
    renderPrometheusConfig({
      backends: config.backendPorts.map((port) => `127.0.0.1:${port}`),
      mailers: [`127.0.0.1:${config.mailerMetricsPort}`],
      // RabbitMQ's prometheus plugin, when it is enabled.
      rabbitmq: (await portOpen(15692)) ? '127.0.0.1:15692' : undefined,
      ruleFiles: [join(ROOT, 'monitoring', 'alerts.yml')],
    }),
  );
  launch({
    name: 'prometheus',
    command: 'prometheus',
    args: [
      `--config.file=${file}`,
      `--storage.tsdb.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${config.prometheus.port}`,
      '--web.enable-remote-write-receiver',
    ],
    optional: true,
  });
}

function printUrls(config: StackConfig): void {
  const base = `http://127.0.0.1:${config.httpPort}`;
  console.log(
    [
      '',
      `  Agora        ${base}`,
      `  API docs     ${base}/api/docs`,
      `  Mail         http://127.0.0.1:${config.mailWebPort}  (SMTP 127.0.0.1:${config.mailSmtpPort}; REST: GET /api/email)`,
      ...(prometheusWanted(config)
        ? [`  Prometheus   http://127.0.0.1:${config.prometheus.port}`]
        : []),
      `  Logs         ${config.logsDir}`,
      '',
    ].join('\n'),
  );
}

async function up(config: StackConfig): Promise<StackState> {
  const running = runningState(config);
  if (running) {
    if (await answersReady(config)) {
      say('already running');
      printUrls(config);
      return running;
    }
    say('a previous stack is half up; stopping it first');
    await stopAll(config, running, say);
  } else {
    const stale = readState(config);
    if (stale) await stopAll(config, stale, say);
  }

  const problems = await missingPrerequisites(config);
  if (problems.length)
    throw new StackError(
      `cannot start:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
    );
  const busy = await busyPorts(config);
  const sharedBroker = await sharedBrokerProblem(config);
  if (sharedBroker) busy.push(sharedBroker);
  if (busy.length)
    throw new StackError(`cannot start:\n${busy.map((problem) => `  - ${problem}`).join('\n')}`);

  mkdirSync(config.logsDir, { recursive: true });
  if (await ensureDatabase(config))
    say(`created database ${new URL(config.databaseUrl).pathname.slice(1)}`);
  migrate(config);
  buildWhatIsMissing(config);
  say(
    `starting maildev, backend ×${config.backendPorts.length}, mailer${prometheusWanted(config) ? ', prometheus' : ''} and nginx`,
  );
  const state = await start(config);
  say('ready');
  printUrls(config);
  return state;
}

async function down(config: StackConfig): Promise<void> {
  const state = readState(config);
  if (!state) {
    say('nothing to stop');
    return;
  }
  await stopAll(config, state, say);
  say('stopped');
}

/** `npm start`: up, follow the logs, and stop everything on Ctrl-C. */
async function foreground(config: StackConfig): Promise<void> {
  // Ctrl-C while still starting stops whatever has started so far.
  const stopEarly = () => {
    const partial = readState(config);
    void (partial ? stopAll(config, partial, say) : Promise.resolve()).then(() =>
      process.exit(130),
    );
  };
  process.once('SIGINT', stopEarly);
  process.once('SIGTERM', stopEarly);
  const state = await up(config);
  process.off('SIGINT', stopEarly);
  process.off('SIGTERM', stopEarly);
  say('Ctrl-C stops everything');
  const offsets = new Map<string, number>();
  const printNew = () => {
    for (const managed of state.processes) {
      const text = existsSync(managed.log) ? readFileSync(managed.log, 'utf8') : '';
      const from = offsets.get(managed.name) ?? text.length;
      for (const line of text.slice(from).split('\n').filter(Boolean))
        console.log(`${managed.name.padEnd(10)}| ${line}`);
      offsets.set(managed.name, text.length);
    }
  };
  printNew();
  const watcher = watch(config.logsDir, () => printNew());
  const exited = new Set<string>();
  const timer = setInterval(() => {
    for (const managed of state.processes) {
      if (!exited.has(managed.name) && !isOurs(managed)) {
        exited.add(managed.name);
        say(`${managed.name} exited (see ${managed.log})`);
      }
    }
  }, 1000);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    clearInterval(timer);
    watcher.close();
    await stopAll(config, state, say);
    say('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

async function main(): Promise<void> {
  const command = process.argv[2];
  const config = stackConfig();
  if (command === 'up') await up(config);
  else if (command === 'down') await down(config);
  else if (command === 'start') await foreground(config);
  else throw new StackError('usage: ts-node scripts/stack/cli.ts up|down|start');
}

main().catch((error: unknown) => {
  if (error instanceof StackError || error instanceof StackConfigError) {
    console.error(`[stack] ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
