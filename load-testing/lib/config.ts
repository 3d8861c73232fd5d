/**
 * Everything a scenario reads from its environment (`k6 run -e NAME=value` or the container's env).
 * Defaults fit `docker compose --profile loadtest run k6 …`, where nginx is reachable as `nginx`.
 */
function env(name: string, fallback: string): string {
  const value = __ENV[name];
  return value === undefined || value === '' ? fallback : value;
}

function envInt(name: string, fallback: number): number {
  const parsed = Number.parseInt(env(name, String(fallback)), 10);
  if (!Number.isFinite(parsed) || parsed < 0) throw new Error(`${name} must be a non-negative integer`);
  return parsed;
}

/** Where nginx answers: every request goes through it, like a browser's. */
export const BASE_URL = env('BASE_URL', 'http://nginx:8080').replace(/\/+$/, '');

/**
 * The mail catcher (maildev), whose REST API is under `<url>/api`: `MAIL_URL` in compose (maildev
 * itself, base path `/mail`), `MAILDEV_URL=http://127.0.0.1:1080` on the native stack, else
 * through nginx at `/mail`.
 */
export const MAIL_API_URL = env('MAILDEV_URL', env('MAIL_URL', `${BASE_URL}/mail`)).replace(/\/+$/, '') + '/api';

/**
 * The bench data's accounts (`npm run seed:bench`): `{n}` in the pattern is replaced by
 * 1…USER_COUNT, and they all share one password.
 */
export const SEEDED_USERS = {
  emailPattern: env('USER_EMAIL_PATTERN', 'bench-user-{n}@example.org'),
  count: envInt('USER_COUNT', 100_000),
  password: env('USER_PASSWORD', 'bench password for agora'),
};

/** How many seeded accounts `setup()` logs in; each VU borrows one of their tokens. */
export const SIGNED_IN_USERS = envInt('SIGNED_IN_USERS', 20);

export function seededEmail(n: number): string {
  return SEEDED_USERS.emailPattern.replace('{n}', String(n));
}

export function durationFromEnv(name: string, fallback: string): string {
  return env(name, fallback);
}

export function numberFromEnv(name: string, fallback: number): number {
  return envInt(name, fallback);
}
