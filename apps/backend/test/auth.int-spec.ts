import { parseEnvelope } from '@app/contracts';
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
    const body = registration({ email: '  Ada.Journey@Example.ORG ', birthDate: '1990-05-17', locale: 'fr' });
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
    expect(login.body).toMatchObject({ expiresIn: 900, user: { email: 'ada.journey@example.org', firstName: 'Ada', birthDate: '1990-05-17', locale: 'fr' } });
    expect(login.body.user).not.toHaveProperty('passwordHash');
    const refreshToken = refreshCookieOf(login)!;
    expect(refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const me = await sut.request('GET', '/api/users/me', { token: login.body.accessToken });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ email: 'ada.journey@example.org', lastName: 'Lovelace' });

    const refreshed = await sut.request('POST', '/api/auth/refresh', { headers: withRefreshCookie(refreshToken) });
    expect(refreshed.status).toBe(200);
    const rotated = refreshCookieOf(refreshed)!;
    expect(rotated).not.toBe(refreshToken);
    expect((await sut.request('GET', '/api/users/me', { token: refreshed.body.accessToken })).status).toBe(200);

    const logout = await sut.request('POST', '/api/auth/logout', { headers: withRefreshCookie(rotated) });
    expect(logout.status).toBe(204);
    expect(logout.headers.getSetCookie().join()).toMatch(/refresh_token=;.*Max-Age=0|refresh_token=;.*Expires=Thu, 01 Jan 1970/);
    const afterLogout = await sut.request('POST', '/api/auth/refresh', { headers: withRefreshCookie(rotated) });
    expect(afterLogout.status).toBe(401);
  });
});
