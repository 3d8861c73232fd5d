import { check, fail } from 'k6';
import http from 'k6/http';
import type { RefinedResponse, ResponseType } from 'k6/http';
import { BASE_URL, SEEDED_USERS, seededEmail } from './config.ts';

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface AssociationSummary {
  id: string;
  name: string;
  memberCount: number;
}

export interface Session {
  email: string;
  password: string;
  accessToken: string;
  userId: string;
}

interface LoginBody {
  accessToken: string;
  expiresIn: number;
  user: { id: string };
}

type Response = RefinedResponse<ResponseType | undefined>;

function headers(token?: string): Record<string, string> {
  const result: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (token) result.authorization = `Bearer ${token}`;
  return result;
}

/**
 * `name` groups the URLs of one route into one time series (`/api/associations/:id/members`),
 * so Prometheus does not get a series per association id.
 */
export function apiGet(path: string, token: string, name: string): Response {
  return http.get(`${BASE_URL}${path}`, { headers: headers(token), tags: { name } });
}

/** `expected`: the statuses that are not failures here (k6 counts every 4xx as failed otherwise). */
export function apiPost(path: string, body: unknown, name: string, token?: string, expected?: number[]): Response {
  return http.post(`${BASE_URL}${path}`, JSON.stringify(body), {
    headers: headers(token),
    tags: { name },
    ...(expected ? { responseCallback: http.expectedStatuses(...expected) } : {}),
  });
}

export function jsonOf<T>(response: Response): T | undefined {
  try {
    return response.json() as unknown as T;
  } catch {
    return undefined;
  }
}

/** Checks the status and that a list answer has the paginated shape; returns the page. */
export function expectPage<T>(response: Response, label: string): Page<T> | undefined {
  const page = response.status === 200 ? jsonOf<Page<T>>(response) : undefined;
  check(response, {
    [`${label}: 200`]: (r) => r.status === 200,
    [`${label}: a page of items`]: () => page !== undefined && Array.isArray(page.items) && typeof page.total === 'number',
  });
  return page;
}

export function login(email: string, password: string): Session | undefined {
  const response = apiPost('/api/auth/login', { email, password }, 'POST /api/auth/login');
  const body = response.status === 200 ? jsonOf<LoginBody>(response) : undefined;
  const ok = check(response, {
    'login: 200 with an access token': () => typeof body?.accessToken === 'string',
  });
  if (!ok || !body) return undefined;
  return { email, password, accessToken: body.accessToken, userId: body.user.id };
}

/**
 * Logs in `count` seeded accounts, spread over the whole range of them. Runs in `setup()`, so it
 * stays under the per-IP login rate limit however many VUs share the sessions afterwards. Answers
 * none when the first one is refused: the deployment has no bench data (`npm run seed:bench`).
 */
export function signInSeededUsers(count: number): Session[] {
  const probe = apiPost(
    '/api/auth/login',
    { email: seededEmail(1), password: SEEDED_USERS.password },
    'POST /api/auth/login',
    undefined,
    [200, 401],
  );
  if (probe.status !== 200) return [];
  const sessions: Session[] = [];
  const step = Math.max(1, Math.floor(SEEDED_USERS.count / Math.max(1, count)));
  for (let n = 1 + step; sessions.length < count - 1 && n <= SEEDED_USERS.count; n += step) {
    const session = login(seededEmail(n), SEEDED_USERS.password);
    if (session) sessions.push(session);
  }
  const first = jsonOf<LoginBody>(probe);
  if (first) sessions.unshift({ email: seededEmail(1), password: SEEDED_USERS.password, accessToken: first.accessToken, userId: first.user.id });
  return sessions;
}

let ownSession: Session | undefined;

/**
 * The session this VU uses: one of those made in `setup()`, until the access token expires; then
 * the VU logs in again with the same account and keeps that session for itself.
 */
export function sessionForVu(shared: Session[], vuId: number): Session {
  return ownSession ?? shared[vuId % shared.length];
}

export function renewSession(expired: Session): Session {
  const renewed = login(expired.email, expired.password);
  if (!renewed) fail(`could not log in again as ${expired.email}`);
  ownSession = renewed;
  return renewed;
}

/** A GET that renews the VU's session once if the access token has expired meanwhile. */
export function authedGet(path: string, session: Session, name: string): Response {
  const response = apiGet(path, session.accessToken, name);
  if (response.status !== 401) return response;
  return apiGet(path, renewSession(session).accessToken, name);
}

export function randomInt(minInclusive: number, maxInclusive: number): number {
  return minInclusive + Math.floor(Math.random() * (maxInclusive - minInclusive + 1));
}

export function pick<T>(items: readonly T[]): T {
  return items[Math.floor(Math.random() * items.length)];
}
