import type { Options } from 'k6/options';
import { durationFromEnv, numberFromEnv } from './lib/config.ts';
import { browseOnce, prepareBrowsing, type BrowsingData } from './lib/browsing.ts';
import { serviceLevel, summaryTrendStats } from './lib/thresholds.ts';

const peakUsers = numberFromEnv('VUS', 50);
const hold = durationFromEnv('DURATION', '5m');

/** People browsing: ramp up to VUS concurrent users, hold for DURATION, ramp down. */
export const options: Options = {
  scenarios: {
    browse: {
      executor: 'ramping-vus',
      startVUs: 0,
      stages: [
        { duration: '1m', target: peakUsers },
        { duration: hold, target: peakUsers },
        { duration: '30s', target: 0 },
      ],
      gracefulRampDown: '10s',
    },
  },
  thresholds: serviceLevel,
  summaryTrendStats,
};

export function setup(): BrowsingData {
  return prepareBrowsing();
}

export default function (data: BrowsingData): void {
  browseOnce(data, 1);
}
