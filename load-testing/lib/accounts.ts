import { check, fail } from 'k6';
import exec from 'k6/execution';
import { Trend } from 'k6/metrics';
import { apiPost, jsonOf, login, type Session } from './api.ts';
import { awaitMailTo, tokenInMail } from './mail.ts';

const PASSWORD = 'k6-journey-password-2468';

/** How long the verification mail took to reach the catcher (outbox → broker → mailer → SMTP). */
export const verificationMailDelay = new Trend('journey_verification_mail_delay', true);

export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}-${exec.vu.idInTest}-${exec.scenario.iterationInTest}`;
}

/** Registers, confirms the address from the mail that really arrived, and logs in. */
export function signUpThroughMail(suffix: string): Session {
  const email = `k6-${suffix}@agora.test`;
  const registered = apiPost(
    '/api/auth/register',
    { email, password: PASSWORD, firstName: 'Load', lastName: `Tester ${suffix}` },
    'POST /api/auth/register',
  );
  if (!check(registered, { 'register: 202': (r) => r.status === 202 })) fail(`register answered ${registered.status}`);

  const sentAt = Date.now();
  const mail = awaitMailTo(email, 30);
  if (!mail) fail(`no verification mail reached ${email} within 30 s (is the mail catcher running?)`);
  verificationMailDelay.add(Date.now() - sentAt);
  const token = tokenInMail(mail);
  if (!token) fail('the verification mail holds no token link');
  const verified = apiPost('/api/auth/verify', { token }, 'POST /api/auth/verify');
  if (!check(verified, { 'verify: 200': (r) => r.status === 200 })) fail(`verify answered ${verified.status}`);

  const session = login(email, PASSWORD);
  if (!session) fail('a freshly verified account could not log in');
  return session;
}

export function createAssociation(session: Session, suffix: string): string {
  const response = apiPost(
    '/api/associations',
    { name: `k6 club ${suffix}`, description: 'Created by a k6 scenario.' },
    'POST /api/associations',
    session.accessToken,
  );
  const body = jsonOf<{ id: string }>(response);
  if (!check(response, { 'create association: 201': (r) => r.status === 201 }) || !body) {
    fail(`create association answered ${response.status}`);
  }
  return body.id;
}

export function scheduleEvent(session: Session, associationId: string): void {
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
}
