import { Agent, request as httpRequest } from 'node:http';
import { performance } from 'node:perf_hooks';
import { LoadRequest, LoadResult, round } from './load';

export interface OpenLoopOptions {
  /** Origin only, e.g. `http://127.0.0.1:8080`. */
  origin: string;
  /** Arrivals per second, spaced evenly. */
  ratePerSecond: number;
  /** The run ends once this many requests are answered (or failed): it is bounded in count. */
  requests: number;
  /** Most sockets open at once; arrivals beyond them wait, and that wait counts in their latency. */
  connections: number;
  request: LoadRequest;
  timeoutSeconds?: number;
}

// Arrivals are released by a short tick; each one is timed from its scheduled instant, not from when
// a socket took it, so a slow answer delays nobody's measurement (no coordinated omission).
const TICK_MS = 2;

function quantile(sorted: number[], q: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : 0;
}

/**
 * Latency at a fixed arrival rate: requests start on a clock, whether or not earlier ones have been
 * answered, as people arrive. autocannon's `overallRate` is not used here because it gives each
 * connection a quota per second that it spends back to back at the start of the second, which
 * measures bursts of `connections` requests rather than a steady arrival rate.
 */
export async function runOpenLoop(options: OpenLoopOptions): Promise<LoadResult> {
  const origin = new URL(options.origin);
  const timeoutMs = (options.timeoutSeconds ?? 10) * 1000;
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const intervalMs = 1000 / options.ratePerSecond;
  const latencies: number[] = [];
  const statusCodes: Record<string, number> = {};
  const errors = { connection: 0, timeouts: 0, non2xx: 0 };
  let sent = 0;
  let settled = 0;
  let ticker: NodeJS.Timeout | undefined;
  const startedAt = performance.now();

  const done = new Promise<void>((resolve) => {
    const settle = () => {
      settled += 1;
      if (settled === options.requests) resolve();
    };
    const fire = (scheduledAt: number) => {
      const next = options.request.next();
      const outgoing = httpRequest(
        {
          agent,
          host: origin.hostname,
          port: origin.port,
          method: options.request.method ?? 'GET',
          path: next.path,
          timeout: timeoutMs,
          headers: { accept: 'application/json', ...(next.body ? { 'content-type': 'application/json' } : {}), ...next.headers },
        },
        (response) => {
          response.resume();
          response.on('end', () => {
            const code = String(response.statusCode ?? 0);
            statusCodes[code] = (statusCodes[code] ?? 0) + 1;
            if (!code.startsWith('2')) errors.non2xx += 1;
            latencies.push(performance.now() - scheduledAt);
            settle();
          });
        },
      );
      outgoing.on('timeout', () => {
        errors.timeouts += 1;
        outgoing.destroy(new Error('timeout'));
      });
      outgoing.on('error', (error) => {
        if (error.message !== 'timeout') errors.connection += 1;
        settle();
      });
      outgoing.end(next.body);
    };
    ticker = setInterval(() => {
      const due = Math.min(options.requests, Math.floor((performance.now() - startedAt) / intervalMs) + 1);
      for (; sent < due; sent += 1) fire(startedAt + sent * intervalMs);
      if (sent === options.requests) clearInterval(ticker);
    }, TICK_MS);
  });
  // Bounded in time as well: whatever has not settled by the last arrival plus one timeout counts as
  // timed out, so a response that stalls mid-body cannot keep the run alive.
  let deadline: NodeJS.Timeout | undefined;
  const lastChance = new Promise<void>((resolve) => {
    deadline = setTimeout(resolve, options.requests * intervalMs + timeoutMs + 5_000);
  });
  try {
    await Promise.race([done, lastChance]);
  } finally {
    clearTimeout(deadline);
    clearInterval(ticker);
    agent.destroy();
  }
  errors.timeouts += options.requests - settled;

  const durationSeconds = (performance.now() - startedAt) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    connections: options.connections,
    durationSeconds: round(durationSeconds, 2),
    requests: { total: latencies.length, perSecond: round(latencies.length / durationSeconds) },
    latencyMs: {
      p50: round(quantile(latencies, 0.5)),
      p90: round(quantile(latencies, 0.9)),
      p99: round(quantile(latencies, 0.99)),
      max: round(latencies[latencies.length - 1] ?? 0),
    },
    errors: { total: errors.connection + errors.timeouts + errors.non2xx, ...errors },
    statusCodes,
  };
}
