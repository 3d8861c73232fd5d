import { spawn } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { StackConfig } from './stack-config';

export interface ManagedProcess {
  name: string;
  pid: number;
  /** A word of its command line, checked before signalling so a recycled pid is never hit. */
  marker: string;
  log: string;
  /** The stack keeps running when an optional process exits (the mailer while it is young). */
  optional: boolean;
}

export interface StackState {
  startedAt: string;
  httpPort: number;
  processes: ManagedProcess[];
}

export interface ProcessSpec {
  name: string;
  command: string;
  args: string[];
  env?: Record<string, string>;
  optional?: boolean;
}

export function readState(config: StackConfig): StackState | null {
  if (!existsSync(config.stateFile)) return null;
  return JSON.parse(readFileSync(config.stateFile, 'utf8')) as StackState;
}

export function writeState(config: StackConfig, state: StackState): void {
  mkdirSync(config.dir, { recursive: true });
  writeFileSync(config.stateFile, `${JSON.stringify(state, null, 2)}\n`);
  for (const process of state.processes)
    writeFileSync(join(config.dir, `${process.name}.pid`), `${process.pid}\n`);
}

function clearState(config: StackConfig, state: StackState): void {
  for (const process of state.processes)
    rmSync(join(config.dir, `${process.name}.pid`), { force: true });
  rmSync(config.stateFile, { force: true });
}

/** True when `pid` runs and is still the process we started (its command line names `marker`). */
export function isOurs(managed: ManagedProcess): boolean {
  try {
    process.kill(managed.pid, 0);
  } catch {
    return false;
  }
  const cmdline = `/proc/${managed.pid}/cmdline`;
  if (!existsSync(cmdline)) return true; // no /proc (macOS): the pid check above is all we have
  return readFileSync(cmdline, 'utf8').split('\0').join(' ').includes(managed.marker);
}

/**
 * Starts a process in a session of its own, detached from the terminal, its output appended to
 * `<logs>/<name>.log`. Its process group holds whatever it forks (nginx's workers).
 */
export function startProcess(config: StackConfig, spec: ProcessSpec): ManagedProcess {
  mkdirSync(config.logsDir, { recursive: true });
  const log = join(config.logsDir, `${spec.name}.log`);
  const out = openSync(log, 'a');
  try {
    const child = spawn(spec.command, spec.args, {
      cwd: join(__dirname, '..', '..'),
      env: { ...config.environment, ...spec.env },
      stdio: ['ignore', out, out],
      detached: true,
    });
    if (child.pid === undefined) throw new Error(`could not start ${spec.name} (${spec.command})`);
    child.unref();
    return {
      name: spec.name,
      pid: child.pid,
      marker: spec.args.find((arg) => arg.includes('/')) ?? spec.command,
      log,
      optional: spec.optional ?? false,
    };
  } finally {
    closeSync(out);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** SIGTERM to the process group, SIGKILL after `graceMs`; resolves once it is gone. */
export async function stopProcess(managed: ManagedProcess, graceMs = 10_000): Promise<void> {
  if (!isOurs(managed)) return;
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-managed.pid, signal);
    } catch {
      try {
        process.kill(managed.pid, signal);
      } catch {
        // already gone
      }
    }
  };
  signalGroup('SIGTERM');
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    if (!isOurs(managed)) return;
    await sleep(100);
  }
  signalGroup('SIGKILL');
  while (isOurs(managed)) await sleep(50);
}

/** Stops every process of the recorded stack, newest first, then forgets it. */
export async function stopAll(
  config: StackConfig,
  state: StackState,
  say: (line: string) => void,
): Promise<void> {
  for (const managed of [...state.processes].reverse()) {
    if (isOurs(managed)) {
      say(`stopping ${managed.name} (pid ${managed.pid})`);
      await stopProcess(managed);
    }
  }
  clearState(config, state);
}

export function tail(file: string, lines = 20): string {
  if (!existsSync(file)) return '(no log)';
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}
