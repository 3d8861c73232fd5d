import { check } from 'k6';
import http from 'k6/http';
import type { Options } from 'k6/options';
import { BASE_URL } from './lib/config.ts';
import { prepareBrowsing, visitEveryRoute, type BrowsingData } from './lib/browsing.ts';
import { serviceLevel, summaryTrendStats } from './lib/thresholds.ts';

/** One user walking every read route a few times: is the deployment alive and answering? */
export const options: Options = {
  vus: 1,
  iterations: 5,
  thresholds: serviceLevel,
  summaryTrendStats,
};

export function setup(): BrowsingData {
  const health = http.get(`${BASE_URL}/api/health`, { tags: { name: 'GET /api/health' } });
  check(health, { 'health: 200': (r) => r.status === 200 });
  const ready = http.get(`${BASE_URL}/api/health/ready`, { tags: { name: 'GET /api/health/ready' } });
  check(ready, { 'readiness: 200': (r) => r.status === 200 });
  return prepareBrowsing();
}

export default function (data: BrowsingData): void {
  visitEveryRoute(data);
}
