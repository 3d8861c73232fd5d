import { MinutesPurgeService } from '../src/minutes/minutes-purge.service';
import { createCast, UNKNOWN_ID } from './associations-fixtures';
import { createUser } from './support/fixtures';
import { TestApp } from './support/test-app';

describe('minutes of general assemblies', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await TestApp.start();
  });
  afterAll(() => sut.close());

  it('are written by admins with member voters and read by members, newest first', async () => {
    const { admin, member, association } = await createCast(sut);
    const base = `/api/associations/${association.id}/minutes`;
    const spring = await sut.request('POST', base, {
      token: admin.accessToken,
      body: {
        heldOn: '2026-04-11',
        content: 'Budget adopted.\nNew board elected.',
        voterIds: [admin.user.id, member.user.id],
      },
    });
    expect(spring.status).toBe(201);
    expect(spring.body).toMatchObject({
      heldOn: '2026-04-11',
      content: 'Budget adopted.\nNew board elected.',
      voters: expect.arrayContaining([
        { userId: admin.user.id, firstName: 'Ada', lastName: 'Admin' },
        { userId: member.user.id, firstName: 'Max', lastName: 'Member' },
      ]),
    });
    await sut.request('POST', base, {
      token: admin.accessToken,
      body: { heldOn: '2025-04-12', content: 'Older.', voterIds: [] },
    });
    await sut.request('POST', base, {
      token: admin.accessToken,
      body: { heldOn: '2026-10-03', content: 'Newest.', voterIds: [admin.user.id] },
    });

    const list = await sut.request('GET', `${base}?pageSize=2`, { token: member.accessToken });
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(list.body.items.map((item: { heldOn: string }) => item.heldOn)).toEqual([
      '2026-10-03',
      '2026-04-11',
    ]);
    expect(list.body.items[1]).toMatchObject({
      id: spring.body.id,
      voterCount: 2,
      excerpt: 'Budget adopted.\nNew board elected.',
    });

    const one = await sut.request('GET', `${base}/${spring.body.id}`, {
      token: member.accessToken,
    });
    expect(one.status).toBe(200);
    expect(one.body.content).toBe('Budget adopted.\nNew board elected.');
  });

  it('name every voter who is not a member', async () => {
    const { admin, outsider, association } = await createCast(sut);
    const stranger = await createUser(sut);
    const base = `/api/associations/${association.id}/minutes`;
    const response = await sut.request('POST', base, {
      token: admin.accessToken,
      body: {
        heldOn: '2026-04-11',
        content: 'x',
        voterIds: [admin.user.id, outsider.user.id, stranger.id, UNKNOWN_ID],
      },
    });
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body.type).toBe('urn:agora:problem:voters-not-members');
    expect([...response.body.invalidVoterIds].sort()).toEqual(
      [outsider.user.id, stranger.id, UNKNOWN_ID].sort(),
    );
    expect(response.body.invalidVoterIds).not.toContain(admin.user.id);
    expect(response.body.errors).toEqual([
      { field: 'voterIds', message: expect.stringContaining(stranger.id) },
    ]);
    const [{ count }] = await sut.dataSource.query(
      `SELECT count(*)::int AS count FROM minutes WHERE association_id = $1`,
      [association.id],
    );
    expect(count).toBe(0);
  });

  it('name the first few of many non-member voters in the text and all of them in invalidVoterIds', async () => {
    const { admin, association } = await createCast(sut);
    const strangers = Array.from(
      { length: 2000 },
      (_, index) => `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    );
    const response = await sut.request('POST', `/api/associations/${association.id}/minutes`, {
      token: admin.accessToken,
      body: { heldOn: '2026-04-11', content: 'x', voterIds: strangers },
    });
    expect(response.status).toBe(422);
    expect(response.body.invalidVoterIds).toHaveLength(2000);
    expect(response.body.detail).toMatch(/and 1990 more\.$/);
  });

  it('can be corrected and deleted by admins only', async () => {
    const { admin, member, association } = await createCast(sut);
    const base = `/api/associations/${association.id}/minutes`;
    const created = await sut.request('POST', base, {
      token: admin.accessToken,
      body: { heldOn: '2026-04-11', content: 'Draft', voterIds: [admin.user.id] },
    });
    const path = `${base}/${created.body.id}`;
    expect(
      (await sut.request('PATCH', path, { token: member.accessToken, body: { content: 'Mine' } }))
        .status,
    ).toBe(403);
    expect((await sut.request('DELETE', path, { token: member.accessToken })).status).toBe(403);
    const corrected = await sut.request('PATCH', path, {
      token: admin.accessToken,
      body: { content: 'Final', voterIds: [member.user.id] },
    });
    expect(corrected.status).toBe(200);
    expect(corrected.body).toMatchObject({
      heldOn: '2026-04-11',
      content: 'Final',
      voters: [{ userId: member.user.id }],
    });
    expect((await sut.request('DELETE', path, { token: admin.accessToken })).status).toBe(204);
    expect((await sut.request('GET', path, { token: admin.accessToken })).status).toBe(404);
  });

  it('carry a title and the kind of meeting, which admins can change or clear', async () => {
    const { admin, member, association } = await createCast(sut);
    const base = `/api/associations/${association.id}/minutes`;
    const board = await sut.request('POST', base, {
      token: admin.accessToken,
      body: {
        heldOn: '2026-04-11',
        title: '  Board meeting of April  ',
        kind: 'board',
        content: 'Budget prepared.',
        voterIds: [],
      },
    });
    expect(board.status).toBe(201);
    expect(board.body).toMatchObject({ title: 'Board meeting of April', kind: 'board' });
    const untitled = await sut.request('POST', base, {
      token: admin.accessToken,
      body: { heldOn: '2026-04-12', content: 'Assembly.', voterIds: [] },
    });
    expect(untitled.body).toMatchObject({ title: null, kind: 'general-assembly' });

    const list = await sut.request('GET', base, { token: member.accessToken });
    expect(
      list.body.items.map(({ title, kind }: { title: string | null; kind: string }) => ({
        title,
        kind,
      })),
    ).toEqual([
      { title: null, kind: 'general-assembly' },
      { title: 'Board meeting of April', kind: 'board' },
    ]);

    const path = `${base}/${board.body.id}`;
    const renamed = await sut.request('PATCH', path, {
      token: admin.accessToken,
      body: { content: 'Budget prepared and sent.' },
    });
    expect(renamed.body).toMatchObject({ title: 'Board meeting of April', kind: 'board' });
    const cleared = await sut.request('PATCH', path, {
      token: admin.accessToken,
      body: { title: '', kind: 'general-assembly' },
    });
    expect(cleared.body).toMatchObject({ title: null, kind: 'general-assembly' });

    for (const body of [
      { title: 'x'.repeat(201) },
      { title: 'Two\nlines' },
      { title: 42 },
      { kind: 'party' },
      { kind: null },
    ]) {
      const refused = await sut.request('PATCH', path, { token: admin.accessToken, body });
      expect({ body, status: refused.status }).toEqual({ body, status: 400 });
    }
  });

  it('come back when an admin undoes a deletion in time, and are purged for good after', async () => {
    const { admin, member, association } = await createCast(sut);
    const base = `/api/associations/${association.id}/minutes`;
    const created = await sut.request('POST', base, {
      token: admin.accessToken,
      body: { heldOn: '2026-04-11', content: 'Kept?', voterIds: [member.user.id] },
    });
    const path = `${base}/${created.body.id}`;
    const total = async () =>
      (await sut.request('GET', base, { token: member.accessToken })).body.total as number;

    expect((await sut.request('DELETE', path, { token: admin.accessToken })).status).toBe(204);
    expect(await total()).toBe(0);
    expect((await sut.request('GET', path, { token: member.accessToken })).status).toBe(404);
    expect(
      (await sut.request('POST', `${path}/restore`, { token: member.accessToken })).status,
    ).toBe(403);

    const restored = await sut.request('POST', `${path}/restore`, { token: admin.accessToken });
    expect(restored.status).toBe(200);
    expect(restored.body).toMatchObject({ content: 'Kept?', voters: [{ userId: member.user.id }] });
    expect(await total()).toBe(1);

    // Deleted eleven minutes ago: past the default ten-minute window.
    await sut.request('DELETE', path, { token: admin.accessToken });
    await sut.dataSource.query(
      `UPDATE minutes SET deleted_at = now() - interval '11 minutes' WHERE id = $1`,
      [created.body.id],
    );
    expect(
      (await sut.request('POST', `${path}/restore`, { token: admin.accessToken })).status,
    ).toBe(404);
    await sut.get(MinutesPurgeService).purge();
    const left = await sut.dataSource.query(
      `SELECT (SELECT count(*)::int FROM minutes WHERE id = $1) AS minutes,
              (SELECT count(*)::int FROM minute_voters WHERE minute_id = $1) AS voters`,
      [created.body.id],
    );
    expect(left).toEqual([{ minutes: 0, voters: 0 }]);
  });

  it('are hidden from outsiders like missing ones', async () => {
    const { admin, outsider, association } = await createCast(sut);
    const base = `/api/associations/${association.id}/minutes`;
    const created = await sut.request('POST', base, {
      token: admin.accessToken,
      body: { heldOn: '2026-04-11', content: 'Secret', voterIds: [] },
    });
    const hidden = await sut.request('GET', `${base}/${created.body.id}`, {
      token: outsider.accessToken,
    });
    const missing = await sut.request(
      'GET',
      `/api/associations/${UNKNOWN_ID}/minutes/${created.body.id}`,
      { token: outsider.accessToken },
    );
    expect(hidden.status).toBe(404);
    expect({ ...hidden.body, instance: undefined, correlationId: undefined }).toEqual({
      ...missing.body,
      instance: undefined,
      correlationId: undefined,
    });
    expect((await sut.request('GET', base, { token: outsider.accessToken })).status).toBe(404);
    expect(
      (
        await sut.request('POST', base, {
          token: outsider.accessToken,
          body: { heldOn: '2026-04-11', content: 'x', voterIds: [] },
        })
      ).status,
    ).toBe(404);
  });

  it('refuse impossible dates, oversized content and malformed voters', async () => {
    const { admin, association } = await createCast(sut);
    const base = `/api/associations/${association.id}/minutes`;
    const valid = { heldOn: '2026-04-11', content: 'ok', voterIds: [] as string[] };
    const exactly100kB = 'é'.repeat(50 * 1024);
    expect(
      (
        await sut.request('POST', base, {
          token: admin.accessToken,
          body: { ...valid, content: exactly100kB },
        })
      ).status,
    ).toBe(201);
    for (const body of [
      { ...valid, heldOn: '2027-02-30' },
      { ...valid, heldOn: '2026-13-01' },
      { ...valid, heldOn: '11/04/2026' },
      { ...valid, heldOn: '2026-04-11T10:00:00Z' },
      { ...valid, content: `${exactly100kB}x` },
      { ...valid, content: '   ' },
      { ...valid, content: 'a\u0000b' },
      { ...valid, voterIds: ['not-a-uuid'] },
      { ...valid, voterIds: [admin.user.id, admin.user.id] },
      { ...valid, voterIds: 'everyone' },
      { heldOn: '2026-04-11', content: 'no voters' },
    ]) {
      const response = await sut.request('POST', base, { token: admin.accessToken, body });
      expect({ body: JSON.stringify(body).slice(0, 80), status: response.status }).toEqual({
        body: JSON.stringify(body).slice(0, 80),
        status: 400,
      });
      expect(response.body.errors.length).toBeGreaterThan(0);
    }
    expect((await sut.request('GET', `${base}/nope`, { token: admin.accessToken })).status).toBe(
      400,
    );
    expect(
      (await sut.request('GET', `${base}?pageSize=1000000`, { token: admin.accessToken })).status,
    ).toBe(400);
  });
});
