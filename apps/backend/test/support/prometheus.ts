import { ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { waitFor } from '@app/messaging/testing/eventually';

/** The repository's monitoring folder (configuration, rules, dashboards). */
export const MONITORING_DIR = resolve(__dirname, '../../../../monitoring');

const run = promisify(execFile);

/** Runs promtool; a non-zero exit becomes an error carrying promtool's own output. */
export async function promtool(...args: string[]): Promise<string> {
  try {
    const { stdout, stderr } = await run('promtool', args, { timeout: 60_000 });
    return stdout + stderr;
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string; message: string };
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(
        'promtool is not installed: apt-get install -y --no-install-recommends prometheus',
        { cause: error },
      );
    }
    throw new Error(
      `promtool ${args.join(' ')} failed:\n${failed.stdout ?? ''}${failed.stderr ?? failed.message}`,
      { cause: error },
    );
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

export interface PrometheusSeries {
  metric: Record<string, string>;
  values: [number, string][];
}

/** A throw-away Prometheus on 127.0.0.1 with its own data folder, stopped and deleted by `stop`. */
export class PrometheusServer {
  private constructor(
    private readonly process: ChildProcess,
    private readonly dir: string,
    readonly url: string,
  ) {}

  /** `config` is the configuration text; remote write is accepted (for the k6-equivalent push). */
  static async start(config: string): Promise<PrometheusServer> {
    const dir = mkdtempSync(join(tmpdir(), 'agora-prometheus-'));
    writeFileSync(join(dir, 'prometheus.yml'), config);
    const port = await freePort();
    const child = spawn(
      'prometheus',
      [
        `--config.file=${join(dir, 'prometheus.yml')}`,
        `--storage.tsdb.path=${join(dir, 'data')}`,
        `--web.listen-address=127.0.0.1:${port}`,
        '--web.enable-remote-write-receiver',
        '--log.level=warn',
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let output = '';
    child.stderr?.on(
      'data',
      (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)),
    );
    const exited = new Promise<never>((_, reject) =>
      child.once('exit', (code) => reject(new Error(`prometheus exited with ${code}:\n${output}`))),
    );
    child.once('error', () => undefined);
    // Never outlive the test process, whatever happens to it.
    const killOnExit = () => child.kill('SIGKILL');
    process.once('exit', killOnExit);
    child.once('exit', () => process.removeListener('exit', killOnExit));
    const server = new PrometheusServer(child, dir, `http://127.0.0.1:${port}`);
    const ready = waitFor(
      () =>
        fetch(`${server.url}/-/ready`).then(
          (response) => response.status,
          () => 0,
        ),
      (status) => status === 200,
      { what: 'Prometheus to be ready', timeoutMs: 30_000, intervalMs: 100 },
    );
    try {
      await Promise.race([ready, exited]);
    } catch (error) {
      child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
      throw error;
    }
    return server;
  }

  /** `GET /api/v1/query_range`; throws with Prometheus's error for a query it refuses. */
  async queryRange(
    expr: string,
    start: Date,
    end: Date,
    stepSeconds = 1,
  ): Promise<PrometheusSeries[]> {
    const params = new URLSearchParams({
      query: expr,
      start: String(start.getTime() / 1000),
      end: String(end.getTime() / 1000),
      step: String(stepSeconds),
    });
    const response = await fetch(`${this.url}/api/v1/query_range?${params}`);
    const body = (await response.json()) as {
      status: string;
      error?: string;
      data?: { result: PrometheusSeries[] };
    };
    if (body.status !== 'success') throw new Error(`Prometheus refused ${expr}: ${body.error}`);
    return body.data?.result ?? [];
  }

  /** The health of every scrape target, by job. */
  async targets(): Promise<{ job: string; health: string; lastError: string }[]> {
    const response = await fetch(`${this.url}/api/v1/targets?state=active`);
    const body = (await response.json()) as {
      data: { activeTargets: { labels: { job: string }; health: string; lastError: string }[] };
    };
    return body.data.activeTargets.map((target) => ({ job: target.labels.job, ...target }));
  }

  async stop(): Promise<void> {
    if (this.process.exitCode === null) {
      const exited = new Promise((resolveExit) => this.process.once('exit', resolveExit));
      this.process.kill('SIGTERM');
      await exited;
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export interface DashboardPanel {
  dashboard: string;
  title: string;
  expressions: string[];
}

/** Every panel of every dashboard in monitoring/grafana/dashboards, with its PromQL. */
export function dashboardPanels(): DashboardPanel[] {
  const dir = join(MONITORING_DIR, 'grafana', 'dashboards');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .flatMap((file) => {
      const dashboard = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
        title: string;
        panels: {
          title: string;
          type: string;
          panels?: unknown[];
          targets?: { expr?: string }[];
        }[];
      };
      return dashboard.panels
        .filter((panel) => panel.type !== 'row')
        .map((panel) => ({
          dashboard: dashboard.title,
          title: panel.title,
          expressions: (panel.targets ?? []).map((target) => target.expr ?? ''),
        }));
    });
}

/**
 * Grafana's `$__rate_interval` is at least four scrape intervals; with the tests' 1 s scrapes a
 * 10 s window holds enough samples for every rate().
 */
export function withTestIntervals(expr: string): string {
  return expr
    .replaceAll('$__rate_interval', '10s')
    .replaceAll('$__interval', '1s')
    .replaceAll('$__range', '5m');
}
