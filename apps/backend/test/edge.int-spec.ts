import { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  spawnNginx,
  testNginxConfig,
  writeNativeNginxConfig,
} from '../../../scripts/stack/nginx-process';
import { freePort, portOpen, waitForPort } from '../../../scripts/stack/ports';
import { TestApp } from './support/test-app';

const INDEX_HTML =
  '<!doctype html><html><head><script type="module" src="/assets/app-3f9a1c.js"></script></head><body><div id="root"></div></body></html>';
const APP_JS = `console.log(${JSON.stringify('agora '.repeat(400))});`;

/** A stand-in for `apps/frontend/dist`: an index and one hashed asset. */
function buildFixtureDist(dir: string): string {
  const dist = join(dir, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), INDEX_HTML);
  writeFileSync(join(dist, 'assets', 'app-3f9a1c.js'), APP_JS);
  return dist;
}

/** A raw request, so a body nginx refuses part-way still yields its answer. */
function send(
  port: number,
  method: string,
  path: string,
  body?: Buffer,
  headers: Record<string, string> = {},
) {
  return new Promise<{
    status: number;
    headers: Record<string, string | string[] | undefined>;
    text: string;
  }>((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        headers: { ...headers, ...(body ? { 'content-length': body.length } : {}) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    // nginx may answer and close before the whole body is written: the answer is what counts.
    if (body) req.write(body, () => undefined);
    req.end();
  });
}

/**
 * nginx with the native stack's configuration in a fresh folder, in front of `backends`, checked
 * by `nginx -t` before it starts.
 */
async function startNginx(
  prefix: string,
  backends: TestApp[],
  authRateLimit: { perMinute: number; burst: number },
): Promise<{ dir: string; port: number; nginx: ChildProcess }> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const port = await freePort();
  writeNativeNginxConfig({
    dir,
    port,
    backendPorts: backends.map((replica) => Number(new URL(replica.baseUrl).port)),
    frontendRoot: buildFixtureDist(dir),
    authRateLimit,
  });
  const verdict = testNginxConfig(dir);
  if (!verdict.ok) throw new Error(`nginx -t refused the configuration:\n${verdict.output}`);
  const nginx = spawnNginx(dir);
  await waitForPort(port);
  return { dir, port, nginx };
}

async function stopNginx(nginx: ChildProcess | undefined): Promise<void> {
  if (nginx?.pid && nginx.exitCode === null && nginx.signalCode === null) {
    const exited = new Promise((resolve) => nginx.once('exit', resolve));
    process.kill(nginx.pid, 'SIGTERM');
    await exited;
  }
}

describe('nginx in front of the backend', () => {
  let backend: TestApp;
  let secondReplica: TestApp | undefined;
  let nginx: ChildProcess;
  let dir: string;
  let port: number;

  beforeAll(async () => {
    backend = await TestApp.start();
    secondReplica = await TestApp.start();
    ({ dir, port, nginx } = await startNginx('agora-edge-', [backend, secondReplica], {
      perMinute: 6,
      burst: 3,
    }));
  });

  afterAll(async () => {
    await stopNginx(nginx);
    await backend?.close();
    await secondReplica?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('accepts the rendered configuration (nginx -t)', () => {
    const verdict = testNginxConfig(dir);
    expect(verdict.output).toContain('syntax is ok');
    expect(verdict.ok).toBe(true);
  });

  it('answers client-side routes with the single-page app, never cached', async () => {
    const page = await send(port, 'GET', '/associations/42/events');
    expect(page.status).toBe(200);
    expect(page.text).toBe(INDEX_HTML);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.headers['cache-control']).toBe('no-cache');
  });

  it('caches hashed assets for a year, compresses them, and never falls back for a missing one', async () => {
    const asset = await send(port, 'GET', '/assets/app-3f9a1c.js', undefined, {
      'accept-encoding': 'gzip',
    });
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-encoding']).toBe('gzip');
    expect((await send(port, 'GET', '/assets/app-000000.js')).status).toBe(404);
  });

  it('proxies /api to the backend', async () => {
    const health = await send(port, 'GET', '/api/health');
    expect(health.status).toBe(200);
    expect(JSON.parse(health.text)).toMatchObject({ status: 'ok' });
    const ready = await send(port, 'GET', '/api/health/ready');
    expect(JSON.parse(ready.text).info.database.status).toBe('up');
  });

  it('answers its own errors under /api/ with problem+json, as the backend would', async () => {
    const expectEdgeProblem = (response: Awaited<ReturnType<typeof send>>, status: number) => {
      expect(response.status).toBe(status);
      expect(response.headers['content-type']).toBe('application/problem+json');
      expect(JSON.parse(response.text)).toMatchObject({
        status,
        type: expect.stringMatching(/^urn:agora:problem:/),
        title: expect.any(String),
      });
    };
    // A NUL in the path, a request line too long, headers too large: nginx refuses them itself.
    expectEdgeProblem(await send(port, 'GET', '/api/associations/%00'), 400);
    expectEdgeProblem(await send(port, 'GET', `/api/users?q=${'x'.repeat(9000)}`), 414);
    expectEdgeProblem(
      await send(port, 'GET', '/api/health', undefined, { 'x-padding': 'x'.repeat(9000) }),
      431,
    );
    // The backend's own answers pass through untouched.
    const unknown = await send(port, 'GET', '/api/no-such-route');
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.text)).toMatchObject({ instance: '/api/no-such-route' });
  });

  it('sends the security headers on pages and on API answers', async () => {
    for (const path of ['/', '/api/health']) {
      const response = await send(port, 'GET', path);
      expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(response.headers['content-security-policy']).toContain("default-src 'self'");
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      // HSTS only makes sense over TLS, which this server does not speak.
      expect(response.headers['strict-transport-security']).toBeUndefined();
      expect(response.headers.server).toBe('nginx');
    }
  });

  it('never exposes the metrics endpoint', async () => {
    // The backend itself serves /metrics; through nginx it does not exist.
    for (const path of ['/metrics', '/api/metrics', '/metrics/']) {
      const response = await send(port, 'GET', path);
      expect(response.status).toBe(404);
      expect(response.text).not.toContain('process_cpu');
    }
  });

  it('refuses a 2 MB body with 413 problem+json before it reaches the backend', async () => {
    const body = Buffer.alloc(2 * 1024 * 1024, 'a');
    const response = await send(port, 'POST', '/api/associations', body, {
      'content-type': 'application/json',
    });
    expect(response.status).toBe(413);
    expect(response.headers['content-type']).toBe('application/problem+json');
    expect(JSON.parse(response.text)).toMatchObject({ status: 413, title: 'Payload too large' });
  });

  it('passes the caller’s request id through, and makes one when there is none', async () => {
    const traced = await send(port, 'GET', '/api/nowhere', undefined, {
      'x-request-id': 'edge-trace-42',
    });
    expect(traced.headers['x-request-id']).toBe('edge-trace-42');
    expect(JSON.parse(traced.text).correlationId).toBe('edge-trace-42');

    const untraced = await send(port, 'GET', '/api/nowhere');
    // nginx's $request_id is 32 hex digits; the backend would have made a dashed UUID.
    expect(untraced.headers['x-request-id']).toMatch(/^[0-9a-f]{32}$/);
    expect(JSON.parse(untraced.text).correlationId).toBe(untraced.headers['x-request-id']);
    // nginx writes the access-log line just after answering.
    const logged = async () => {
      for (let attempt = 0; attempt < 20; attempt += 1) {
        const line = readFileSync(join(dir, 'access.log'), 'utf8')
          .split('\n')
          .find((entry) => entry.includes('/api/nowhere') && !entry.includes('edge-trace-42'));
        if (line) return line;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return '';
    };
    expect(await logged()).toContain(String(untraced.headers['x-request-id']));
  });

  it('answers a burst on /api/auth/ with 429 problem+json', async () => {
    const statuses: number[] = [];
    let limited: Awaited<ReturnType<typeof send>> | undefined;
    for (let attempt = 0; attempt < 10; attempt += 1) {
      const response = await send(port, 'POST', '/api/auth/login', Buffer.from('{}'), {
        'content-type': 'application/json',
      });
      statuses.push(response.status);
      if (response.status === 429) limited ??= response;
    }
    // The first requests reach the backend (whatever it answers); the rest are cut off at the edge.
    expect(statuses[0]).not.toBe(429);
    expect(statuses.slice(-3)).toEqual([429, 429, 429]);
    expect(limited?.headers['content-type']).toBe('application/problem+json');
    expect(limited?.headers['retry-after']).toBe('60');
    expect(JSON.parse(limited?.text ?? '{}')).toMatchObject({
      status: 429,
      type: 'urn:agora:problem:too-many-requests',
    });
    // Other API routes are not limited by the auth zone.
    expect((await send(port, 'GET', '/api/health')).status).toBe(200);
  });

  it('spreads requests over the replicas and keeps answering when one goes away', async () => {
    const upstreams = [backend, secondReplica!].map((replica) => new URL(replica.baseUrl).host);
    const requests = Array.from({ length: 20 }, () => send(port, 'GET', '/api/health'));
    expect((await Promise.all(requests)).map((response) => response.status)).toEqual(
      Array(20).fill(200),
    );
    // The access log names the replica that answered each request.
    const servedBy = async () => {
      for (let attempt = 0; attempt < 20; attempt += 1) {
        const log = readFileSync(join(dir, 'access.log'), 'utf8');
        if (upstreams.every((upstream) => log.includes(` ${upstream} `))) return upstreams;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return upstreams.filter((upstream) =>
        readFileSync(join(dir, 'access.log'), 'utf8').includes(` ${upstream} `),
      );
    };
    expect(await servedBy()).toEqual(upstreams);

    await secondReplica!.close();
    secondReplica = undefined;
    const afterLoss = [];
    for (let attempt = 0; attempt < 10; attempt += 1)
      afterLoss.push((await send(port, 'GET', '/api/health')).status);
    expect(afterLoss).toEqual(Array(10).fill(200));
  });

  it('stops on SIGTERM and frees its port', async () => {
    expect(await portOpen(port)).toBe(true);
    const exited = new Promise((resolve) => nginx.once('exit', resolve));
    process.kill(nginx.pid as number, 'SIGTERM');
    await exited;
    expect(await portOpen(port)).toBe(false);
  });
});

describe('nginx and the client address', () => {
  let backend: TestApp;
  let nginx: ChildProcess;
  let dir: string;
  let port: number;

  beforeAll(async () => {
    // The backend's per-address limit is the one under test: nginx's own is far above it.
    backend = await TestApp.start({ AUTH_RATE_LIMIT_PER_IP: '2' });
    ({ dir, port, nginx } = await startNginx('agora-edge-xff-', [backend], {
      perMinute: 10_000,
      burst: 1_000,
    }));
  });

  afterAll(async () => {
    await stopNginx(nginx);
    await backend?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('limits a client by its own address, whatever X-Forwarded-For it sends', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const body = Buffer.from(
        JSON.stringify({ email: `nobody-${attempt}@example.org`, password: 'not the password' }),
      );
      const response = await send(port, 'POST', '/api/auth/login', body, {
        'content-type': 'application/json',
        'x-forwarded-for': `203.0.113.${attempt + 1}`,
      });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([401, 401, 429]);
  });
});
