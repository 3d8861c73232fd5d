import { check, fail, group } from 'k6';
import exec from 'k6/execution';
import { Trend } from 'k6/metrics';
import type { Options } from 'k6/options';
import { apiPost, jsonOf, login } from './lib/api.ts';
import { durationFromEnv, numberFromEnv } from './lib/config.ts';
import { awaitMailTo, tokenInMail } from './lib/mail.ts';
import { serviceLevel, summaryTrendStats } from './lib/thresholds.ts';

const verificationMailDelay = new Trend('journey_verification_mail_delay', true);
const PASSWORD = 'k6-journey-password-2468';

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

function uniqueSuffix(): string {
  return `${Date.now().toString(36)}-${exec.vu.idInTest}-${exec.scenario.iterationInTest}`;
}

export default function (): void {
  const suffix = uniqueSuffix();
  const email = `k6-journey-${suffix}@agora.test`;

  group('register', () => {
    const response = apiPost(
      '/api/auth/register',
      { email, password: PASSWORD, firstName: 'Load', lastName: `Tester ${suffix}` },
      'POST /api/auth/register',
    );
    if (!check(response, { 'register: 202': (r) => r.status === 202 })) fail(`register answered ${response.status}`);
  });

  group('verify from the mail', () => {
    const sentAt = Date.now();
    const mail = awaitMailTo(email, 30);
    if (!mail) fail(`no verification mail reached ${email} within 30 s`);
    verificationMailDelay.add(Date.now() - sentAt);
    const token = tokenInMail(mail);
    if (!token) fail('the verification mail holds no token link');
    const response = apiPost('/api/auth/verify', { token }, 'POST /api/auth/verify');
    if (!check(response, { 'verify: 200': (r) => r.status === 200 })) fail(`verify answered ${response.status}`);
  });

  const session = login(email, PASSWORD);
  if (!session) fail('a freshly verified account could not log in');

  const associationId = group('create an association', () => {
    const response = apiPost(
      '/api/associations',
      { name: `k6 club ${suffix}`, description: 'Created by the k6 journey scenario.' },
      'POST /api/associations',
      session.accessToken,
    );
    const body = jsonOf<{ id: string }>(response);
    if (!check(response, { 'create association: 201': (r) => r.status === 201 }) || !body) {
      fail(`create association answered ${response.status}`);
    }
    return body.id;
  });

  group('schedule an event', () => {
    const startsAt = new Date(Date.now() + 7 * 24 * 3600 * 1000);
    const endsAt = new Date(startsAt.getTime() + 2 * 3600 * 1000);
    const response = apiPost(
      `/api/associations/${associationId}/events`,
      {
        title: 'First general assembly',
        location: 'Town hall',
        startsAt: startsAt.toISOString(),
        endsAt: endsAt.toISOString(),
        timeZone: 'Europe/Paris',
      },
      'POST /api/associations/:id/events',
      session.accessToken,
    );
    check(response, { 'create event: 201': (r) => r.status === 201 });
  });
}
