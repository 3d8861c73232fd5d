import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { waitFor } from '@app/messaging/testing/eventually';
import { runOpenLoop } from '../../bench/lib/open-loop';

/** A local server on a free port that answers 200, or 503 for `/busy`, and records what it saw. */
function recordingServer() {
  const seen = { paths: [] as string[], openSockets: 0, mostOpenSockets: 0 };
  const server: Server = createServer((request, response) => {
    seen.paths.push(request.url ?? '');
    response.writeHead(request.url === '/busy' ? 503 : 200, { 'content-type': 'application/json' }).end('{}');
  });
  server.on('connection', (socket) => {
    seen.openSockets += 1;
    seen.mostOpenSockets = Math.max(seen.mostOpenSockets, seen.openSockets);
    socket.on('close', () => (seen.openSockets -= 1));
  });
  return {
    seen,
    origin: () => `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    start: () => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve)),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('open-loop load', () => {
  const server = recordingServer();
  beforeAll(() => server.start());
  afterAll(() => server.stop());
  beforeEach(async () => {
    // The previous run's sockets close after it returns; count only this run's.
    await waitFor(() => server.seen.openSockets, (open) => open === 0, { what: 'the previous sockets to close' });
    server.seen.paths.length = 0;
    server.seen.mostOpenSockets = 0;
  });

  it('sends exactly the requested count, each drawn anew, and summarises the answers', async () => {
    let drawn = 0;
    const result = await runOpenLoop({
      origin: server.origin(),
      ratePerSecond: 500,
      requests: 25,
      connections: 4,
      request: { next: () => ({ path: `/item/${(drawn += 1)}` }) },
    });
    expect(server.seen.paths).toHaveLength(25);
    expect(new Set(server.seen.paths).size).toBe(25);
    expect(result.requests.total).toBe(25);
    expect(result.statusCodes).toEqual({ '200': 25 });
    expect(result.errors).toEqual({ total: 0, connection: 0, timeouts: 0, non2xx: 0 });
    expect(result.latencyMs.p50).toBeLessThanOrEqual(result.latencyMs.p99);
    expect(result.latencyMs.p99).toBeLessThanOrEqual(result.latencyMs.max);
  });

  it('never opens more sockets than its connections: later arrivals wait for one', async () => {
    await runOpenLoop({ origin: server.origin(), ratePerSecond: 1000, requests: 30, connections: 2, request: { next: () => ({ path: '/' }) } });
    expect(server.seen.paths).toHaveLength(30);
    expect(server.seen.mostOpenSockets).toBeLessThanOrEqual(2);
  });

  it('counts answers that are not 2xx as errors', async () => {
    const result = await runOpenLoop({ origin: server.origin(), ratePerSecond: 200, requests: 5, connections: 2, request: { next: () => ({ path: '/busy' }) } });
    expect(result.statusCodes).toEqual({ '503': 5 });
    expect(result.errors).toMatchObject({ total: 5, non2xx: 5 });
  });

  it('counts refused connections as errors and still ends', async () => {
    const closed = recordingServer();
    await closed.start();
    const origin = closed.origin();
    await closed.stop();
    const result = await runOpenLoop({ origin, ratePerSecond: 200, requests: 3, connections: 1, request: { next: () => ({ path: '/' }) } });
    expect(result.requests.total).toBe(0);
    expect(result.errors).toMatchObject({ total: 3, connection: 3 });
  });
});
