import { randomUUID } from 'node:crypto';
import { createAssociation, createCast, joinByInvitation, UNKNOWN_ID } from './associations-fixtures';
import { createSignedInUser, createUser, FIXTURE_PASSWORD } from './support/fixtures';
import { expectProblem } from './support/problems';
import { TestApp } from './support/test-app';

describe('associations and members', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await TestApp.start();
  });
  afterAll(() => sut.close());

  describe('associations', () => {
    it('makes the creator its admin and shows each caller their own role', async () => {
      const { admin, member, outsider, association } = await createCast(sut);
      const asAdmin = await sut.request('GET', `/api/associations/${association.id}`, {
        token: admin.accessToken,
      });
      expect(asAdmin.status).toBe(200);
      expect(asAdmin.body).toMatchObject({
        id: association.id,
        name: association.name,
        memberCount: 2,
        myRole: 'admin',
        description: null,
      });
      const asMember = await sut.request('GET', `/api/associations/${association.id}`, {
        token: member.accessToken,
      });
      expect(asMember.body.myRole).toBe('member');
      const asOutsider = await sut.request('GET', `/api/associations/${association.id}`, {
        token: outsider.accessToken,
      });
      expect(asOutsider.status).toBe(200);
      expect(asOutsider.body.myRole).toBeNull();
    });

    it('lists the directory by name with member counts, searches by substring and paginates', async () => {
      const owner = await createSignedInUser(sut);
      const tag = Math.random().toString(36).slice(2, 8);
      const others = [await createUser(sut), await createUser(sut)];
      await createAssociation(sut, owner, {
        name: `B ${tag} 100%_club`,
        members: [{ user: others[0] }, { user: others[1] }],
      });
      await createAssociation(sut, owner, { name: `A ${tag} chess` });
      await createAssociation(sut, owner, { name: `C ${tag} chess` });

      const all = await sut.request('GET', `/api/associations?q=${tag}&pageSize=2`, {
        token: owner.accessToken,
      });
      expect(all.status).toBe(200);
      expect(all.body).toMatchObject({ total: 3, page: 1, pageSize: 2 });
      expect(all.body.items.map((item: { name: string }) => item.name)).toEqual([
        `A ${tag} chess`,
        `B ${tag} 100%_club`,
      ]);
      expect(all.body.items[1].memberCount).toBe(3);
      expect(Object.keys(all.body.items[0]).sort()).toEqual([
        'createdAt',
        'id',
        'memberCount',
        'name',
      ]);

      const second = await sut.request('GET', `/api/associations?q=${tag}&pageSize=2&page=2`, {
        token: owner.accessToken,
      });
      expect(second.body.items.map((item: { name: string }) => item.name)).toEqual([
        `C ${tag} chess`,
      ]);

      const wildcard = await sut.request(
        'GET',
        `/api/associations?q=${encodeURIComponent('100%_')}`,
        { token: owner.accessToken },
      );
      expect(wildcard.body.items.map((item: { name: string }) => item.name)).toEqual([
        `B ${tag} 100%_club`,
      ]);
      const caseless = await sut.request(
        'GET',
        `/api/associations?q=${tag.toUpperCase()}%20CHESS`,
        { token: owner.accessToken },
      );
      expect(caseless.body.total).toBe(2);
    });

    it('refuses a second association with the same name in any case', async () => {
      const owner = await createSignedInUser(sut);
      await createAssociation(sut, owner, { name: 'Rowing Club of Tours' });
      const again = await sut.request('POST', '/api/associations', {
        token: owner.accessToken,
        body: { name: '  rowing club OF tours ' },
      });
      expect(again.status).toBe(409);
      expect(again.headers.get('content-type')).toContain('application/problem+json');
      expect(again.body.type).toBe('urn:agora:problem:association-name-taken');
    });

    it('answers 500, not 409, for a unique violation the code does not expect', async () => {
      const owner = await createSignedInUser(sut);
      await sut.dataSource.query(`
        CREATE FUNCTION clash_elsewhere() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          RAISE EXCEPTION 'duplicate key in some_other_key'
            USING ERRCODE = 'unique_violation', CONSTRAINT = 'some_other_key';
        END $$`);
      await sut.dataSource.query(
        `CREATE TRIGGER clash_elsewhere BEFORE INSERT ON associations FOR EACH ROW EXECUTE FUNCTION clash_elsewhere()`,
      );
      try {
        const response = await sut.request('POST', '/api/associations', {
          token: owner.accessToken,
          body: { name: 'Clashing Club' },
        });
        expect(response.status).toBe(500);
        expect(response.body.type).toBe('urn:agora:problem:internal-error');
        expect(response.body.detail).not.toContain('some_other_key');
      } finally {
        await sut.dataSource.query(`DROP TRIGGER clash_elsewhere ON associations`);
        await sut.dataSource.query(`DROP FUNCTION clash_elsewhere()`);
      }
    });

    it('answers 401, and creates nothing, for the still-valid token of a deleted account', async () => {
      const deleted = await createSignedInUser(sut, { firstName: 'Gone', lastName: 'Soon' });
      const removed = await sut.request('DELETE', '/api/users/me', {
        token: deleted.accessToken,
        body: { password: FIXTURE_PASSWORD },
      });
      expect(removed.status).toBe(204);
      const neverVerified = await createSignedInUser(sut, { emailVerifiedAt: null });
      await sut.dataSource.query(`DELETE FROM users WHERE id = $1`, [neverVerified.user.id]);

      for (const { accessToken } of [deleted, neverVerified]) {
        const name = `Ghost club ${randomUUID()}`;
        const response = await sut.request('POST', '/api/associations', {
          token: accessToken,
          body: { name },
        });
        expectProblem(response, 401);
        const rows = await sut.dataSource.query(`SELECT 1 FROM associations WHERE name = $1`, [
          name,
        ]);
        expect(rows).toHaveLength(0);
      }
    });

    it('lets only admins change it', async () => {
      const { admin, member, outsider, association } = await createCast(sut);
      const body = { name: `${association.name} renamed`, description: 'We play on Tuesdays.' };
      expect(
        (
          await sut.request('PATCH', `/api/associations/${association.id}`, {
            token: member.accessToken,
            body,
          })
        ).status,
      ).toBe(403);
      expect(
        (
          await sut.request('PATCH', `/api/associations/${association.id}`, {
            token: outsider.accessToken,
            body,
          })
        ).status,
      ).toBe(403);
      const changed = await sut.request('PATCH', `/api/associations/${association.id}`, {
        token: admin.accessToken,
        body,
      });
      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject(body);
      const cleared = await sut.request('PATCH', `/api/associations/${association.id}`, {
        token: admin.accessToken,
        body: { description: null },
      });
      expect(cleared.body).toMatchObject({ name: body.name, description: null });
    });

    it('validates what is sent', async () => {
      const { admin, association } = await createCast(sut);
      const token = admin.accessToken;
      const cases: [string, string, unknown][] = [
        ['POST', '/api/associations', { name: '' }],
        ['POST', '/api/associations', { name: 'x'.repeat(201) }],
        ['POST', '/api/associations', { name: 'two\r\nlines' }],
        ['POST', '/api/associations', { name: 'ok', admin: true }],
        ['POST', '/api/associations', 'not json at all'],
        ['PATCH', `/api/associations/${association.id}`, { name: null }],
        ['PATCH', `/api/associations/${association.id}`, { description: 'x'.repeat(5001) }],
        ['PATCH', `/api/associations/${association.id}`, { description: 'nul \u0000 inside' }],
        ['POST', '/api/associations', { name: 'nul \u0000 inside' }],
        ['POST', '/api/associations', []],
      ];
      for (const [method, path, body] of cases) {
        const response = await sut.request(method, path, { token, body });
        expect({ method, path, body, status: response.status }).toEqual({
          method,
          path,
          body,
          status: 400,
        });
        expect(response.headers.get('content-type')).toContain('application/problem+json');
      }
    });

    it('answers 400 for ids that are not UUIDs and bad pages, 404 for unknown ids', async () => {
      const { admin } = await createCast(sut);
      const token = admin.accessToken;
      for (const path of [
        '/api/associations/42',
        '/api/associations/not-a-uuid/members',
        `/api/associations/${UNKNOWN_ID}/members/zzz`,
        '/api/associations?page=-1',
        '/api/associations?page=0',
        '/api/associations?page=abc',
        '/api/associations?page=99999999999',
        '/api/associations?pageSize=1000000',
        '/api/associations?pageSize=0',
        `/api/associations?q=${'x'.repeat(101)}`,
        '/api/associations?q=nul%00inside',
      ]) {
        const response = await sut.request(path.endsWith('zzz') ? 'DELETE' : 'GET', path, {
          token,
        });
        expect({ path, status: response.status }).toEqual({ path, status: 400 });
        expect(response.body.type).toMatch(/^urn:agora:problem:/);
      }
      const missing = await sut.request('GET', `/api/associations/${UNKNOWN_ID}`, { token });
      expect(missing.status).toBe(404);
      expect(missing.headers.get('content-type')).toContain('application/problem+json');
      const beyond = await sut.request('GET', '/api/associations?page=1000000&pageSize=100', {
        token,
      });
      expect(beyond.status).toBe(200);
      expect(beyond.body.items).toEqual([]);
    });
  });

  describe('members', () => {
    it('lists members with role and title to any signed-in user, in order of joining', async () => {
      const admin = await createSignedInUser(sut, { firstName: 'Ada', lastName: 'Lovelace' });
      const treasurer = await createUser(sut, { firstName: 'Tom', lastName: 'Treasurer' });
      const outsider = await createSignedInUser(sut);
      const association = await createAssociation(sut, admin, {
        members: [{ user: treasurer, title: 'Treasurer' }],
      });
      const list = await sut.request('GET', `/api/associations/${association.id}/members`, {
        token: outsider.accessToken,
      });
      expect(list.status).toBe(200);
      expect(list.body).toMatchObject({ total: 2, page: 1, pageSize: 20 });
      expect(list.body.items).toEqual([
        {
          userId: admin.user.id,
          firstName: 'Ada',
          lastName: 'Lovelace',
          role: 'admin',
          title: null,
          joinedAt: expect.any(String),
        },
        {
          userId: treasurer.id,
          firstName: 'Tom',
          lastName: 'Treasurer',
          role: 'member',
          title: 'Treasurer',
          joinedAt: expect.any(String),
        },
      ]);
      const page2 = await sut.request(
        'GET',
        `/api/associations/${association.id}/members?pageSize=1&page=2`,
        { token: outsider.accessToken },
      );
      expect(page2.body.items.map((item: { userId: string }) => item.userId)).toEqual([
        treasurer.id,
      ]);
    });

    it('adds nobody directly: people join by accepting an invitation', async () => {
      const { admin, association } = await createCast(sut);
      const newcomer = await createUser(sut);
      const path = `/api/associations/${association.id}/members`;

      const added = await sut.request('POST', path, {
        token: admin.accessToken,
        body: { userId: newcomer.id },
      });

      expect(added.status).toBe(404);
      expect(added.headers.get('content-type')).toContain('application/problem+json');
      const members = await sut.request('GET', path, { token: admin.accessToken });
      expect(members.body.items.map((item: { userId: string }) => item.userId)).not.toContain(
        newcomer.id,
      );
    });

    it('lets admins change roles and titles', async () => {
      const { admin, member, association } = await createCast(sut);
      const path = `/api/associations/${association.id}/members/${member.user.id}`;
      expect(
        (await sut.request('PATCH', path, { token: member.accessToken, body: { role: 'admin' } }))
          .status,
      ).toBe(403);
      const promoted = await sut.request('PATCH', path, {
        token: admin.accessToken,
        body: { role: 'admin', title: 'President' },
      });
      expect(promoted.status).toBe(200);
      expect(promoted.body).toMatchObject({ role: 'admin', title: 'President' });
      const untitled = await sut.request('PATCH', path, {
        token: admin.accessToken,
        body: { title: '' },
      });
      expect(untitled.body).toMatchObject({ role: 'admin', title: null });
      const notMember = await sut.request(
        'PATCH',
        `/api/associations/${association.id}/members/${UNKNOWN_ID}`,
        { token: admin.accessToken, body: { title: 'x' } },
      );
      expect(notMember.status).toBe(404);
    });

    it('lets a member leave and an admin remove a member', async () => {
      const { admin, member, outsider, association } = await createCast(sut);
      const other = await createSignedInUser(sut);
      const base = `/api/associations/${association.id}/members`;
      await joinByInvitation(sut, association.id, admin, other.user);

      expect(
        (await sut.request('DELETE', `${base}/${other.user.id}`, { token: member.accessToken }))
          .status,
      ).toBe(403);
      expect(
        (
          await sut.request('DELETE', `${base}/${outsider.user.id}`, {
            token: outsider.accessToken,
          })
        ).status,
      ).toBe(404);
      expect(
        (await sut.request('DELETE', `${base}/${member.user.id}`, { token: member.accessToken }))
          .status,
      ).toBe(204);
      expect(
        (await sut.request('DELETE', `${base}/${other.user.id}`, { token: admin.accessToken }))
          .status,
      ).toBe(204);
      const left = await sut.request('GET', base, { token: admin.accessToken });
      expect(left.body.items.map((item: { userId: string }) => item.userId)).toEqual([
        admin.user.id,
      ]);
    });

    it('never leaves an association without an admin', async () => {
      const { admin, member, association } = await createCast(sut);
      const base = `/api/associations/${association.id}/members`;
      const leave = await sut.request('DELETE', `${base}/${admin.user.id}`, {
        token: admin.accessToken,
      });
      const demote = await sut.request('PATCH', `${base}/${admin.user.id}`, {
        token: admin.accessToken,
        body: { role: 'member' },
      });
      for (const response of [leave, demote]) {
        expect(response.status).toBe(409);
        expect(response.headers.get('content-type')).toContain('application/problem+json');
        expect(response.body.type).toBe('urn:agora:problem:last-admin');
      }
      // With a second admin, the first may step down — and then the second is the last one.
      await sut.request('PATCH', `${base}/${member.user.id}`, {
        token: admin.accessToken,
        body: { role: 'admin' },
      });
      expect(
        (
          await sut.request('PATCH', `${base}/${admin.user.id}`, {
            token: admin.accessToken,
            body: { role: 'member' },
          })
        ).status,
      ).toBe(200);
      const removeLast = await sut.request('DELETE', `${base}/${member.user.id}`, {
        token: member.accessToken,
      });
      expect(removeLast.status).toBe(409);
      expect(removeLast.body.type).toBe('urn:agora:problem:last-admin');
    });

    it('keeps an admin when two admins step down at the same time', async () => {
      const { admin, member, association } = await createCast(sut);
      const base = `/api/associations/${association.id}/members`;
      await sut.request('PATCH', `${base}/${member.user.id}`, {
        token: admin.accessToken,
        body: { role: 'admin' },
      });
      const results = await Promise.all([
        sut.request('DELETE', `${base}/${admin.user.id}`, { token: admin.accessToken }),
        sut.request('DELETE', `${base}/${member.user.id}`, { token: member.accessToken }),
      ]);
      expect(results.map((response) => response.status).sort()).toEqual([204, 409]);
      const remaining = await sut.request('GET', base, { token: admin.accessToken });
      expect(remaining.body.items).toHaveLength(1);
      expect(remaining.body.items[0].role).toBe('admin');
    });
  });

  describe('deleting an association', () => {
    it('is for admins and removes its members', async () => {
      const { admin, member, association } = await createCast(sut);
      expect(
        (
          await sut.request('DELETE', `/api/associations/${association.id}`, {
            token: member.accessToken,
          })
        ).status,
      ).toBe(403);
      expect(
        (
          await sut.request('DELETE', `/api/associations/${association.id}`, {
            token: admin.accessToken,
          })
        ).status,
      ).toBe(204);
      expect(
        (
          await sut.request('GET', `/api/associations/${association.id}`, {
            token: admin.accessToken,
          })
        ).status,
      ).toBe(404);
      const [{ count }] = await sut.dataSource.query(
        `SELECT count(*)::int AS count FROM memberships WHERE association_id = $1`,
        [association.id],
      );
      expect(count).toBe(0);
    });
  });
});
