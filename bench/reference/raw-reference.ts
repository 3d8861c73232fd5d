import { ChildProcess } from 'node:child_process';
import { firstJsonLine, spawnTypeScript, stopChild } from './processes';

/** The node:http + pg reference server, running in its own process like the backend does. */
export class RawReference {
  private constructor(
    private readonly child: ChildProcess,
    readonly port: number,
  ) {}

  get pid(): number {
    return this.child.pid ?? -1;
  }

  static async start(databaseUrl: string, poolSize: number): Promise<RawReference> {
    const child = spawnTypeScript('bench/reference/raw-server.ts', {
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_SIZE: String(poolSize),
      PORT: '0',
    });
    try {
      const { port } = await firstJsonLine<{ port: number }>(child);
      return new RawReference(child, port);
    } catch (error) {
      await stopChild(child);
      throw error;
    }
  }

  stop(): Promise<void> {
    return stopChild(this.child);
  }
}
