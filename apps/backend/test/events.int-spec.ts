import { Envelope, parseEnvelope, RoutingKey } from '@app/contracts';

type EventEnvelope = Envelope<
  typeof RoutingKey.EventCreated | typeof RoutingKey.EventUpdated | typeof RoutingKey.EventCancelled
>;
import {
  createAssociation,
  createCast,
  joinByInvitation,
  UNKNOWN_ID,
} from './associations-fixtures';
import { parseExposition, valueOf } from './support/exposition';
import { createSignedInUser, createUser } from './support/fixtures';
import { TestApp } from './support/test-app';

const concert = {
  title: 'Spring concert',
  description: 'Bring a chair.',
  location: 'Town hall',
  startsAt: '2030-03-01T18:30:00+01:00',
  endsAt: '2030-03-01T20:30:00+01:00',
  timeZone: 'Europe/Paris',
};

describe('events', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await TestApp.start();
  });
  afterAll(() => sut.close());

  async function outboxOf(uid: string): Promise<EventEnvelope[]> {
    const rows: { payload: EventEnvelope }[] = await sut.dataSource.query(
      `SELECT payload FROM outbox WHERE payload -> 'data' -> 'event' ->> 'uid' = $1 ORDER BY created_at, payload ->> 'occurredAt'`,
      [uid],
    );
    return rows.map((row) => row.payload);
  }

  it('are created by admins with a stable uid, sequence 0 and a message to every verified member', async () => {
    const { admin, member, association } = await createCast(sut);
    const second = await createUser(sut, { firstName: 'Sam', lastName: 'Second' });
    const lapsed = await createUser(sut, { firstName: 'Lee', lastName: 'Lapsed' });
    for (const user of [second, lapsed]) {
      await joinByInvitation(sut, association.id, admin, user);
    }
    // A member whose address is no longer verified gets no mail.
    await sut.dataSource.query(`UPDATE users SET email_verified_at = NULL WHERE id = $1`, [
      lapsed.id,
    ]);

    const created = await sut.request('POST', `/api/associations/${association.id}/events`, {
      token: admin.accessToken,
      body: concert,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      associationId: association.id,
      uid: `${created.body.id}@agora`,
      sequence: 0,
      status: 'scheduled',
      title: 'Spring concert',
      startsAt: '2030-03-01T17:30:00.000Z',
      endsAt: '2030-03-01T19:30:00.000Z',
      timeZone: 'Europe/Paris',
    });

    const messages = await outboxOf(created.body.uid);
    expect(messages).toHaveLength(1);
    const [message] = messages;
    expect(parseEnvelope(message).ok).toBe(true);
    expect(message.type).toBe('event.created');
    expect(message.data).toEqual({
      event: {
        id: created.body.id,
        uid: created.body.uid,
        sequence: 0,
        title: 'Spring concert',
        description: 'Bring a chair.',
        location: 'Town hall',
        startsAt: '2030-03-01T17:30:00.000Z',
        endsAt: '2030-03-01T19:30:00.000Z',
        timeZone: 'Europe/Paris',
        url: `http://agora.test/events/${created.body.id}`,
      },
      association: { id: association.id, name: association.name },
      // The association at the platform's address: no member's address for every member to see.
      organizer: { name: association.name, email: sut.config.mailReplyAddress },
      recipients: expect.any(Array),
    });
    const recipients = message.data.recipients;
    expect(recipients.map((recipient) => recipient.email).sort()).toEqual(
      [admin.user.email, member.user.email, second.email].sort(),
    );
    expect(recipients).toContainEqual(
      expect.objectContaining({
        userId: second.id,
        email: second.email,
        name: 'Sam Second',
        locale: 'en',
        rsvpUrl: expect.stringMatching(/^http:\/\/agora\.test\/rsvp\/[\w-]{43}$/),
        unsubscribeUrl: expect.stringMatching(/^http:\/\/agora\.test\/api\/unsubscribe\//),
      }),
    );
  });

  it('raise the sequence and send one message on every change, and only on a change', async () => {
    const { admin, member, association } = await createCast(sut);
    const created = await sut.request('POST', `/api/associations/${association.id}/events`, {
      token: admin.accessToken,
      body: concert,
    });
    const path = `/api/events/${created.body.id}`;

    const moved = await sut.request('PATCH', path, {
      token: admin.accessToken,
      body: { startsAt: '2030-03-02T18:30:00+01:00', endsAt: '2030-03-02T21:00:00+01:00' },
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({
      sequence: 1,
      uid: created.body.uid,
      title: 'Spring concert',
      startsAt: '2030-03-02T17:30:00.000Z',
    });
    const renamed = await sut.request('PATCH', path, {
      token: admin.accessToken,
      body: { title: 'Spring gala', location: null },
    });
    expect(renamed.body).toMatchObject({
      sequence: 2,
      title: 'Spring gala',
      location: null,
      description: 'Bring a chair.',
    });
    const same = await sut.request('PATCH', path, {
      token: admin.accessToken,
      body: { title: 'Spring gala', startsAt: '2030-03-02T17:30:00Z' },
    });
    expect(same.body.sequence).toBe(2);

    const messages = await outboxOf(created.body.uid);
    expect(messages.map((message) => [message.type, message.data.event.sequence])).toEqual([
      ['event.created', 0],
      ['event.updated', 1],
      ['event.updated', 2],
    ]);
    expect(messages.every((message) => parseEnvelope(message).ok)).toBe(true);
    expect(messages[2].data.event).toMatchObject({ title: 'Spring gala', location: null });

    expect(
      (await sut.request('PATCH', path, { token: member.accessToken, body: { title: 'Mine' } }))
        .status,
    ).toBe(403);
    expect((await sut.request('GET', path, { token: member.accessToken })).body.title).toBe(
      'Spring gala',
    );
  });

  it('give concurrent changes distinct sequences, one message each', async () => {
    const { admin, association } = await createCast(sut);
    const created = await sut.request('POST', `/api/associations/${association.id}/events`, {
      token: admin.accessToken,
      body: concert,
    });
    const titles = ['One', 'Two', 'Three', 'Four'];
    const responses = await Promise.all(
      titles.map((title) =>
        sut.request('PATCH', `/api/events/${created.body.id}`, {
          token: admin.accessToken,
          body: { title },
        }),
      ),
    );
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200, 200]);
    expect(responses.map((response) => response.body.sequence).sort()).toEqual([1, 2, 3, 4]);
    const messages = await outboxOf(created.body.uid);
    expect(messages.map((message) => message.data.event.sequence).sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it('are cancelled by DELETE, stay readable, and cannot be changed afterwards', async () => {
    const { admin, member, association } = await createCast(sut);
    const created = await sut.request('POST', `/api/associations/${association.id}/events`, {
      token: admin.accessToken,
      body: concert,
    });
    const path = `/api/events/${created.body.id}`;
    expect((await sut.request('DELETE', path, { token: member.accessToken })).status).toBe(403);
    expect((await sut.request('DELETE', path, { token: admin.accessToken })).status).toBe(204);
    const cancelled = await sut.request('GET', path, { token: member.accessToken });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', sequence: 1 });
    expect((await sut.request('DELETE', path, { token: admin.accessToken })).status).toBe(204);
    const changed = await sut.request('PATCH', path, {
      token: admin.accessToken,
      body: { title: 'Back on' },
    });
    expect(changed.status).toBe(409);
    expect(changed.body.type).toBe('urn:agora:problem:event-cancelled');

    const messages = await outboxOf(created.body.uid);
    expect(messages.map((message) => [message.type, message.data.event.sequence])).toEqual([
      ['event.created', 0],
      ['event.cancelled', 1],
    ]);
    expect(parseEnvelope(messages[1]).ok).toBe(true);
  });

  it('are for members only: outsiders get the same 404 as for a missing event', async () => {
    const { admin, member, outsider, association } = await createCast(sut);
    const created = await sut.request('POST', `/api/associations/${association.id}/events`, {
      token: admin.accessToken,
      body: concert,
    });
    const hidden = await sut.request('GET', `/api/events/${created.body.id}`, {
      token: outsider.accessToken,
    });
    const missing = await sut.request('GET', `/api/events/${UNKNOWN_ID}`, {
      token: outsider.accessToken,
    });
    expect(hidden.status).toBe(404);
    expect({ ...hidden.body, instance: undefined, correlationId: undefined }).toEqual({
      ...missing.body,
      instance: undefined,
      correlationId: undefined,
    });
    expect(
      (
        await sut.request('PATCH', `/api/events/${created.body.id}`, {
          token: outsider.accessToken,
          body: { title: 'x' },
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await sut.request('GET', `/api/associations/${association.id}/events`, {
          token: outsider.accessToken,
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await sut.request('POST', `/api/associations/${association.id}/events`, {
          token: member.accessToken,
          body: concert,
        })
      ).status,
    ).toBe(403);

    const list = await sut.request('GET', `/api/associations/${association.id}/events`, {
      token: member.accessToken,
    });
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ total: 1, items: [{ id: created.body.id }] });
  });

  it('refuse unknown zones, impossible or offset-less instants, inverted ranges and oversized text', async () => {
    const { admin, association } = await createCast(sut);
    const path = `/api/associations/${association.id}/events`;
    const cases: [string, Record<string, unknown>][] = [
      ['timeZone', { ...concert, timeZone: 'Mars/Olympus' }],
      ['timeZone', { ...concert, timeZone: '' }],
      ['startsAt', { ...concert, startsAt: '2027-02-30T10:00:00+01:00' }],
      ['startsAt', { ...concert, startsAt: '2027-02-30' }],
      ['startsAt', { ...concert, startsAt: '2030-03-01T18:30:00' }],
      ['startsAt', { ...concert, startsAt: 'tomorrow' }],
      ['startsAt', { ...concert, startsAt: 1893456000000 }],
      // An offset PostgreSQL cannot store must be refused here, not by the database.
      ['startsAt', { ...concert, startsAt: '2030-03-01T18:30:00+16:00' }],
      ['endsAt', { ...concert, endsAt: '2030-03-01T20:30:00-23:59' }],
      ['endsAt', { ...concert, endsAt: '2030-03-01T17:00:00+01:00' }],
      ['endsAt', { ...concert, endsAt: concert.startsAt }],
      ['title', { ...concert, title: 'x'.repeat(100 * 1024) }],
      ['title', { ...concert, title: '  ' }],
      ['title', { ...concert, title: 'a\u0000b' }],
      ['description', { ...concert, description: 'nul \u0000 inside' }],
      ['location', { ...concert, location: 'x'.repeat(301) }],
      ['title', { ...concert, title: undefined }],
      ['colour', { ...concert, colour: 'red' }],
    ];
    for (const [field, body] of cases) {
      const response = await sut.request('POST', path, { token: admin.accessToken, body });
      expect({ field, status: response.status }).toEqual({ field, status: 400 });
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
    }
    const created = await sut.request('POST', path, { token: admin.accessToken, body: concert });
    const inverted = await sut.request('PATCH', `/api/events/${created.body.id}`, {
      token: admin.accessToken,
      body: { endsAt: '2030-03-01T10:00:00Z' },
    });
    expect(inverted.status).toBe(400);
    expect(inverted.body.errors).toEqual([
      { field: 'endsAt', message: 'endsAt must be after startsAt' },
    ]);
    expect(
      (await sut.request('GET', '/api/events/12345', { token: admin.accessToken })).status,
    ).toBe(400);
    expect(
      (await sut.request('GET', `${path}?from=2027-02-30T00:00:00Z`, { token: admin.accessToken }))
        .status,
    ).toBe(400);
    expect(
      (
        await sut.request('GET', `${path}?to=${encodeURIComponent('2027-01-01T00:00:00+20:00')}`, {
          token: admin.accessToken,
        })
      ).status,
    ).toBe(400);
    const [{ count }] = await sut.dataSource.query(
      `SELECT count(*)::int AS count FROM events WHERE association_id = $1`,
      [association.id],
    );
    expect(count).toBe(1);
  });

  it('count created events in the agora_events_created_total metric, refused ones not', async () => {
    const { admin, association } = await createCast(sut);
    const createdSoFar = async () =>
      valueOf(
        parseExposition((await sut.request('GET', '/metrics')).body),
        'agora_events_created_total',
      );
    const before = await createdSoFar();
    await sut.request('POST', `/api/associations/${association.id}/events`, {
      token: admin.accessToken,
      body: concert,
    });
    await sut.request('POST', `/api/associations/${association.id}/events`, {
      token: admin.accessToken,
      body: { ...concert, timeZone: 'Mars/Olympus' },
    });
    expect(await createdSoFar()).toBe((before ?? 0) + 1);
  });

  it('store a time zone under the IANA name its user chose, fixing only the letter case', async () => {
    const { admin, member, association } = await createCast(sut);
    // ICU, which Node uses, calls these zones Asia/Calcutta, Europe/Kiev and America/Godthab;
    // calendar applications expect the current IANA names.
    const cases = [
      ['europe/paris', 'Europe/Paris'],
      ['Asia/Kolkata', 'Asia/Kolkata'],
      ['europe/kyiv', 'Europe/Kyiv'],
      ['America/Nuuk', 'America/Nuuk'],
    ];
    for (const [given, expected] of cases) {
      const created = await sut.request('POST', `/api/associations/${association.id}/events`, {
        token: admin.accessToken,
        body: { ...concert, timeZone: given },
      });
      expect(created.status).toBe(201);
      expect(created.body.timeZone).toBe(expected);
      const [row] = await sut.dataSource.query(`SELECT time_zone FROM events WHERE id = $1`, [
        created.body.id,
      ]);
      expect(row.time_zone).toBe(expected);
      const [envelope] = await outboxOf(created.body.uid);
      expect(envelope.data.event.timeZone).toBe(expected);
      const ics = await sut.request('GET', `/api/events/${created.body.id}/ics`, {
        token: member.accessToken,
      });
      expect(ics.status).toBe(200);
      expect(ics.body).toContain(`\r\nTZID:${expected}\r\n`);
      expect(ics.body).toContain(`DTSTART;TZID=${expected}:`);
    }
  });

  it('keep the chosen zone name when an event is moved to another zone', async () => {
    const { admin, association } = await createCast(sut);
    const created = await sut.request('POST', `/api/associations/${association.id}/events`, {
      token: admin.accessToken,
      body: concert,
    });
    const updated = await sut.request('PATCH', `/api/events/${created.body.id}`, {
      token: admin.accessToken,
      body: { timeZone: 'asia/kolkata' },
    });
    expect(updated.status).toBe(200);
    expect(updated.body.timeZone).toBe('Asia/Kolkata');
  });

  it('list my upcoming scheduled events across my associations, with their association name', async () => {
    const me = await createSignedInUser(sut);
    const chess = await createAssociation(sut, me);
    const choir = await createAssociation(sut, me);
    const other = await createSignedInUser(sut);
    const notMine = await createAssociation(sut, other);
    const post = (
      associationId: string,
      title: string,
      startsAt: string,
      endsAt: string,
      token = me.accessToken,
    ) =>
      sut.request('POST', `/api/associations/${associationId}/events`, {
        token,
        body: { title, startsAt, endsAt, timeZone: 'UTC' },
      });
    await post(chess.id, 'Past', '2020-01-01T10:00:00Z', '2020-01-01T11:00:00Z');
    await post(chess.id, 'Chess 2031', '2031-01-01T10:00:00Z', '2031-01-01T11:00:00Z');
    await post(choir.id, 'Choir 2030', '2030-06-01T10:00:00Z', '2030-06-01T11:00:00Z');
    await post(choir.id, 'Choir 2032', '2032-06-01T10:00:00Z', '2032-06-01T11:00:00Z');
    const dropped = await post(choir.id, 'Dropped', '2030-07-01T10:00:00Z', '2030-07-01T11:00:00Z');
    await sut.request('DELETE', `/api/events/${dropped.body.id}`, { token: me.accessToken });
    await post(
      notMine.id,
      'Not mine',
      '2030-01-01T10:00:00Z',
      '2030-01-01T11:00:00Z',
      other.accessToken,
    );

    const upcoming = await sut.request('GET', '/api/me/events', { token: me.accessToken });
    expect(upcoming.status).toBe(200);
    expect(upcoming.body.total).toBe(3);
    expect(
      upcoming.body.items.map((item: { title: string; associationName: string }) => [
        item.title,
        item.associationName,
      ]),
    ).toEqual([
      ['Choir 2030', choir.name],
      ['Chess 2031', chess.name],
      ['Choir 2032', choir.name],
    ]);
    const window = await sut.request(
      'GET',
      '/api/me/events?from=2019-01-01T00:00:00Z&to=2031-06-01T00:00:00Z&pageSize=2&page=2',
      { token: me.accessToken },
    );
    expect(window.body).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(window.body.items.map((item: { title: string }) => item.title)).toEqual(['Chess 2031']);
    expect(
      (await sut.request('GET', '/api/me/events?from=yesterday', { token: me.accessToken })).status,
    ).toBe(400);
    expect(
      (await sut.request('GET', '/api/me/events?pageSize=1000000', { token: me.accessToken }))
        .status,
    ).toBe(400);
  });

  it('list an association’s past events latest first, and its upcoming ones soonest first', async () => {
    const admin = await createSignedInUser(sut);
    const club = await createAssociation(sut, admin);
    for (const [title, day] of [
      ['Old', '2020-01-01'],
      ['Older', '2019-01-01'],
      ['Recent', '2021-01-01'],
      ['Later', '2032-01-01'],
      ['Sooner', '2031-01-01'],
    ]) {
      await sut.request('POST', `/api/associations/${club.id}/events`, {
        token: admin.accessToken,
        body: { title, startsAt: `${day}T10:00:00Z`, endsAt: `${day}T11:00:00Z`, timeZone: 'UTC' },
      });
    }
    const titles = async (query: string) => {
      const response = await sut.request('GET', `/api/associations/${club.id}/events?${query}`, {
        token: admin.accessToken,
      });
      expect(response.status).toBe(200);
      return response.body.items.map((item: { title: string }) => item.title);
    };
    const now = encodeURIComponent(new Date().toISOString());
    expect(await titles(`to=${now}&order=desc`)).toEqual(['Recent', 'Old', 'Older']);
    expect(await titles(`to=${now}&order=desc&pageSize=2&page=2`)).toEqual(['Older']);
    expect(await titles(`from=${now}`)).toEqual(['Sooner', 'Later']);
    expect(await titles(`from=${now}&order=asc`)).toEqual(['Sooner', 'Later']);
    const sideways = await sut.request(
      'GET',
      `/api/associations/${club.id}/events?order=sideways`,
      {
        token: admin.accessToken,
      },
    );
    expect(sideways.status).toBe(400);
    expect(sideways.body.errors).toEqual([expect.objectContaining({ field: 'order' })]);
  });

  it('are cancelled, with a message each, when their association is deleted', async () => {
    const { admin, member, association } = await createCast(sut);
    const post = (title: string, startsAt: string, endsAt: string) =>
      sut.request('POST', `/api/associations/${association.id}/events`, {
        token: admin.accessToken,
        body: { title, startsAt, endsAt, timeZone: 'UTC' },
      });
    const past = await post('Past', '2020-01-01T10:00:00Z', '2020-01-01T11:00:00Z');
    const first = await post('First', '2030-01-01T10:00:00Z', '2030-01-01T11:00:00Z');
    const second = await post('Second', '2031-01-01T10:00:00Z', '2031-01-01T11:00:00Z');
    expect(
      (
        await sut.request('DELETE', `/api/associations/${association.id}`, {
          token: admin.accessToken,
        })
      ).status,
    ).toBe(204);

    for (const upcoming of [first, second]) {
      const messages = await outboxOf(upcoming.body.uid);
      expect(messages.map((message) => [message.type, message.data.event.sequence])).toEqual([
        ['event.created', 0],
        ['event.cancelled', 1],
      ]);
      expect(parseEnvelope(messages[1]).ok).toBe(true);
      expect(messages[1].data.recipients.map((recipient) => recipient.email).sort()).toEqual(
        [admin.user.email, member.user.email].sort(),
      );
    }
    expect((await outboxOf(past.body.uid)).map((message) => message.type)).toEqual([
      'event.created',
    ]);
    const [{ count }] = await sut.dataSource.query(
      `SELECT count(*)::int AS count FROM events WHERE association_id = $1`,
      [association.id],
    );
    expect(count).toBe(0);
  });
});
