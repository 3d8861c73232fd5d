import { randomUUID } from 'node:crypto';
import { createCast } from './associations-fixtures';
import { expectProblem } from './support/problems';
import { TestApp } from './support/test-app';

/**
 * PostgreSQL text cannot hold U+0000 and everything stored is UTF-8: a NUL or broken UTF-8
 * anywhere in a request is the client's mistake, answered 400 problem+json, never a 500 or a
 * silently mangled value.
 */
describe('NUL characters and broken UTF-8 in requests', () => {
  let sut: TestApp;
  let cast: Awaited<ReturnType<typeof createCast>>;

  beforeAll(async () => {
    sut = await TestApp.start({ AUTH_RATE_LIMIT_PER_IP: '100000' });
    cast = await createCast(sut);
  });
  afterAll(() => sut.close());

  it('refuses them in the path', async () => {
    for (const path of [
      '/api/associations/%00',
      '/api/users/me%00',
      '/api/associations/%C3%28',
      '/api/associations/%E0%A4%A',
      '/api/associations/%zz',
    ]) {
      expectProblem(await sut.request('GET', path, { token: cast.member.accessToken }), 400);
    }
  });

  it('refuses them in any query parameter, name or value', async () => {
    const events = `/api/associations/${cast.association.id}/events`;
    for (const path of [
      '/api/users?q=%C3%28',
      '/api/users?q=%E0%A4%A',
      '/api/associations?q=%zz',
      '/api/associations?q=caf%C3',
      `${events}?from=2030-01-01T00:00:00Z%00`,
      `${events}?from=%FF`,
      '/api/users?page=1&x%00=1',
    ]) {
      expectProblem(await sut.request('GET', path, { token: cast.member.accessToken }), 400);
    }
  });

  it('refuses a NUL in any string of any JSON body, and writes nothing', async () => {
    const email = `nul-${randomUUID().slice(0, 8)}@example.org`;
    const register = await sut.request('POST', '/api/auth/register', {
      body: {
        email,
        password: 'a long and quite\u0000 unusual passphrase 93!',
        firstName: 'Nul',
        lastName: 'Byte',
      },
    });
    expectProblem(register, 400);
    expect(register.body.errors).toEqual([{ field: 'password', message: expect.any(String) }]);
    expect(await sut.dataSource.query(`SELECT 1 FROM users WHERE email = $1`, [email])).toEqual([]);

    const admin = cast.admin.accessToken;
    for (const [path, body] of [
      ['/api/associations', { name: `Club\u0000${randomUUID()}` }],
      ['/api/associations', { name: `Club ${randomUUID()}`, description: 'x\u0000' }],
      [
        `/api/associations/${cast.association.id}/events`,
        {
          title: 'Concert',
          location: 'Hall\u0000',
          startsAt: '2030-01-01T10:00:00Z',
          endsAt: '2030-01-01T11:00:00Z',
          timeZone: 'UTC',
        },
      ],
      ['/api/auth/login', { email: cast.admin.user.email, password: 'x\u0000' }],
    ] as const) {
      expectProblem(await sut.request('POST', path, { token: admin, body }), 400);
    }
    expectProblem(
      await sut.request('PATCH', '/api/users/me', { token: admin, body: { lastName: 'A\u0000' } }),
      400,
    );
    expect((await sut.request('GET', '/api/users/me', { token: admin })).body.lastName).toBe(
      'Admin',
    );
  });

  it('refuses a JSON body that is not valid UTF-8, and writes nothing', async () => {
    const name = `Caf${randomUUID()}`;
    const body = Buffer.concat([
      Buffer.from(`{"name":"${name}`),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('"}'),
    ]);
    const response = await fetch(`${sut.baseUrl}/api/associations`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${cast.admin.accessToken}`,
        'content-type': 'application/json',
      },
      body,
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(await response.json()).toMatchObject({ status: 400 });
    expect(
      await sut.dataSource.query(`SELECT 1 FROM associations WHERE name LIKE $1`, [`${name}%`]),
    ).toEqual([]);
  });
});
