import autocannon from 'autocannon';

/** One autocannon run: what a scenario row of the table is made of. */
export interface LoadResult {
  connections: number;
  durationSeconds: number;
  requests: { total: number; perSecond: number };
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  /** Connection errors and timeouts, plus every answer that was not 2xx. */
  errors: { total: number; connection: number; timeouts: number; non2xx: number };
  statusCodes: Record<string, number>;
}

export interface LoadRequest {
  method?: 'GET' | 'POST';
  /** Called for every request: returns its path (and body), so requests vary like real traffic. */
  next: () => { path: string; body?: string; headers?: Record<string, string> };
}

export interface LoadOptions {
  /** Origin only, e.g. `http://127.0.0.1:8080`. */
  origin: string;
  connections: number;
  durationSeconds: number;
  /**
   * When set, the run ends once this many requests are answered instead of after `durationSeconds`:
   * a smoke run on a busy machine then still measures something rather than an empty second.
   */
  requests?: number;
  headers?: Record<string, string>;
  request: LoadRequest;
  timeoutSeconds?: number;
}

function percentile(histogram: autocannon.Histogram, key: 'p50' | 'p90' | 'p99'): number {
  return Number(histogram[key] ?? 0);
}

/** Runs autocannon against `origin` and summarises the run. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const headers = { accept: 'application/json', ...options.headers };
  const result = await autocannon({
    url: options.origin,
    connections: options.connections,
    ...(options.requests ? { amount: options.requests } : { duration: options.durationSeconds }),
    timeout: options.timeoutSeconds ?? 10,
    headers,
    requests: [
      {
        method: options.request.method ?? 'GET',
        setupRequest: (request) => {
          const next = options.request.next();
          return {
            ...request,
            path: next.path,
            body: next.body,
            headers: { ...headers, ...(next.body ? { 'content-type': 'application/json' } : {}), ...next.headers },
          };
        },
      },
    ],
  });
  const statusCodes: Record<string, number> = {};
  for (const [code, stats] of Object.entries(result.statusCodeStats ?? {})) {
    statusCodes[code] = (stats as { count: number }).count;
  }
  const connectionErrors = Math.max(0, result.errors - result.timeouts);
  return {
    connections: options.connections,
    durationSeconds: result.duration,
    requests: { total: result.requests.total, perSecond: round(result.requests.average) },
    latencyMs: {
      p50: percentile(result.latency, 'p50'),
      p90: percentile(result.latency, 'p90'),
      p99: percentile(result.latency, 'p99'),
      max: result.latency.max,
    },
    errors: {
      total: result.errors + result.non2xx,
      connection: connectionErrors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
    },
    statusCodes,
  };
}

export function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
