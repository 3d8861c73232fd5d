import type { Options } from 'k6/options';

/**
 * The service level every scenario is held to: 95 % of requests under 200 ms and under 1 % of
 * them failing. A scenario that misses one ends with a non-zero exit code.
 */
export const serviceLevel: NonNullable<Options['thresholds']> = {
  http_req_duration: ['p(95)<200'],
  http_req_failed: ['rate<0.01'],
  checks: ['rate>0.99'],
};

/** Trend statistics printed at the end (and sent to Prometheus as separate series). */
export const summaryTrendStats: Options['summaryTrendStats'] = ['avg', 'min', 'med', 'p(95)', 'p(99)', 'max'];
