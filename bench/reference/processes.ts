import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** Stops a child we started, by its pid: a polite signal first, SIGKILL if it lingers. */
export async function stopChild(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM', graceMs = 5000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

/** Runs a TypeScript entry point of this repository in a child Node process (SWC, no type-check). */
export function spawnTypeScript(entry: string, env: Record<string, string>, nodeArgs: string[] = []): ChildProcess {
  const tsNode = join(ROOT, 'node_modules', 'ts-node', 'dist', 'bin.js');
  return spawn(process.execPath, [...nodeArgs, tsNode, '--swc', '-r', 'tsconfig-paths/register', join(ROOT, entry)], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

/** Waits for the first stdout line of `child` that is JSON, e.g. `{"port":1234}`. */
export async function firstJsonLine<T>(child: ChildProcess, timeoutMs = 30_000): Promise<T> {
  if (!child.stdout) throw new Error('the child has no stdout pipe');
  const lines = createInterface({ input: child.stdout });
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error(`no start-up line within ${timeoutMs} ms`)), timeoutMs).unref(),
  );
  const exit = once(child, 'exit').then(([code]) => {
    throw new Error(`the child exited (code ${code}) before it was ready`);
  });
  const line = (async () => {
    for await (const text of lines) {
      try {
        return JSON.parse(text) as T;
      } catch {
        continue;
      }
    }
    throw new Error('stdout closed before a JSON line');
  })();
  return Promise.race([line, timeout, exit]);
}
