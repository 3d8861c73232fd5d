import type { Options } from 'k6/options';
import { numberFromEnv } from './lib/config.ts';
import { browseOnce, prepareBrowsing, type BrowsingData } from './lib/browsing.ts';
import { serviceLevel, summaryTrendStats } from './lib/thresholds.ts';

const baseline = numberFromEnv('BASELINE_RPS', 20);
const peak = numberFromEnv('PEAK_RPS', 300);

/**
 * A sudden burst (a newsletter went out): requests per second jump from BASELINE_RPS to PEAK_RPS
 * in ten seconds, stay there for a minute, and drop back. Arrival-rate driven, so a slow server
 * meets more concurrent requests instead of fewer.
 */
export const options: Options = {
  scenarios: {
    spike: {
      executor: 'ramping-arrival-rate',
      startRate: baseline,
      timeUnit: '1s',
      preAllocatedVUs: 50,
      maxVUs: 400,
      stages: [
        { duration: '30s', target: baseline },
        { duration: '10s', target: peak },
        { duration: '1m', target: peak },
        { duration: '10s', target: baseline },
        { duration: '1m', target: baseline },
      ],
    },
  },
  thresholds: serviceLevel,
  summaryTrendStats,
};

export function setup(): BrowsingData {
  return prepareBrowsing();
}

export default function (data: BrowsingData): void {
  browseOnce(data, 0);
}
