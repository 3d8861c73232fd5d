import { parseEnvelope } from '@app/contracts';
import * as argon2 from 'argon2';
import {
  GOOD_PASSWORD,
  logIn,
  newEmail,
  outboxFor,
  refreshCookieOf,
  registerVerified,
  registration,
  tokenFromOutbox,
  withRefreshCookie,
} from './support/accounts';
import { badFields, expectProblem } from './support/problems';
import { TestApp } from './support/test-app';

const VERIFICATION = 'account.verification-requested';
const ATTEMPT = 'account.registration-attempted';

describe('accounts: the user journey', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await TestApp.start();
  });
  afterAll(() => sut.close());

  it('register → verify with the mailed token → login → /users/me → refresh → logout', async () => {
    const body = registration({
      email: '  Ada.Journey@Example.ORG ',
      birthDate: '1990-05-17',
      locale: 'fr',
    });
    const registered = await sut.request('POST', '/api/auth/register', { body });
    expect(registered.status).toBe(202);

    const [message] = await outboxFor(sut, VERIFICATION, 'ada.journey@example.org');
    expect(parseEnvelope(message)).toMatchObject({ ok: true });
    expect(message.data).toMatchObject({
      recipient: { email: 'ada.journey@example.org', name: 'Ada Lovelace', locale: 'fr' },
      verifyUrl: expect.stringMatching(/^http:\/\/agora\.test\/verify\?token=[A-Za-z0-9_-]{43}$/),
    });
    const token = await tokenFromOutbox(sut, VERIFICATION, 'ada.journey@example.org');

    const verified = await sut.request('POST', '/api/auth/verify', { body: { token } });
    expect(verified.status).toBe(200);
    expect(verified.body.email).toBe('ada.journey@example.org');

    const login = await sut.request('POST', '/api/auth/login', {
      body: { email: 'ADA.journey@example.org', password: body.password },
    });
    expect(login.status).toBe(200);
    expect(login.body).toMatchObject({
      expiresIn: 900,
      user: {
        email: 'ada.journey@example.org',
        firstName: 'Ada',
        birthDate: '1990-05-17',
        locale: 'fr',
      },
    });
    expect(login.body.user).not.toHaveProperty('passwordHash');
    const refreshToken = refreshCookieOf(login)!;
    expect(refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const me = await sut.request('GET', '/api/users/me', { token: login.body.accessToken });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ email: 'ada.journey@example.org', lastName: 'Lovelace' });

    const refreshed = await sut.request('POST', '/api/auth/refresh', {
      headers: withRefreshCookie(refreshToken),
    });
    expect(refreshed.status).toBe(200);
    const rotated = refreshCookieOf(refreshed)!;
    expect(rotated).not.toBe(refreshToken);
    expect(
      (await sut.request('GET', '/api/users/me', { token: refreshed.body.accessToken })).status,
    ).toBe(200);

    const logout = await sut.request('POST', '/api/auth/logout', {
      headers: withRefreshCookie(rotated),
    });
    expect(logout.status).toBe(204);
    expect(logout.headers.getSetCookie().join()).toMatch(
      /refresh_token=;.*Max-Age=0|refresh_token=;.*Expires=Thu, 01 Jan 1970/,
    );
    const afterLogout = await sut.request('POST', '/api/auth/refresh', {
      headers: withRefreshCookie(rotated),
    });
    expect(afterLogout.status).toBe(401);
  });
});

describe('accounts', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await TestApp.start({
      AUTH_RATE_LIMIT_PER_IP: '100000',
      AUTH_RATE_LIMIT_PER_EMAIL: '100000',
    });
  });
  afterAll(() => sut.close());

  describe('register', () => {
    it('answers a taken email with the same 202 body and mails its owner instead', async () => {
      const { email } = await registerVerified(sut, {
        firstName: 'Grace',
        lastName: 'Hopper',
        locale: 'en',
      });
      const fresh = await sut.request('POST', '/api/auth/register', { body: registration() });
      const taken = await sut.request('POST', '/api/auth/register', {
        body: registration({
          email: ` ${email.toUpperCase()} `,
          password: 'another long passphrase',
          firstName: 'Mallory',
        }),
      });
      expect(taken.status).toBe(202);
      expect(taken.body).toEqual(fresh.body);

      expect(await outboxFor(sut, VERIFICATION, email)).toHaveLength(1);
      const attempts = await outboxFor(sut, ATTEMPT, email);
      expect(attempts).toHaveLength(1);
      expect(parseEnvelope(attempts[0])).toMatchObject({ ok: true, envelope: { type: ATTEMPT } });
      expect(attempts[0].data).toEqual({
        recipient: { email, name: 'Grace Hopper', locale: 'en' },
        loginUrl: 'http://agora.test/login',
        resetUrl: 'http://agora.test/forgot-password',
      });
      // The owner's account is untouched: the old password still works, the new one does not.
      expect(
        (await sut.request('POST', '/api/auth/login', { body: { email, password: GOOD_PASSWORD } }))
          .status,
      ).toBe(200);
      expect(
        (
          await sut.request('POST', '/api/auth/login', {
            body: { email, password: 'another long passphrase' },
          })
        ).status,
      ).toBe(401);
    });

    it('writes the user, the hashed token and the verification message together', async () => {
      const body = registration();
      await sut.request('POST', '/api/auth/register', { body });
      const [row] = await sut.dataSource.query(
        `SELECT u.id, u.email_verified_at, (SELECT count(*)::int FROM email_tokens t WHERE t.user_id = u.id AND t.purpose = 'verify') AS tokens
         FROM users u WHERE u.email = $1`,
        [body.email],
      );
      expect(row).toMatchObject({ email_verified_at: null, tokens: 1 });
      const [message] = await outboxFor(sut, VERIFICATION, body.email);
      expect(parseEnvelope(message)).toMatchObject({ ok: true });
      const expiresInHours =
        (Date.parse((message.data as { expiresAt: string }).expiresAt) - Date.now()) / 3_600_000;
      expect(Math.round(expiresInHours)).toBe(48);
    });

    it('creates no user when its verification message cannot be written (one transaction)', async () => {
      await sut.dataSource.query(`
        CREATE FUNCTION refuse_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'outbox unavailable'; END $$`);
      await sut.dataSource.query(
        `CREATE TRIGGER refuse_outbox BEFORE INSERT ON outbox FOR EACH ROW EXECUTE FUNCTION refuse_outbox()`,
      );
      const body = registration();
      try {
        const response = await sut.request('POST', '/api/auth/register', { body });
        expectProblem(response, 500);
        expect(response.body.detail).not.toContain('outbox unavailable');
      } finally {
        await sut.dataSource.query(`DROP TRIGGER refuse_outbox ON outbox`);
        await sut.dataSource.query(`DROP FUNCTION refuse_outbox()`);
      }
      expect(
        await sut.dataSource.query(`SELECT 1 FROM users WHERE email = $1`, [body.email]),
      ).toHaveLength(0);
      expect(
        await sut.dataSource.query(
          `SELECT 1 FROM email_tokens t JOIN users u ON u.id = t.user_id WHERE u.email = $1`,
          [body.email],
        ),
      ).toHaveLength(0);
      // Once the outbox works again, the same address registers normally.
      expect((await sut.request('POST', '/api/auth/register', { body })).status).toBe(202);
      expect(await outboxFor(sut, VERIFICATION, body.email)).toHaveLength(1);
    });

    it('registers one account when the same address is sent twice at once', async () => {
      const email = newEmail('race');
      const responses = await Promise.all([
        sut.request('POST', '/api/auth/register', { body: registration({ email }) }),
        sut.request('POST', '/api/auth/register', {
          body: registration({ email: email.toUpperCase() }),
        }),
      ]);
      expect(responses.map((response) => response.status)).toEqual([202, 202]);
      expect(
        await sut.dataSource.query(`SELECT 1 FROM users WHERE email = $1`, [email]),
      ).toHaveLength(1);
      expect(await outboxFor(sut, VERIFICATION, email)).toHaveLength(1);
      expect(await outboxFor(sut, ATTEMPT, email)).toHaveLength(1);
    });

    it('stores an argon2id hash, never the password', async () => {
      const body = registration();
      await sut.request('POST', '/api/auth/register', { body });
      const [row] = await sut.dataSource.query(`SELECT password_hash FROM users WHERE email = $1`, [
        body.email,
      ]);
      expect(row.password_hash).toMatch(/^\$argon2id\$/);
      expect(row.password_hash).not.toContain(body.password);
    });

    it('refuses malformed JSON, missing, extra and mistyped fields', async () => {
      const malformed = await sut.request('POST', '/api/auth/register', {
        body: '{"email": "a@b.org",',
      });
      expectProblem(malformed, 400);

      const missing = await sut.request('POST', '/api/auth/register', { body: {} });
      expectProblem(missing, 400);
      expect(badFields(missing)).toEqual(['email', 'firstName', 'lastName', 'password']);

      const extra = await sut.request('POST', '/api/auth/register', {
        body: registration({ isAdmin: true }),
      });
      expectProblem(extra, 400);
      expect(badFields(extra)).toEqual(['isAdmin']);

      const mistyped = await sut.request('POST', '/api/auth/register', {
        body: {
          email: 42,
          password: ['x'],
          firstName: {},
          lastName: true,
          birthDate: 19900517,
          locale: 7,
        },
      });
      expectProblem(mistyped, 400);
      expect(badFields(mistyped)).toEqual([
        'birthDate',
        'email',
        'firstName',
        'lastName',
        'locale',
        'password',
      ]);

      const array = await sut.request('POST', '/api/auth/register', { body: [registration()] });
      expectProblem(array, 400);
    });

    it('refuses 10 kB strings in every field', async () => {
      const huge = 'x'.repeat(10_240);
      for (const field of ['email', 'password', 'firstName', 'lastName', 'birthDate', 'locale']) {
        const value = field === 'email' ? `${huge}@example.org` : huge;
        const response = await sut.request('POST', '/api/auth/register', {
          body: registration({ [field]: value }),
        });
        expectProblem(response, 400);
        expect(badFields(response)).toEqual([field]);
      }
    });

    it.each([
      'plainaddress',
      '@example.org',
      'ada@',
      'ada@@example.org',
      'ada@example',
      'ada lovelace@example.org',
      'ada@exa mple.org',
      'ada@example.org\r\nBcc: victim@example.org',
      'josé@example.org',
      '',
    ])('refuses the email %j', async (email) => {
      const response = await sut.request('POST', '/api/auth/register', {
        body: registration({ email }),
      });
      expectProblem(response, 400);
      expect(badFields(response)).toEqual(['email']);
    });

    it('refuses a name over 100 characters or with a line break, and an empty name', async () => {
      for (const firstName of ['x'.repeat(101), 'Ada\nBcc: x@example.org', '   ']) {
        const response = await sut.request('POST', '/api/auth/register', {
          body: registration({ firstName }),
        });
        expectProblem(response, 400);
        expect(badFields(response)).toEqual(['firstName']);
      }
      const longest = await sut.request('POST', '/api/auth/register', {
        body: registration({ firstName: 'x'.repeat(100) }),
      });
      expect(longest.status).toBe(202);
    });

    it.each([
      ['2027-02-30', 'must be a real calendar date'],
      ['2023-02-29', 'must be a real calendar date'],
      ['1990-13-01', 'must be a real calendar date'],
      ['3000-01-01', 'must not be in the future'],
      ['1850-06-01', 'must not be before 1900-01-01'],
      ['17/05/1990', 'must be a date written YYYY-MM-DD'],
    ])('refuses the birth date %s', async (birthDate, message) => {
      const response = await sut.request('POST', '/api/auth/register', {
        body: registration({ birthDate }),
      });
      expectProblem(response, 400);
      expect(response.body.errors).toEqual([
        { field: 'birthDate', message: `birthDate ${message}` },
      ]);
    });

    it('refuses short, overlong and common passwords without echoing them', async () => {
      const cases: [string, RegExp][] = [
        ['Xk9#mQ2!z', /at least 10 characters/],
        ['y'.repeat(129), /at most 128 characters/],
        ['password123', /most commonly used/],
        ['Qwertyuiop', /most commonly used/],
      ];
      for (const [password, message] of cases) {
        const response = await sut.request('POST', '/api/auth/register', {
          body: registration({ password }),
        });
        expectProblem(response, 400);
        expect(response.body.errors).toEqual([
          { field: 'password', message: expect.stringMatching(message) },
        ]);
        expect(JSON.stringify(response.body)).not.toContain(password);
      }
    });
  });

  describe('verify', () => {
    async function registeredToken() {
      const body = registration();
      await sut.request('POST', '/api/auth/register', { body });
      return {
        email: body.email as string,
        token: await tokenFromOutbox(sut, VERIFICATION, body.email as string),
      };
    }

    it('stores only the SHA-256 of the token', async () => {
      const { token } = await registeredToken();
      const rows = await sut.dataSource.query(
        `SELECT token_hash FROM email_tokens WHERE token_hash = encode(sha256($1::bytea), 'hex')`,
        [token],
      );
      expect(rows).toHaveLength(1);
      const leaks = await sut.dataSource.query(
        `SELECT 1 FROM email_tokens WHERE token_hash = $1 OR id::text = $1`,
        [token],
      );
      expect(leaks).toHaveLength(0);
    });

    it('accepts a link once even when it is used twice at the same moment', async () => {
      const { token } = await registeredToken();
      const statuses = await Promise.all(
        [1, 2, 3].map(
          async () => (await sut.request('POST', '/api/auth/verify', { body: { token } })).status,
        ),
      );
      expect(statuses.sort()).toEqual([200, 409, 409]);
    });

    it('verifies once; the same link again is 409', async () => {
      const { email, token } = await registeredToken();
      const first = await sut.request('POST', '/api/auth/verify', { body: { token } });
      expect(first.status).toBe(200);
      expect(first.body).toEqual({ email, emailVerifiedAt: expect.any(String) });
      const again = await sut.request('POST', '/api/auth/verify', { body: { token } });
      expectProblem(again, 409);
      expect(again.body.type).toBe('urn:agora:problem:token-already-used');
    });

    it('answers an expired token with 400 and leaves the account unverified', async () => {
      const { email, token } = await registeredToken();
      await sut.dataSource.query(
        `UPDATE email_tokens SET expires_at = now() - interval '1 second'
         WHERE user_id = (SELECT id FROM users WHERE email = $1)`,
        [email],
      );
      const response = await sut.request('POST', '/api/auth/verify', { body: { token } });
      expectProblem(response, 400);
      expect(response.body.type).toBe('urn:agora:problem:invalid-token');
      const [user] = await sut.dataSource.query(
        `SELECT email_verified_at FROM users WHERE email = $1`,
        [email],
      );
      expect(user.email_verified_at).toBeNull();
    });

    it('answers unknown and garbage tokens with 400, and wrong shapes with a validation problem', async () => {
      const { token } = await registeredToken();
      for (const garbage of [
        token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A'),
        'garbage',
        "' OR 1=1 --",
        '🔥'.repeat(50),
      ]) {
        const response = await sut.request('POST', '/api/auth/verify', {
          body: { token: garbage },
        });
        expectProblem(response, 400);
        expect(response.body.type).toBe('urn:agora:problem:invalid-token');
      }
      for (const body of [
        {},
        { token: 123 },
        { token: '' },
        { token: 'x'.repeat(10_240) },
        { token, extra: 1 },
      ]) {
        const response = await sut.request('POST', '/api/auth/verify', { body });
        expectProblem(response, 400);
        expect(response.body.type).toBe('urn:agora:problem:validation-error');
      }
    });

    it('does not accept a password-reset token', async () => {
      const { email } = await registerVerified(sut);
      await sut.request('POST', '/api/auth/password-reset', { body: { email } });
      const resetToken = await tokenFromOutbox(sut, 'account.password-reset-requested', email);
      expectProblem(
        await sut.request('POST', '/api/auth/verify', { body: { token: resetToken } }),
        400,
      );
    });
  });

  describe('resend-verification', () => {
    it('mails a new link to an unverified account only; the older link stops working', async () => {
      const body = registration();
      await sut.request('POST', '/api/auth/register', { body });
      const firstToken = await tokenFromOutbox(sut, VERIFICATION, body.email);

      const unverified = await sut.request('POST', '/api/auth/resend-verification', {
        body: { email: body.email.toUpperCase() },
      });
      const unknownEmail = newEmail();
      const unknown = await sut.request('POST', '/api/auth/resend-verification', {
        body: { email: unknownEmail },
      });
      const { email: verifiedEmail } = await registerVerified(sut);
      const verified = await sut.request('POST', '/api/auth/resend-verification', {
        body: { email: verifiedEmail },
      });
      for (const response of [unverified, unknown, verified]) {
        expect(response.status).toBe(202);
        expect(response.body).toEqual(unverified.body);
      }

      expect(await outboxFor(sut, VERIFICATION, body.email)).toHaveLength(2);
      expect(await outboxFor(sut, VERIFICATION, verifiedEmail)).toHaveLength(1);
      expect(await outboxFor(sut, VERIFICATION, unknownEmail)).toHaveLength(0);

      expectProblem(
        await sut.request('POST', '/api/auth/verify', { body: { token: firstToken } }),
        400,
      );
      const secondToken = await tokenFromOutbox(sut, VERIFICATION, body.email);
      expect(
        (await sut.request('POST', '/api/auth/verify', { body: { token: secondToken } })).status,
      ).toBe(200);
    });

    it('validates the email', async () => {
      expectProblem(
        await sut.request('POST', '/api/auth/resend-verification', { body: { email: 'nope' } }),
        400,
      );
      expectProblem(await sut.request('POST', '/api/auth/resend-verification', { body: {} }), 400);
    });
  });

  describe('login', () => {
    it('sets the refresh cookie HttpOnly, SameSite=Strict, Path=/api/auth, not Secure over http', async () => {
      const { email, password } = await registerVerified(sut);
      const { response } = await logIn(sut, email, password);
      const cookie = response.headers
        .getSetCookie()
        .find((header) => header.startsWith('refresh_token='))!;
      const attributes = cookie
        .split(';')
        .slice(1)
        .map((part) => part.trim().toLowerCase());
      expect(attributes).toEqual(
        expect.arrayContaining([
          'httponly',
          'samesite=strict',
          'path=/api/auth',
          `max-age=${30 * 86_400}`,
        ]),
      );
      expect(attributes).not.toContain('secure');
      expect(JSON.stringify(response.body)).not.toContain(refreshCookieOf(response)!);
    });

    it('answers a wrong password and an unknown email with the same 401', async () => {
      const { email } = await registerVerified(sut);
      const wrong = await sut.request('POST', '/api/auth/login', {
        body: { email, password: 'not the right one' },
      });
      const unknown = await sut.request('POST', '/api/auth/login', {
        body: { email: newEmail(), password: 'not the right one' },
      });
      for (const response of [wrong, unknown]) {
        expectProblem(response, 401);
        expect(response.headers.getSetCookie()).toEqual([]);
      }
      const strip = ({ correlationId: _c, ...rest }: Record<string, unknown>) => rest;
      expect(strip(wrong.body)).toEqual(strip(unknown.body));
    });

    it('hashes an account made with older argon2 parameters again at its next login', async () => {
      const { email, password } = await registerVerified(sut);
      const older = await argon2.hash(password, { type: argon2.argon2id });
      await sut.dataSource.query(`UPDATE users SET password_hash = $2 WHERE email = $1`, [
        email,
        older,
      ]);
      const storedHash = async () =>
        (await sut.dataSource.query(`SELECT password_hash FROM users WHERE email = $1`, [email]))[0]
          .password_hash as string;

      expectProblem(
        await sut.request('POST', '/api/auth/login', {
          body: { email, password: 'not the right one' },
        }),
        401,
      );
      expect(await storedHash()).toBe(older);

      expect(
        (await sut.request('POST', '/api/auth/login', { body: { email, password } })).status,
      ).toBe(200);
      const upgraded = await storedHash();
      expect(upgraded).not.toBe(older);
      expect(upgraded).toContain('m=19456');
      expect(await argon2.verify(upgraded, password)).toBe(true);
    });

    it('refuses an unverified account with 403 after a correct password only', async () => {
      const body = registration();
      await sut.request('POST', '/api/auth/register', { body });
      const correct = await sut.request('POST', '/api/auth/login', {
        body: { email: body.email, password: body.password },
      });
      expectProblem(correct, 403);
      expect(correct.body.type).toBe('urn:agora:problem:email-not-verified');
      expect(correct.headers.getSetCookie()).toEqual([]);
      expectProblem(
        await sut.request('POST', '/api/auth/login', {
          body: { email: body.email, password: 'wrong password!' },
        }),
        401,
      );
    });

    it('validates the body', async () => {
      const cases: unknown[] = [
        '{not json',
        {},
        { email: 'ada@example.org' },
        { email: 'ada@example.org', password: 12345678901 },
        { email: 'not-an-email', password: 'whatever123' },
        { email: 'ada@example.org', password: 'whatever123', remember: true },
        { email: 'ada@example.org', password: 'p'.repeat(10_240) },
      ];
      for (const body of cases)
        expectProblem(await sut.request('POST', '/api/auth/login', { body }), 400);
    });

    it('answers a 2 MB body with 413 problem+json', async () => {
      const body = JSON.stringify({
        email: 'ada@example.org',
        password: 'x'.repeat(2 * 1024 * 1024),
      });
      const response = await sut.request('POST', '/api/auth/login', { body });
      expectProblem(response, 413);
    });
  });

  describe('refresh and logout', () => {
    it('rotates; presenting a rotated token again revokes the whole family, the newer token included', async () => {
      const { email, password } = await registerVerified(sut);
      const { refreshToken: first } = await logIn(sut, email, password);
      const { refreshToken: otherDevice } = await logIn(sut, email, password);

      const second = refreshCookieOf(
        await sut.request('POST', '/api/auth/refresh', { headers: withRefreshCookie(first) }),
      )!;
      const third = refreshCookieOf(
        await sut.request('POST', '/api/auth/refresh', { headers: withRefreshCookie(second) }),
      )!;
      expect(new Set([first, second, third]).size).toBe(3);

      const reuse = await sut.request('POST', '/api/auth/refresh', {
        headers: withRefreshCookie(first),
      });
      expectProblem(reuse, 401);
      expect(reuse.body.type).toBe('urn:agora:problem:invalid-refresh-token');
      expectProblem(
        await sut.request('POST', '/api/auth/refresh', { headers: withRefreshCookie(third) }),
        401,
      );

      // Another login (another family) is not affected.
      expect(
        (
          await sut.request('POST', '/api/auth/refresh', {
            headers: withRefreshCookie(otherDevice),
          })
        ).status,
      ).toBe(200);
    });

    it('stores refresh tokens only as hashes', async () => {
      const { email, password } = await registerVerified(sut);
      const { refreshToken } = await logIn(sut, email, password);
      const hashed = await sut.dataSource.query(
        `SELECT 1 FROM refresh_sessions WHERE token_hash = encode(sha256($1::bytea), 'hex')`,
        [refreshToken],
      );
      expect(hashed).toHaveLength(1);
      expect(
        await sut.dataSource.query(`SELECT 1 FROM refresh_sessions WHERE token_hash = $1`, [
          refreshToken,
        ]),
      ).toHaveLength(0);
    });

    it('refuses a missing, garbage or expired refresh token with 401', async () => {
      expectProblem(await sut.request('POST', '/api/auth/refresh'), 401);
      expectProblem(
        await sut.request('POST', '/api/auth/refresh', { headers: withRefreshCookie('garbage') }),
        401,
      );
      const { email, password } = await registerVerified(sut);
      const { refreshToken } = await logIn(sut, email, password);
      await sut.dataSource.query(
        `UPDATE refresh_sessions SET expires_at = now() - interval '1 second' WHERE token_hash = encode(sha256($1::bytea), 'hex')`,
        [refreshToken],
      );
      expectProblem(
        await sut.request('POST', '/api/auth/refresh', {
          headers: withRefreshCookie(refreshToken),
        }),
        401,
      );
    });

    it('exchanges a token once even when it is presented twice at the same moment', async () => {
      const { email, password } = await registerVerified(sut);
      const { refreshToken } = await logIn(sut, email, password);
      const responses = await Promise.all(
        [1, 2].map(() =>
          sut.request('POST', '/api/auth/refresh', { headers: withRefreshCookie(refreshToken) }),
        ),
      );
      expect(responses.map((response) => response.status).sort()).toEqual([200, 401]);
      // The second presentation counts as a reuse: the successor is revoked as well.
      const successor = refreshCookieOf(responses.find((response) => response.status === 200)!)!;
      expectProblem(
        await sut.request('POST', '/api/auth/refresh', { headers: withRefreshCookie(successor) }),
        401,
      );
    });

    it('logs out with 204 even without a cookie', async () => {
      const response = await sut.request('POST', '/api/auth/logout');
      expect(response.status).toBe(204);
    });
  });

  describe('password reset', () => {
    it('answers 202 with the same body for any address and mails existing accounts only', async () => {
      const { email } = await registerVerified(sut, {
        firstName: 'Katherine',
        lastName: 'Johnson',
      });
      const unknownEmail = newEmail();
      const known = await sut.request('POST', '/api/auth/password-reset', { body: { email } });
      const unknown = await sut.request('POST', '/api/auth/password-reset', {
        body: { email: unknownEmail },
      });
      expect(known.status).toBe(202);
      expect(unknown.status).toBe(202);
      expect(unknown.body).toEqual(known.body);
      expect(await outboxFor(sut, 'account.password-reset-requested', unknownEmail)).toHaveLength(
        0,
      );
      const [message] = await outboxFor(sut, 'account.password-reset-requested', email);
      expect(parseEnvelope(message)).toMatchObject({ ok: true });
      expect(message.data).toMatchObject({
        recipient: { email, name: 'Katherine Johnson', locale: 'en' },
        resetUrl: expect.stringMatching(
          /^http:\/\/agora\.test\/reset-password\?token=[A-Za-z0-9_-]{43}$/,
        ),
      });
      const minutes =
        (Date.parse((message.data as { expiresAt: string }).expiresAt) - Date.now()) / 60_000;
      expect(Math.round(minutes)).toBe(60);
    });

    it('sets the new password, revokes every session, and works once', async () => {
      const { email, password } = await registerVerified(sut);
      const laptop = await logIn(sut, email, password);
      const phone = await logIn(sut, email, password);
      await sut.request('POST', '/api/auth/password-reset', { body: { email } });
      const token = await tokenFromOutbox(sut, 'account.password-reset-requested', email);

      const confirmed = await sut.request('POST', '/api/auth/password-reset/confirm', {
        body: { token, password: 'brand new passphrase' },
      });
      expect(confirmed.status).toBe(204);

      for (const session of [laptop, phone]) {
        expectProblem(
          await sut.request('POST', '/api/auth/refresh', {
            headers: withRefreshCookie(session.refreshToken),
          }),
          401,
        );
      }
      expectProblem(
        await sut.request('POST', '/api/auth/login', { body: { email, password } }),
        401,
      );
      expect(
        (
          await sut.request('POST', '/api/auth/login', {
            body: { email, password: 'brand new passphrase' },
          })
        ).status,
      ).toBe(200);

      const again = await sut.request('POST', '/api/auth/password-reset/confirm', {
        body: { token, password: 'yet another passphrase' },
      });
      expectProblem(again, 409);
    });

    it('refuses expired, superseded and garbage tokens, and weak passwords', async () => {
      const { email } = await registerVerified(sut);
      await sut.request('POST', '/api/auth/password-reset', { body: { email } });
      const older = await tokenFromOutbox(sut, 'account.password-reset-requested', email);
      await sut.request('POST', '/api/auth/password-reset', { body: { email } });
      const newer = await tokenFromOutbox(sut, 'account.password-reset-requested', email);
      expectProblem(
        await sut.request('POST', '/api/auth/password-reset/confirm', {
          body: { token: older, password: 'brand new passphrase' },
        }),
        400,
      );

      const weak = await sut.request('POST', '/api/auth/password-reset/confirm', {
        body: { token: newer, password: 'password123' },
      });
      expectProblem(weak, 400);
      expect(badFields(weak)).toEqual(['password']);

      await sut.dataSource.query(
        `UPDATE email_tokens SET expires_at = now() - interval '1 second' WHERE token_hash = encode(sha256($1::bytea), 'hex')`,
        [newer],
      );
      const expired = await sut.request('POST', '/api/auth/password-reset/confirm', {
        body: { token: newer, password: 'brand new passphrase' },
      });
      expectProblem(expired, 400);
      expect(expired.body.type).toBe('urn:agora:problem:invalid-token');

      expectProblem(
        await sut.request('POST', '/api/auth/password-reset/confirm', {
          body: { token: 'garbage', password: 'brand new passphrase' },
        }),
        400,
      );
      expectProblem(
        await sut.request('POST', '/api/auth/password-reset/confirm', {
          body: { token: 'garbage' },
        }),
        400,
      );
      expectProblem(
        await sut.request('POST', '/api/auth/password-reset', {
          body: { email: 'x'.repeat(10_240) },
        }),
        400,
      );
    });

    it('verifies an unverified address, since the mailed link proves it', async () => {
      const body = registration();
      await sut.request('POST', '/api/auth/register', { body });
      await sut.request('POST', '/api/auth/password-reset', { body: { email: body.email } });
      const token = await tokenFromOutbox(sut, 'account.password-reset-requested', body.email);
      expect(
        (
          await sut.request('POST', '/api/auth/password-reset/confirm', {
            body: { token, password: 'brand new passphrase' },
          })
        ).status,
      ).toBe(204);
      expect(
        (
          await sut.request('POST', '/api/auth/login', {
            body: { email: body.email, password: 'brand new passphrase' },
          })
        ).status,
      ).toBe(200);
    });
  });

  describe('protection and documentation', () => {
    it('answers a protected route without or with a bad access token with 401 problem+json', async () => {
      expectProblem(await sut.request('GET', '/api/users/me'), 401);
      expectProblem(await sut.request('GET', '/api/users/me', { token: 'not.a.jwt' }), 401);
      expectProblem(
        await sut.request('GET', '/api/users/me', { headers: { authorization: 'Basic YWRhOnB3' } }),
        401,
      );
    });

    it('documents every account route with a summary, its response and its problems', async () => {
      const { body } = await sut.request('GET', '/api/docs-json');
      const routes: [string, string][] = [
        ['/api/auth/register', 'post'],
        ['/api/auth/verify', 'post'],
        ['/api/auth/resend-verification', 'post'],
        ['/api/auth/login', 'post'],
        ['/api/auth/refresh', 'post'],
        ['/api/auth/logout', 'post'],
        ['/api/auth/password-reset', 'post'],
        ['/api/auth/password-reset/confirm', 'post'],
        ['/api/users/me', 'get'],
        ['/api/users/me', 'patch'],
        ['/api/users/me', 'delete'],
        ['/api/users/me/password', 'post'],
        ['/api/users', 'get'],
        ['/api/users/stats', 'get'],
        ['/api/users/{id}', 'get'],
      ];
      for (const [path, method] of routes) {
        const operation = body.paths[path]?.[method];
        expect({ path, method, summary: operation?.summary }).toEqual({
          path,
          method,
          summary: expect.any(String),
        });
        const statuses = Object.keys(operation.responses);
        expect(statuses.some((status) => status.startsWith('2'))).toBe(true);
        expect({ path, problems: statuses.some((status) => status.startsWith('4')) }).toEqual({
          path,
          problems: true,
        });
      }
      expect(body.paths['/api/auth/login'].post.responses['429']).toBeDefined();
    });
  });
});

describe('accounts behind https', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await TestApp.start({ APP_URL: 'https://agora.example' });
  });
  afterAll(() => sut.close());

  it('marks the refresh cookie Secure and links to the https site', async () => {
    const { email, password } = await registerVerified(sut);
    const [message] = await outboxFor(sut, VERIFICATION, email);
    expect((message.data as { verifyUrl: string }).verifyUrl).toMatch(
      /^https:\/\/agora\.example\/verify\?token=/,
    );
    const { response } = await logIn(sut, email, password);
    const cookie = response.headers
      .getSetCookie()
      .find((header) => header.startsWith('refresh_token='))!;
    expect(cookie.split(';').map((part) => part.trim().toLowerCase())).toEqual(
      expect.arrayContaining(['secure', 'httponly', 'samesite=strict']),
    );
  });
});
