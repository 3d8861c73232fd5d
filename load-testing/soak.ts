import type { Options } from 'k6/options';
import { durationFromEnv, numberFromEnv } from './lib/config.ts';
import { browseOnce, prepareBrowsing, type BrowsingData } from './lib/browsing.ts';
import { serviceLevel, summaryTrendStats } from './lib/thresholds.ts';

/**
 * A steady, moderate load for a long time (DURATION, one hour by default): finds leaks, pools
 * that run dry and tables that grow. Watch the backend's memory in Grafana while it runs.
 */
export const options: Options = {
  scenarios: {
    soak: {
      executor: 'constant-vus',
      vus: numberFromEnv('VUS', 20),
      duration: durationFromEnv('DURATION', '1h'),
    },
  },
  thresholds: serviceLevel,
  summaryTrendStats,
};

export function setup(): BrowsingData {
  return prepareBrowsing();
}

export default function (data: BrowsingData): void {
  browseOnce(data, 2);
}
