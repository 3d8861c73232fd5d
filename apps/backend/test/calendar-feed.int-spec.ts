import { readFeed } from '@app/calendar/testing/read-calendar';
import { RoutingKey } from '@app/contracts';
import { createAssociation, createCast } from './associations-fixtures';
import { parseExposition, valueOf } from './support/exposition';
import { createSignedInUser, SignedInUser } from './support/fixtures';
import { expectProblem } from './support/problems';
import { TestApp } from './support/test-app';

describe('private calendar feed', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await TestApp.start();
  });
  afterAll(() => sut.close());

  const feedUrls = async (who: SignedInUser) =>
    (await sut.request('GET', '/api/me/calendar-feed', { token: who.accessToken })).body as {
      url: string;
      webcalUrl: string;
    };
  const pathOf = (url: string) => new URL(url).pathname;

  async function createEvent(admin: SignedInUser, associationId: string, body: object) {
    const created = await sut.request('POST', `/api/associations/${associationId}/events`, {
      token: admin.accessToken,
      body,
    });
    expect(created.status).toBe(201);
    return created.body as { id: string; uid: string };
  }

  /** The calendar part of the newest invitation of that kind mailed for the event. */
  async function mailedEvent(routingKey: string, uid: string) {
    const rows: { event: { uid: string; sequence: number } }[] = await sut.dataSource.query(
      `SELECT payload->'data'->'event' AS event FROM outbox
        WHERE routing_key = $1 AND payload->'data'->'event'->>'uid' = $2
        ORDER BY created_at DESC, id DESC LIMIT 1`,
      [routingKey, uid],
    );
    return rows[0].event;
  }

  it('serves my associations’ events without login, cancelled ones kept, as the invitations said', async () => {
    const { admin, member, association } = await createCast(sut);
    const elsewhere = await createAssociation(sut, admin);
    const paris = await createEvent(admin, association.id, {
      title: 'General assembly',
      startsAt: '2030-03-01T18:30:00+01:00',
      endsAt: '2030-03-01T20:30:00+01:00',
      timeZone: 'Europe/Paris',
    });
    const montreal = await createEvent(admin, association.id, {
      title: 'Visit',
      startsAt: '2030-07-01T10:00:00-04:00',
      endsAt: '2030-07-01T12:00:00-04:00',
      timeZone: 'America/Toronto',
    });
    await sut.request('PATCH', `/api/events/${montreal.id}`, {
      token: admin.accessToken,
      body: { title: 'Visit (moved room)' },
    });
    await sut.request('DELETE', `/api/events/${paris.id}`, { token: admin.accessToken });
    await createEvent(admin, elsewhere.id, {
      title: 'Not my club',
      startsAt: '2030-03-02T18:30:00Z',
      endsAt: '2030-03-02T20:30:00Z',
      timeZone: 'UTC',
    });

    const urls = await feedUrls(member);
    expect(urls.url).toMatch(
      new RegExp(`^${sut.config.appUrl}/api/calendar/[A-Za-z0-9_-]{43}\\.ics$`),
    );
    expect(urls.webcalUrl).toBe(urls.url.replace(/^https?:/, 'webcal:'));
    expect(await feedUrls(member)).toEqual(urls);

    const response = await sut.request('GET', pathOf(urls.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('private, max-age=300');
    const feed = readFeed(response.body);
    expect(feed.zones.sort()).toEqual(['America/Toronto', 'Europe/Paris']);
    expect(feed.events.map((event) => event.summary)).toEqual([
      'General assembly',
      'Visit (moved room)',
    ]);
    const [cancelled, moved] = feed.events;
    expect(cancelled.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(moved.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(moved.startDate.toJSDate().toISOString()).toBe('2030-07-01T14:00:00.000Z');

    const cancellation = await mailedEvent(RoutingKey.EventCancelled, paris.uid);
    expect([cancelled.uid, cancelled.sequence]).toEqual([cancellation.uid, cancellation.sequence]);
    const update = await mailedEvent(RoutingKey.EventUpdated, montreal.uid);
    expect([moved.uid, moved.sequence]).toEqual([update.uid, update.sequence]);
    expect(moved.sequence).toBe(1);
  });

  it('leaves out events that ended more than 30 days ago', async () => {
    const { admin, member, association } = await createCast(sut);
    const old = await createEvent(admin, association.id, {
      title: 'Long ago',
      startsAt: '2030-01-01T10:00:00Z',
      endsAt: '2030-01-01T11:00:00Z',
      timeZone: 'UTC',
    });
    const recent = await createEvent(admin, association.id, {
      title: 'Last week',
      startsAt: '2030-01-01T10:00:00Z',
      endsAt: '2030-01-01T11:00:00Z',
      timeZone: 'UTC',
    });
    // Moved into the past behind the API's back: the API refuses nothing in the past, but a test
    // through it would need a clock; the rule under test is the window, read from the database.
    await sut.dataSource.query(
      `UPDATE events SET starts_at = now() - interval '31 days', ends_at = now() - interval '31 days' + interval '1 hour' WHERE id = $1`,
      [old.id],
    );
    await sut.dataSource.query(
      `UPDATE events SET starts_at = now() - interval '7 days', ends_at = now() - interval '7 days' + interval '1 hour' WHERE id = $1`,
      [recent.id],
    );
    const feed = readFeed((await sut.request('GET', pathOf((await feedUrls(member)).url))).body);
    expect(feed.events.map((event) => event.summary)).toEqual(['Last week']);
  });

  const feedAnswers = async () => {
    const samples = parseExposition((await sut.request('GET', '/metrics')).body);
    const name = 'agora_calendar_feed_requests_total';
    return {
      full: valueOf(samples, name, { answer: 'full' }),
      notModified: valueOf(samples, name, { answer: 'not_modified' }),
    };
  };

  it('answers 304 to If-None-Match until something changes, and counts both answers', async () => {
    const { admin, member, association } = await createCast(sut);
    const counted = await feedAnswers();
    await createEvent(admin, association.id, {
      title: 'Chess night',
      startsAt: '2030-05-01T18:00:00Z',
      endsAt: '2030-05-01T20:00:00Z',
      timeZone: 'UTC',
    });
    const path = pathOf((await feedUrls(member)).url);
    const first = await sut.request('GET', path);
    const tag = first.headers.get('etag');
    expect(tag).toMatch(/^"[A-Za-z0-9_-]+"$/);

    const again = await sut.request('GET', path, { headers: { 'if-none-match': tag! } });
    expect(again.status).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers.get('etag')).toBe(tag);

    await createEvent(admin, association.id, {
      title: 'Blitz night',
      startsAt: '2030-05-02T18:00:00Z',
      endsAt: '2030-05-02T20:00:00Z',
      timeZone: 'UTC',
    });
    const changed = await sut.request('GET', path, { headers: { 'if-none-match': tag! } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(tag);
    expect(await feedAnswers()).toEqual({
      full: counted.full! + 2,
      notModified: counted.notModified! + 1,
    });
  });

  it('rotating kills the old URL; unknown and malformed tokens are 404', async () => {
    const member = await createSignedInUser(sut);
    const before = pathOf((await feedUrls(member)).url);
    expect((await sut.request('GET', before)).status).toBe(200);

    const rotated = await sut.request('POST', '/api/me/calendar-feed/rotate', {
      token: member.accessToken,
    });
    expect(rotated.status).toBe(200);
    expect(rotated.body.url).not.toBe(`${sut.config.appUrl}${before}`);
    expectProblem(await sut.request('GET', before), 404);
    expect((await sut.request('GET', pathOf(rotated.body.url))).status).toBe(200);
    expect(await feedUrls(member)).toEqual(rotated.body);

    for (const unknown of [
      `/api/calendar/${'A'.repeat(43)}.ics`,
      '/api/calendar/x.ics',
      `/api/calendar/${'A'.repeat(60)}.ics`,
    ])
      expectProblem(await sut.request('GET', unknown), 404);
  });

  it('opens nothing else: the token is no access token, and the URLs need a login', async () => {
    const member = await createSignedInUser(sut);
    const token = pathOf((await feedUrls(member)).url).replace(/^\/api\/calendar\/|\.ics$/g, '');
    expectProblem(await sut.request('GET', '/api/me/events', { token }), 401);
    expectProblem(await sut.request('GET', '/api/me/calendar-feed'), 401);
    expectProblem(await sut.request('POST', '/api/me/calendar-feed/rotate'), 401);
    const rows = await sut.dataSource.query(`SELECT * FROM calendar_feeds WHERE user_id = $1`, [
      member.user.id,
    ]);
    expect(JSON.stringify(rows)).not.toContain(token);
  });
});

describe('private calendar feed, rate limit', () => {
  const PER_MINUTE = 3;
  let sut: TestApp;

  beforeAll(async () => {
    sut = await TestApp.start({ AUTH_RATE_LIMIT_PER_IP: String(PER_MINUTE) });
  });
  afterAll(() => sut.close());

  it('answers 429 with Retry-After once one feed is polled too often, other feeds unaffected', async () => {
    const [one, other] = [await createSignedInUser(sut), await createSignedInUser(sut)];
    const pathOf = async (who: SignedInUser) =>
      new URL(
        (await sut.request('GET', '/api/me/calendar-feed', { token: who.accessToken })).body.url,
      ).pathname;
    const path = await pathOf(one);
    for (let i = 0; i < PER_MINUTE; i += 1)
      expect((await sut.request('GET', path)).status).toBe(200);
    const limited = await sut.request('GET', path);
    expectProblem(limited, 429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await sut.request('GET', await pathOf(other))).status).toBe(200);
  });
});
