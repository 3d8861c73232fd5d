import { group } from 'k6';
import type { Options } from 'k6/options';
import { createAssociation, scheduleEvent, signUpThroughMail, uniqueSuffix } from './lib/accounts.ts';
import { durationFromEnv, numberFromEnv } from './lib/config.ts';
import { serviceLevel, summaryTrendStats } from './lib/thresholds.ts';

/**
 * A newcomer's first visit, end to end: register, confirm the address from the mail that really
 * arrived at the catcher, log in, create an association and schedule its first event.
 * RATE journeys start per minute (the auth routes are rate limited per client IP: raise
 * AUTH_RATE_LIMIT_PER_IP on the backend for higher rates, see docs/performance.md).
 */
export const options: Options = {
  scenarios: {
    journey: {
      executor: 'constant-arrival-rate',
      rate: numberFromEnv('RATE', 6),
      timeUnit: '1m',
      duration: durationFromEnv('DURATION', '3m'),
      preAllocatedVUs: 5,
      maxVUs: 20,
    },
  },
  thresholds: {
    ...serviceLevel,
    journey_verification_mail_delay: ['p(95)<10000'],
  },
  summaryTrendStats,
};

export default function (): void {
  const suffix = `journey-${uniqueSuffix()}`;
  const session = group('register and verify from the mail', () => signUpThroughMail(suffix));
  const associationId = group('create an association', () => createAssociation(session, suffix));
  group('schedule an event', () => scheduleEvent(session, associationId));
}
