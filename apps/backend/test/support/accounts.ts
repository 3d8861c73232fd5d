import { randomUUID } from 'node:crypto';
import type { AnyEnvelope } from '@app/contracts';
import { HttpResponse, TestApp } from './test-app';

/** A password that satisfies the policy. */
export const GOOD_PASSWORD = 'violet kettle orbit 42';

export function newEmail(prefix = 'person'): string {
  return `${prefix}-${randomUUID().slice(0, 8)}@example.org`;
}

export function registration(overrides: Record<string, unknown> = {}) {
  return {
    email: newEmail(),
    password: GOOD_PASSWORD,
    firstName: 'Ada',
    lastName: 'Lovelace',
    ...overrides,
  };
}

/** Outbox envelopes of one routing key addressed to `email`, oldest first. */
export async function outboxFor(
  testApp: TestApp,
  routingKey: string,
  email: string,
): Promise<AnyEnvelope[]> {
  const rows: Array<{ payload: AnyEnvelope }> = await testApp.dataSource.query(
    `SELECT payload FROM outbox
     WHERE routing_key = $1 AND payload->'data'->'recipient'->>'email' = $2
     ORDER BY created_at, id`,
    [routingKey, email],
  );
  return rows.map((row) => row.payload);
}

/** The `token` query parameter of the link in the newest outbox message of that kind. */
export async function tokenFromOutbox(
  testApp: TestApp,
  routingKey: string,
  email: string,
): Promise<string> {
  const messages = await outboxFor(testApp, routingKey, email);
  const last = messages.at(-1);
  if (!last) throw new Error(`no ${routingKey} message for ${email}`);
  const data = last.data as { verifyUrl?: string; resetUrl?: string; acceptUrl?: string };
  // Account links carry the token in the query; an invitation link ends with it.
  const url = new URL(data.verifyUrl ?? data.resetUrl ?? data.acceptUrl ?? '');
  const token = data.acceptUrl ? url.pathname.split('/').at(-1) : url.searchParams.get('token');
  if (!token) throw new Error('the link has no token');
  return token;
}

/** The value of the `refresh_token` cookie a response sets, or undefined. */
export function refreshCookieOf(response: HttpResponse): string | undefined {
  const header = response.headers
    .getSetCookie()
    .find((cookie) => cookie.startsWith('refresh_token='));
  return header?.split(';')[0].slice('refresh_token='.length) || undefined;
}

export function withRefreshCookie(token: string): Record<string, string> {
  return { cookie: `refresh_token=${token}` };
}

/** Registers through the API, verifies with the mailed token, and answers the credentials. */
export async function registerVerified(
  testApp: TestApp,
  overrides: Record<string, unknown> = {},
): Promise<{ email: string; password: string }> {
  const body = registration(overrides);
  const registered = await testApp.request('POST', '/api/auth/register', { body });
  if (registered.status !== 202) throw new Error(`register answered ${registered.status}`);
  const token = await tokenFromOutbox(
    testApp,
    'account.verification-requested',
    body.email as string,
  );
  const verified = await testApp.request('POST', '/api/auth/verify', { body: { token } });
  if (verified.status !== 200) throw new Error(`verify answered ${verified.status}`);
  return { email: body.email as string, password: body.password as string };
}

/** Logs in through the API and answers the access and refresh tokens. */
export async function logIn(testApp: TestApp, email: string, password: string) {
  const response = await testApp.request('POST', '/api/auth/login', { body: { email, password } });
  if (response.status !== 200) throw new Error(`login answered ${response.status}`);
  return {
    accessToken: response.body.accessToken as string,
    refreshToken: refreshCookieOf(response)!,
    response,
  };
}
