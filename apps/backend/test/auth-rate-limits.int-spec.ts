import { newEmail } from './support/accounts';
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
  const PER_EMAIL = 3;
  const PER_IP = 5;

  beforeAll(async () => {
    sut = await TestApp.start({
      AUTH_RATE_LIMIT_PER_EMAIL: String(PER_EMAIL),
      AUTH_RATE_LIMIT_PER_IP: String(PER_IP),
    });
  });
  afterAll(() => sut.close());

  const post = (path: string, body: unknown, address: string) =>
    sut.request('POST', path, { body, headers: { 'x-forwarded-for': address } });

  it('limits login per email address, whatever the client address', async () => {
    const email = newEmail();
    for (let attempt = 0; attempt < PER_EMAIL; attempt++) {
      expect(
        (await post('/api/auth/login', { email, password: 'guess number one' }, clientAddress()))
          .status,
      ).toBe(401);
    }
    // Same address in another spelling, from yet another client: still the same counter.
    const limited = await post(
      '/api/auth/login',
      { email: ` ${email.toUpperCase()}`, password: 'guess number four' },
      clientAddress(),
    );
    expectTooMany(limited, 15 * 60);
    // Another address is not affected.
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
      for (let attempt = 0; attempt < PER_EMAIL; attempt++) {
        expect((await post(path, body, clientAddress())).status).toBe(202);
      }
      expectTooMany(await post(path, body, clientAddress()), 15 * 60);
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
