import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, waitForPort } from '../lib/ports';
import { stopChild } from './processes';

export const STATIC_PATH = '/static/1k.json';
export const RAW_PREFIX = '/raw';

/** 1 024 bytes of JSON: the size of a small API answer. */
function staticBody(): string {
  const head = '{"items":[],"padding":"';
  const tail = '"}';
  return head + 'x'.repeat(1024 - head.length - tail.length) + tail;
}

export interface BenchNginxOptions {
  /** Ports of the raw reference servers (one per backend replica), balanced under `/raw/`. */
  rawPorts: number[];
  /** When set, `/api/` is proxied there too (the smoke run has no stack nginx in front of its backend). */
  backendPort?: number;
}

function renderConfig(dir: string, port: number, options: BenchNginxOptions): string {
  const proxy = (upstream: string) => `
      proxy_pass http://${upstream};
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;`;
  return `
${process.getuid?.() === 0 ? 'user root;' : ''}
worker_processes auto;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 4096; }
http {
  default_type application/json;
  access_log ${join(dir, 'access.log')} combined buffer=64k flush=1s;
  client_body_temp_path ${join(dir, 'temp', 'body')};
  proxy_temp_path ${join(dir, 'temp', 'proxy')};
  fastcgi_temp_path ${join(dir, 'temp', 'fastcgi')};
  uwsgi_temp_path ${join(dir, 'temp', 'uwsgi')};
  scgi_temp_path ${join(dir, 'temp', 'scgi')};
  sendfile on;
  keepalive_timeout 65s;
  keepalive_requests 100000;
  upstream raw_reference { ${options.rawPorts.map((rawPort) => `server 127.0.0.1:${rawPort};`).join(' ')} keepalive 32; }
  ${options.backendPort ? `upstream backend { server 127.0.0.1:${options.backendPort}; keepalive 32; }` : ''}
  server {
    listen 127.0.0.1:${port};
    location = ${STATIC_PATH} { root ${join(dir, 'www')}; }
    location ${RAW_PREFIX}/ {${proxy('raw_reference/')}
    }
    ${options.backendPort ? `location /api/ {${proxy('backend')}\n    }` : ''}
  }
}
`;
}

/**
 * The harness's own nginx: a static 1 kB file (the proxy ceiling) and the raw reference behind the
 * same kind of proxy hop as the backend. Its own prefix folder and random port; stopped by pid.
 */
export class BenchNginx {
  private constructor(
    private readonly child: ChildProcess,
    private readonly dir: string,
    readonly port: number,
  ) {}

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  static async start(options: BenchNginxOptions): Promise<BenchNginx> {
    const dir = mkdtempSync(join(tmpdir(), 'agora-bench-nginx-'));
    chmodSync(dir, 0o755);
    mkdirSync(join(dir, 'temp'), { recursive: true });
    mkdirSync(join(dir, 'www', 'static'), { recursive: true });
    writeFileSync(join(dir, 'www', STATIC_PATH), staticBody());
    const port = await freePort();
    writeFileSync(join(dir, 'nginx.conf'), renderConfig(dir, port, options));
    const args = ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')];
    const check = spawnSync('nginx', [...args, '-t'], { encoding: 'utf8' });
    if (check.status !== 0) {
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`nginx refused the bench configuration:\n${check.stderr}`);
    }
    const child = spawn('nginx', [...args, '-g', 'daemon off;'], { stdio: 'ignore' });
    const nginx = new BenchNginx(child, dir, port);
    try {
      await waitForPort(port);
    } catch (error) {
      await nginx.stop();
      throw error;
    }
    return nginx;
  }

  async stop(): Promise<void> {
    // SIGQUIT: the master lets its workers finish and exits; they all go with it.
    await stopChild(this.child, 'SIGQUIT');
    rmSync(this.dir, { recursive: true, force: true });
  }
}
