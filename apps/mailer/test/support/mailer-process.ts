import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../../..');

/** The mailer as its own operating-system process, so a test can SIGKILL it like a crash would. */
export class MailerProcess {
  private child?: ChildProcess;
  private exited?: Promise<void>;
  output = '';

  get pid(): number | undefined {
    return this.child?.pid;
  }

  constructor(private readonly env: Record<string, string>) {}

  start(): void {
    const child = spawn(
      join(ROOT, 'node_modules/.bin/ts-node'),
      ['--swc', '-r', 'tsconfig-paths/register', 'apps/mailer/src/main.ts'],
      { cwd: ROOT, env: { ...process.env, ...this.env }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    this.child = child;
  }

  /** Sends the signal and waits until the process is gone. */
  async kill(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    if (!this.child || this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill(signal);
    await this.exited;
  }
}
