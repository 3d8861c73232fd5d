import { newEmail } from './support/accounts';
import { createSignedInUser, createUser, FIXTURE_PASSWORD } from './support/fixtures';
import { HttpResponse, TestApp } from './support/test-app';

/** Each test speaks from client addresses of its own (nginx's X-Forwarded-For, trusted from 127.0.0.1). */
let nextAddress = 1;
const clientAddress = () => `198.51.100.${nextAddress++}`;

function expectTooMany(response: HttpResponse, maxSeconds: number) {
  expect(response.status).toBe(429);
  expect(response.headers.get('content-type')).toContain('application/problem+json');
  expect(response.body).toMatchObject({ status: 429, type: 'urn:agora:problem:too-many-requests' });
  const retryAfter = Number(response.headers.get('retry-after'));
  expect(Number.isInteger(retryAfter)).toBe(true);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(maxSeconds);
}

describe('auth rate limits', () => {
  let sut: TestApp;
  /** Per account and client address. */
  const PER_EMAIL = 3;
  const PER_IP = 5;
  /** Per account from all addresses together. */
  const PER_ACCOUNT = 6;

  beforeAll(async () => {
    sut = await TestApp.start({
      AUTH_RATE_LIMIT_PER_EMAIL: String(PER_EMAIL),
      AUTH_RATE_LIMIT_PER_IP: String(PER_IP),
      AUTH_RATE_LIMIT_PER_ACCOUNT: String(PER_ACCOUNT),
    });
  });
  afterAll(() => sut.close());

  const post = (path: string, body: unknown, address: string) =>
    sut.request('POST', path, { body, headers: { 'x-forwarded-for': address } });

  it('limits login per email address from one client address', async () => {
    const email = newEmail();
    const address = clientAddress();
    for (let attempt = 0; attempt < PER_EMAIL; attempt++) {
      expect(
        (await post('/api/auth/login', { email, password: 'guess number one' }, address)).status,
      ).toBe(401);
    }
    // Same address in another spelling: still the same counter.
    const limited = await post(
      '/api/auth/login',
      { email: ` ${email.toUpperCase()}`, password: 'guess number four' },
      address,
    );
    expectTooMany(limited, 15 * 60);
    // Another account from the same client is not affected.
    expect(
      (await post('/api/auth/login', { email: newEmail(), password: 'guess number one' }, address))
        .status,
    ).toBe(401);
  });

  it("does not lock the owner out when someone else's address fails to log in to the account", async () => {
    const owner = await createUser(sut);
    const attacker = clientAddress();
    for (let attempt = 0; attempt < PER_EMAIL; attempt++) {
      expect(
        (await post('/api/auth/login', { email: owner.email, password: 'guess' }, attacker)).status,
      ).toBe(401);
    }
    expectTooMany(
      await post('/api/auth/login', { email: owner.email, password: 'guess' }, attacker),
      15 * 60,
    );
    const ownLogin = await post(
      '/api/auth/login',
      { email: owner.email, password: FIXTURE_PASSWORD },
      clientAddress(),
    );
    expect(ownLogin.status).toBe(200);
    expect(ownLogin.body.accessToken).toEqual(expect.any(String));
  });

  it('limits login per email address from all client addresses together, at a higher ceiling', async () => {
    const email = newEmail();
    for (let attempt = 0; attempt < PER_ACCOUNT; attempt++) {
      expect(
        (await post('/api/auth/login', { email, password: 'guess' }, clientAddress())).status,
      ).toBe(401);
    }
    expectTooMany(
      await post('/api/auth/login', { email, password: 'guess' }, clientAddress()),
      15 * 60,
    );
  });

  it.each([
    [
      'POST',
      '/api/users/me/password',
      { currentPassword: 'wrong guess', newPassword: 'violet kettle orbit 42' },
    ],
    ['DELETE', '/api/users/me', { password: 'wrong guess' }],
  ])('limits wrong current passwords on %s %s per account', async (method, path, body) => {
    const { accessToken } = await createSignedInUser(sut);
    const address = clientAddress();
    const attempt = (from: string) =>
      sut.request(method, path, {
        body,
        token: accessToken,
        headers: { 'x-forwarded-for': from },
      });
    for (let tried = 0; tried < PER_EMAIL; tried++) {
      expect((await attempt(address)).status).toBe(403);
    }
    expectTooMany(await attempt(address), 15 * 60);
  });

  it('limits login per client address, whatever the email', async () => {
    const address = clientAddress();
    for (let attempt = 0; attempt < PER_IP; attempt++) {
      expect(
        (
          await post(
            '/api/auth/login',
            { email: newEmail(), password: 'guess number one' },
            address,
          )
        ).status,
      ).toBe(401);
    }
    expectTooMany(
      await post('/api/auth/login', { email: newEmail(), password: 'guess' }, address),
      60,
    );
    // Malformed requests count too, and are refused before validation once limited.
    expectTooMany(await post('/api/auth/login', { nonsense: true }, address), 60);
    expect(
      (
        await post(
          '/api/auth/login',
          { email: newEmail(), password: 'guess number one' },
          clientAddress(),
        )
      ).status,
    ).toBe(401);
  });

  it.each(['/api/auth/register', '/api/auth/resend-verification', '/api/auth/password-reset'])(
    'limits %s per email address',
    async (path) => {
      const email = newEmail();
      const body = path.endsWith('register')
        ? { email, password: 'violet kettle orbit 42', firstName: 'Ada', lastName: 'Lovelace' }
        : { email };
      const address = clientAddress();
      for (let attempt = 0; attempt < PER_EMAIL; attempt++) {
        expect((await post(path, body, address)).status).toBe(202);
      }
      expectTooMany(await post(path, body, address), 15 * 60);
    },
  );

  it('limits password-reset per client address', async () => {
    const address = clientAddress();
    for (let attempt = 0; attempt < PER_IP; attempt++) {
      expect((await post('/api/auth/password-reset', { email: newEmail() }, address)).status).toBe(
        202,
      );
    }
    expectTooMany(await post('/api/auth/password-reset', { email: newEmail() }, address), 60);
  });

  it('does not limit the other routes', async () => {
    const address = clientAddress();
    for (let attempt = 0; attempt < PER_IP * 3; attempt++) {
      const response = await sut.request('GET', '/api/users/me', {
        headers: { 'x-forwarded-for': address },
      });
      expect(response.status).toBe(401);
      const refresh = await sut.request('POST', '/api/auth/refresh', {
        headers: { 'x-forwarded-for': address },
      });
      expect(refresh.status).toBe(401);
    }
  });
});
