import { GOOD_PASSWORD, logIn, registerVerified, withRefreshCookie } from './support/accounts';
import { joinByInvitation } from './associations-fixtures';
import { createSignedInUser, createUser } from './support/fixtures';
import { badFields, expectProblem } from './support/problems';
import { TestApp } from './support/test-app';


describe('users', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await TestApp.start({
      AUTH_RATE_LIMIT_PER_IP: '100000',
      AUTH_RATE_LIMIT_PER_EMAIL: '100000',
    });
  });
  afterAll(() => sut.close());

  describe('GET /api/users/me', () => {
    it('shows my own account', async () => {
      const { user, accessToken } = await createSignedInUser(sut, {
        birthDate: '1985-03-02',
        locale: 'fr',
      });
      const response = await sut.request('GET', '/api/users/me', { token: accessToken });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        id: user.id,
        email: user.email,
        firstName: user.firstName,
        lastName: user.lastName,
        birthDate: '1985-03-02',
        locale: 'fr',
        emailVerifiedAt: user.emailVerifiedAt!.toISOString(),
        createdAt: user.createdAt.toISOString(),
      });
    });

    it('needs an access token', async () => {
      expectProblem(await sut.request('GET', '/api/users/me'), 401);
    });
  });

  describe('PATCH /api/users/me', () => {
    it('changes names (trimmed), birth date and language; null clears the birth date', async () => {
      const { accessToken } = await createSignedInUser(sut);
      const changed = await sut.request('PATCH', '/api/users/me', {
        token: accessToken,
        body: {
          firstName: '  Émilie ',
          lastName: 'du Châtelet',
          birthDate: '1996-12-17',
          locale: 'fr',
        },
      });
      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject({
        firstName: 'Émilie',
        lastName: 'du Châtelet',
        birthDate: '1996-12-17',
        locale: 'fr',
      });

      const cleared = await sut.request('PATCH', '/api/users/me', {
        token: accessToken,
        body: { birthDate: null },
      });
      expect(cleared.body).toMatchObject({ firstName: 'Émilie', birthDate: null });
      const unchanged = await sut.request('PATCH', '/api/users/me', {
        token: accessToken,
        body: {},
      });
      expect(unchanged.body).toEqual(cleared.body);
      expect((await sut.request('GET', '/api/users/me', { token: accessToken })).body).toEqual(
        cleared.body,
      );
    });

    it('refuses fields that cannot be changed here, nulls, wrong types and huge strings', async () => {
      const { accessToken } = await createSignedInUser(sut);
      const cases: [unknown, string[]][] = [
        [{ email: 'new@example.org' }, ['email']],
        [{ password: GOOD_PASSWORD }, ['password']],
        [{ emailVerifiedAt: null }, ['emailVerifiedAt']],
        [{ firstName: null }, ['firstName']],
        [{ lastName: '' }, ['lastName']],
        [{ firstName: 42 }, ['firstName']],
        [{ firstName: 'x'.repeat(10_240) }, ['firstName']],
        [{ lastName: 'Line\r\nBreak' }, ['lastName']],
        [{ birthDate: '2027-02-30' }, ['birthDate']],
        [{ birthDate: '2999-01-01' }, ['birthDate']],
        [{ birthDate: 19900101 }, ['birthDate']],
        [{ locale: 'de' }, ['locale']],
        [{ locale: null }, ['locale']],
      ];
      for (const [body, fields] of cases) {
        const response = await sut.request('PATCH', '/api/users/me', { token: accessToken, body });
        expectProblem(response, 400);
        expect({ body, fields: badFields(response) }).toEqual({ body, fields });
      }
      expectProblem(
        await sut.request('PATCH', '/api/users/me', { token: accessToken, body: '{"firstName":' }),
        400,
      );
    });
  });

  describe('POST /api/users/me/password', () => {
    it('needs the current password, applies the policy, and ends every session', async () => {
      const { email, password } = await registerVerified(sut);
      const first = await logIn(sut, email, password);
      const second = await logIn(sut, email, password);
      const token = first.accessToken;

      const wrong = await sut.request('POST', '/api/users/me/password', {
        token,
        body: { currentPassword: 'not my password', newPassword: 'fresh new passphrase' },
      });
      expectProblem(wrong, 403);
      expect(wrong.body.type).toBe('urn:agora:problem:wrong-password');
      const weak = await sut.request('POST', '/api/users/me/password', {
        token,
        body: { currentPassword: password, newPassword: 'qwertyuiop' },
      });
      expectProblem(weak, 400);
      expect(badFields(weak)).toEqual(['newPassword']);
      expectProblem(
        await sut.request('POST', '/api/users/me/password', {
          token,
          body: { newPassword: 'fresh new passphrase' },
        }),
        400,
      );

      const changed = await sut.request('POST', '/api/users/me/password', {
        token,
        body: { currentPassword: password, newPassword: 'fresh new passphrase' },
      });
      expect(changed.status).toBe(204);
      expect(changed.headers.getSetCookie().join()).toMatch(/^refresh_token=;/);
      for (const session of [first, second]) {
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
            body: { email, password: 'fresh new passphrase' },
          })
        ).status,
      ).toBe(200);
    });
  });

  describe('DELETE /api/users/me', () => {
    it('needs the password, then removes the account with its sessions and tokens', async () => {
      const { email, password } = await registerVerified(sut);
      const { accessToken, refreshToken } = await logIn(sut, email, password);
      await sut.request('POST', '/api/auth/password-reset', { body: { email } });
      const [{ id }] = await sut.dataSource.query(`SELECT id FROM users WHERE email = $1`, [email]);

      expectProblem(await sut.request('DELETE', '/api/users/me', { token: accessToken }), 400);
      expectProblem(
        await sut.request('DELETE', '/api/users/me', {
          token: accessToken,
          body: { password: 'not my password' },
        }),
        403,
      );
      expect((await sut.request('GET', '/api/users/me', { token: accessToken })).status).toBe(200);

      const deleted = await sut.request('DELETE', '/api/users/me', {
        token: accessToken,
        body: { password },
      });
      expect(deleted.status).toBe(204);
      const [counts] = await sut.dataSource.query(
        `SELECT (SELECT count(*)::int FROM users WHERE id = $1) AS users,
                (SELECT count(*)::int FROM refresh_sessions WHERE user_id = $1) AS sessions,
                (SELECT count(*)::int FROM email_tokens WHERE user_id = $1) AS tokens`,
        [id],
      );
      expect(counts).toEqual({ users: 0, sessions: 0, tokens: 0 });
      expectProblem(
        await sut.request('POST', '/api/auth/refresh', {
          headers: withRefreshCookie(refreshToken),
        }),
        401,
      );
      expectProblem(
        await sut.request('POST', '/api/auth/login', { body: { email, password } }),
        401,
      );
      expectProblem(await sut.request('GET', '/api/users/me', { token: accessToken }), 404);
      // The address is free again.
      expect(
        (
          await sut.request('POST', '/api/auth/register', {
            body: { email, password, firstName: 'New', lastName: 'Owner' },
          })
        ).status,
      ).toBe(202);
      expect(
        await sut.dataSource.query(
          `SELECT 1 FROM outbox WHERE routing_key = 'account.verification-requested' AND payload->'data'->'recipient'->>'email' = $1`,
          [email],
        ),
      ).toHaveLength(2);
    });
  });

  describe('DELETE /api/users/me while running an association', () => {
    it('refuses to delete the only admin of an association, then allows it once another admin exists', async () => {
      const { email, password } = await registerVerified(sut);
      const { accessToken } = await logIn(sut, email, password);
      const [{ id: adminId }] = await sut.dataSource.query(
        `SELECT id FROM users WHERE email = $1`,
        [email],
      );
      const member = await createSignedInUser(sut);
      const association = await sut.request('POST', '/api/associations', {
        token: accessToken,
        body: { name: `Choir ${adminId.slice(0, 8)}` },
      });
      expect(association.status).toBe(201);
      await joinByInvitation(sut, association.body.id, { accessToken }, member.user);

      const refused = await sut.request('DELETE', '/api/users/me', {
        token: accessToken,
        body: { password },
      });
      expectProblem(refused, 409);
      expect(refused.body.type).toBe('urn:agora:problem:last-admin');
      expect(refused.body.associations).toEqual([
        { id: association.body.id, name: association.body.name },
      ]);
      expect((await sut.request('GET', '/api/users/me', { token: accessToken })).status).toBe(200);

      const promoted = await sut.request(
        'PATCH',
        `/api/associations/${association.body.id}/members/${member.user.id}`,
        { token: accessToken, body: { role: 'admin' } },
      );
      expect(promoted.status).toBe(200);
      const deleted = await sut.request('DELETE', '/api/users/me', {
        token: accessToken,
        body: { password },
      });
      expect(deleted.status).toBe(204);

      const members = await sut.request('GET', `/api/associations/${association.body.id}/members`, {
        token: member.accessToken,
      });
      expect(members.body.items.map((item: { userId: string }) => item.userId)).toEqual([
        member.user.id,
      ]);
    });
  });

  describe('GET /api/users/:id', () => {
    it('shows a verified user’s public profile, without their email or birth date', async () => {
      const { accessToken } = await createSignedInUser(sut);
      const other = await createUser(sut, {
        firstName: 'Mary',
        lastName: 'Somerville',
        birthDate: '1980-12-26',
      });
      const response = await sut.request('GET', `/api/users/${other.id}`, { token: accessToken });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        id: other.id,
        firstName: 'Mary',
        lastName: 'Somerville',
        memberSince: other.createdAt.toISOString(),
        associations: [],
      });
    });

    it('lists the associations the user belongs to, with role and title', async () => {
      const viewer = await createSignedInUser(sut);
      const founder = await createSignedInUser(sut);
      const created = await sut.request('POST', '/api/associations', {
        token: founder.accessToken,
        body: { name: `Astronomy Club ${founder.user.id.slice(0, 8)}` },
      });
      expect(created.status).toBe(201);
      expect(
        (
          await sut.request(
            'PATCH',
            `/api/associations/${created.body.id}/members/${founder.user.id}`,
            {
              token: founder.accessToken,
              body: { title: 'President' },
            },
          )
        ).status,
      ).toBe(200);

      const response = await sut.request('GET', `/api/users/${founder.user.id}`, {
        token: viewer.accessToken,
      });
      expect(response.status).toBe(200);
      expect(response.body.associations).toEqual([
        { id: created.body.id, name: created.body.name, role: 'admin', title: 'President' },
      ]);
    });

    it('answers 404 for unknown and unverified users, 400 for a malformed id, 401 without a token', async () => {
      const { accessToken } = await createSignedInUser(sut);
      const unverified = await createUser(sut, { emailVerifiedAt: null });
      expectProblem(
        await sut.request('GET', `/api/users/${unverified.id}`, { token: accessToken }),
        404,
      );
      expectProblem(
        await sut.request('GET', '/api/users/00000000-0000-4000-8000-000000000000', {
          token: accessToken,
        }),
        404,
      );
      const malformed = await sut.request('GET', '/api/users/not-a-uuid', { token: accessToken });
      expectProblem(malformed, 400);
      expect(badFields(malformed)).toEqual(['id']);
      const nul = await sut.request('GET', '/api/users?q=a%00b', { token: accessToken });
      expectProblem(nul, 400);
      expect(badFields(nul)).toEqual(['q']);
      expectProblem(await sut.request('GET', `/api/users/${unverified.id}`), 401);
    });
  });
});

describe('user directory and statistics', () => {
  let sut: TestApp;
  let token: string;
  const tag = `zq${Math.random().toString(36).slice(2, 7)}`;

  beforeAll(async () => {
    sut = await TestApp.start();
    token = (await createSignedInUser(sut, { firstName: 'Viewer', lastName: 'Person' }))
      .accessToken;
  });
  afterAll(() => sut.close());

  it('lists verified users only, by last then first name, without email addresses', async () => {
    await createUser(sut, { firstName: `Carl ${tag}`, lastName: 'Zeiss' });
    await createUser(sut, { firstName: `Ada ${tag}`, lastName: 'Byron' });
    await createUser(sut, { firstName: `Bea ${tag}`, lastName: 'Byron' });
    await createUser(sut, {
      firstName: `Hidden ${tag}`,
      lastName: 'Unverified',
      emailVerifiedAt: null,
    });

    const response = await sut.request('GET', `/api/users?q=${tag}`, { token });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ total: 3, page: 1, pageSize: 20 });
    expect(
      response.body.items.map(
        (item: { firstName: string; lastName: string }) => `${item.firstName} ${item.lastName}`,
      ),
    ).toEqual([`Ada ${tag} Byron`, `Bea ${tag} Byron`, `Carl ${tag} Zeiss`]);
    expect(Object.keys(response.body.items[0]).sort()).toEqual([
      'firstName',
      'id',
      'lastName',
      'sharedAssociations',
    ]);

    const all = await sut.request('GET', '/api/users?pageSize=100', { token });
    expect(
      all.body.items.some((item: { lastName: string }) => item.lastName === 'Unverified'),
    ).toBe(false);
  });

  it('searches a substring of the full name in any case', async () => {
    const target = await createUser(sut, { firstName: 'Sophie', lastName: `Germain${tag}` });
    const byFullName = await sut.request(
      'GET',
      `/api/users?q=${encodeURIComponent(`PHIE GERMAIN${tag.toUpperCase()}`)}`,
      { token },
    );
    expect(byFullName.body.items.map((item: { id: string }) => item.id)).toEqual([target.id]);
  });

  it('never matches an email address, so it cannot tell whether an address has an account', async () => {
    const target = await createUser(sut, { firstName: 'Emmy', lastName: `Noether${tag}` });
    for (const q of [target.email, ` ${target.email.toUpperCase()} `, target.email.slice(0, 10)]) {
      const response = await sut.request('GET', `/api/users?q=${encodeURIComponent(q)}`, {
        token,
      });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ total: 0, items: [] });
    }
  });

  it('searches % and _ literally', async () => {
    const percent = await createUser(sut, { firstName: '100%', lastName: `Sure_${tag}` });
    await createUser(sut, { firstName: '1000', lastName: `SureX${tag}` });
    const response = await sut.request('GET', `/api/users?q=${encodeURIComponent('100% sure_')}`, {
      token,
    });
    expect(response.body.items.map((item: { id: string }) => item.id)).toEqual([percent.id]);
    expect(
      (await sut.request('GET', `/api/users?q=${encodeURIComponent('%')}`, { token })).body.total,
    ).toBe(1);
  });

  it('paginates', async () => {
    const pageTag = `pg${tag}`;
    for (const letter of ['a', 'b', 'c', 'd', 'e'])
      await createUser(sut, { firstName: 'P', lastName: `${letter}${pageTag}` });
    const second = await sut.request('GET', `/api/users?q=${pageTag}&page=2&pageSize=2`, { token });
    expect(second.body).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(second.body.items.map((item: { lastName: string }) => item.lastName)).toEqual([
      `c${pageTag}`,
      `d${pageTag}`,
    ]);
    const beyond = await sut.request('GET', `/api/users?q=${pageTag}&page=4&pageSize=2`, { token });
    expect(beyond.body).toMatchObject({ total: 5, items: [] });
  });

  it('validates the query', async () => {
    for (const query of [
      'pageSize=101',
      'pageSize=0',
      'page=0',
      'page=abc',
      `q=${'x'.repeat(101)}`,
      'sort=name',
    ]) {
      expectProblem(await sut.request('GET', `/api/users?${query}`, { token }), 400);
    }
    expectProblem(await sut.request('GET', '/api/users'), 401);
  });

  it('computes count, mean age and age range over verified users with a birth date', async () => {
    const stats = async () => (await sut.request('GET', '/api/users/stats', { token })).body;
    const before = await stats();
    const [{ verified }] = await sut.dataSource.query(
      `SELECT count(*)::int AS verified FROM users WHERE email_verified_at IS NOT NULL`,
    );
    expect(before).toEqual({
      count: verified,
      withBirthDate: 0,
      meanAge: null,
      minAge: null,
      maxAge: null,
    });

    // Born on 1 January, so each is exactly that many years old today.
    const year = new Date().getUTCFullYear();
    for (const age of [20, 31, 45]) await createUser(sut, { birthDate: `${year - age}-01-01` });
    await createUser(sut, { birthDate: `${year - 90}-01-01`, emailVerifiedAt: null });
    // Born on 31 December: not 11 yet, unless today is 31 December.
    await createUser(sut, { birthDate: `${year - 11}-12-31` });

    const after = await stats();
    const youngest = new Date().toISOString().slice(5, 10) === '12-31' ? 11 : 10;
    expect(after).toEqual({
      count: verified + 4,
      withBirthDate: 4,
      meanAge: Math.round(((20 + 31 + 45 + youngest) / 4) * 10) / 10,
      minAge: youngest,
      maxAge: 45,
    });
    expectProblem(await sut.request('GET', '/api/users/stats'), 401);
  });
});
