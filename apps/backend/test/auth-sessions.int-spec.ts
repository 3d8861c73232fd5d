import { randomBytes } from 'node:crypto';
import { AuthPurgeService } from '../src/auth/auth-purge.service';
import { logIn, refreshCookieOf, withRefreshCookie } from './support/accounts';
import { createUser, FIXTURE_PASSWORD } from './support/fixtures';
import { expectProblem } from './support/problems';
import { TestApp } from './support/test-app';

const ABSOLUTE_DAYS = 10;
const HASH = `encode(sha256($1::bytea), 'hex')`;

describe('refresh sessions: absolute lifetime and purge', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await TestApp.start({
      AUTH_REFRESH_ABSOLUTE_DAYS: String(ABSOLUTE_DAYS),
      // Small batches, so that one purge has to go round several times.
      AUTH_PURGE_BATCH_SIZE: '2',
      AUTH_RATE_LIMIT_PER_EMAIL: '1000',
      AUTH_RATE_LIMIT_PER_ACCOUNT: '1000',
      AUTH_RATE_LIMIT_PER_IP: '1000',
    });
  });
  afterAll(() => sut.close());

  async function login(): Promise<string> {
    const user = await createUser(sut);
    return (await logIn(sut, user.email, FIXTURE_PASSWORD)).refreshToken;
  }

  const refresh = (token: string) =>
    sut.request('POST', '/api/auth/refresh', { headers: withRefreshCookie(token) });

  async function rotate(token: string): Promise<string> {
    const response = await refresh(token);
    expect(response.status).toBe(200);
    return refreshCookieOf(response)!;
  }

  /** Moves the whole login the token belongs to back in time, as if it had begun `days` ago. */
  async function ageLogin(token: string, days: number): Promise<void> {
    await sut.dataSource.query(
      `UPDATE refresh_sessions
          SET created_at = created_at - make_interval(days => $2),
              family_created_at = family_created_at - make_interval(days => $2)
        WHERE family_id = (SELECT family_id FROM refresh_sessions WHERE token_hash = ${HASH})`,
      [token, days],
    );
  }

  /** For each named token, whether `table` still holds its row. */
  async function stored(
    table: 'refresh_sessions' | 'email_tokens',
    tokens: Record<string, string>,
  ): Promise<Record<string, boolean>> {
    const held = async (token: string) =>
      (await sut.dataSource.query(`SELECT 1 FROM ${table} WHERE token_hash = ${HASH}`, [token]))
        .length === 1;
    return Object.fromEntries(
      await Promise.all(
        Object.entries(tokens).map(async ([name, token]) => [name, await held(token)]),
      ),
    );
  }

  describe('absolute lifetime', () => {
    it('refuses a login older than the lifetime with 401, though its token was issued a moment ago', async () => {
      const first = await login();
      const current = await rotate(await rotate(first));
      await ageLogin(current, ABSOLUTE_DAYS + 1);

      const refused = await refresh(current);
      expectProblem(refused, 401);
      expect(refused.body.type).toBe('urn:agora:problem:invalid-refresh-token');
    });

    it('keeps rotating a younger login, however often it was refreshed', async () => {
      const current = await rotate(await rotate(await login()));
      await ageLogin(current, ABSOLUTE_DAYS - 1);

      const next = await rotate(current);
      expect(await rotate(next)).toEqual(expect.any(String));
    });
  });

  describe('purge', () => {
    async function emailToken(expiresIn: string, used: boolean): Promise<string> {
      const user = await createUser(sut);
      const token = randomBytes(32).toString('base64url');
      await sut.dataSource.query(
        `INSERT INTO email_tokens (user_id, purpose, token_hash, expires_at, used_at)
         VALUES ($2, 'reset', ${HASH}, now() + $3::interval, CASE WHEN $4 THEN now() END)`,
        [token, user.id, expiresIn, used],
      );
      return token;
    }

    it('deletes dead sessions and expired tokens, keeps live ones and what reuse detection needs', async () => {
      // Rows left over from the other tests are dead or alive by the same rules; start clean.
      await sut.get(AuthPurgeService).purge();

      const fresh = await login();
      const rotatedFirst = await login();
      const rotatedCurrent = await rotate(rotatedFirst);
      const loggedOut = await login();
      await sut.request('POST', '/api/auth/logout', { headers: withRefreshCookie(loggedOut) });
      const idleFirst = await login();
      const idleCurrent = await rotate(idleFirst);
      await sut.dataSource.query(
        `UPDATE refresh_sessions SET expires_at = now() - interval '1 second' WHERE token_hash = ${HASH}`,
        [idleCurrent],
      );
      const tooOldFirst = await login();
      const tooOldCurrent = await rotate(tooOldFirst);
      await ageLogin(tooOldCurrent, ABSOLUTE_DAYS + 1);

      const liveLink = await emailToken('1 hour', false);
      const usedLink = await emailToken('1 hour', true);
      const expiredLink = await emailToken('-1 second', false);
      const expiredUsedLink = await emailToken('-1 second', true);

      const purged = await sut.get(AuthPurgeService).purge();

      expect(purged).toEqual({ refreshSessions: 5, emailTokens: 2 });
      const sessions = {
        fresh,
        rotatedFirst,
        rotatedCurrent,
        loggedOut,
        idleFirst,
        idleCurrent,
        tooOldFirst,
        tooOldCurrent,
      };
      expect(await stored('refresh_sessions', sessions)).toEqual({
        fresh: true,
        // The used token of a login that is still alive: presenting it must still be noticed.
        rotatedFirst: true,
        rotatedCurrent: true,
        loggedOut: false,
        idleFirst: false,
        idleCurrent: false,
        tooOldFirst: false,
        tooOldCurrent: false,
      });
      const links = { liveLink, usedLink, expiredLink, expiredUsedLink };
      expect(await stored('email_tokens', links)).toEqual({
        liveLink: true,
        usedLink: true,
        expiredLink: false,
        expiredUsedLink: false,
      });

      // Reuse detection still works after the purge: the old token revokes its live successor.
      expectProblem(await refresh(rotatedFirst), 401);
      expectProblem(await refresh(rotatedCurrent), 401);
      expect(await rotate(fresh)).toEqual(expect.any(String));
    });

    it('lets several processes purge at once, each row deleted once', async () => {
      await sut.get(AuthPurgeService).purge();
      const tokens = await Promise.all([1, 2, 3, 4, 5, 6, 7].map(() => login()));
      for (const token of tokens)
        await sut.request('POST', '/api/auth/logout', { headers: withRefreshCookie(token) });

      const results = await Promise.all([1, 2, 3].map(() => sut.get(AuthPurgeService).purge()));

      const deleted = results.reduce((sum, result) => sum + result.refreshSessions, 0);
      expect(deleted).toBe(tokens.length);
      expect(
        Object.values(await stored('refresh_sessions', Object.fromEntries(tokens.entries()))),
      ).not.toContain(true);
    });
  });
});
