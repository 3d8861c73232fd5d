import { physicalLines, readCalendar } from '@app/calendar/testing/read-calendar';
import { createCast } from './associations-fixtures';
import { TestApp } from './support/test-app';

/** What a calendar shows for typed text: line breaks become LF, everything else is kept. */
const asShown = (typed: string) => typed.replace(/\r\n|\r/g, '\n');

describe('GET /api/events/:id/ics', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await TestApp.start();
  });
  afterAll(() => sut.close());

  it('downloads the event as a PUBLISH calendar that members can import', async () => {
    const { admin, member, outsider, association } = await createCast(sut);
    const created = await sut.request('POST', `/api/associations/${association.id}/events`, {
      token: admin.accessToken,
      body: {
        title: 'General assembly',
        startsAt: '2030-03-01T18:30:00+01:00',
        endsAt: '2030-03-01T20:30:00+01:00',
        timeZone: 'Europe/Paris',
      },
    });
    const path = `/api/events/${created.body.id}/ics`;
    const download = await sut.request('GET', path, { token: member.accessToken });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(download.headers.get('content-disposition')).toMatch(
      /^attachment; filename="[\w.-]+\.ics"$/,
    );
    const calendar = readCalendar(download.body);
    expect(calendar.method).toBe('PUBLISH');
    expect(calendar.vevent.getFirstPropertyValue('uid')).toBe(created.body.uid);
    expect(calendar.vevent.getFirstPropertyValue('sequence')).toBe(0);
    expect(calendar.start.toISOString()).toBe('2030-03-01T17:30:00.000Z');
    expect(calendar.end.toISOString()).toBe('2030-03-01T19:30:00.000Z');
    expect(calendar.startZone).toBe('Europe/Paris');
    expect(calendar.attendees).toHaveLength(0);
    // The association at the platform's address: a calendar shared with every member names no
    // member's own address.
    expect(calendar.organizers.map((organizer) => organizer.getFirstValue())).toEqual([
      `mailto:${sut.config.mailReplyAddress}`,
    ]);
    expect(calendar.organizers[0].getParameter('cn')).toBe(association.name);
    for (const someone of [admin, member, outsider])
      expect(download.body.toLowerCase()).not.toContain(someone.user.email.toLowerCase());

    expect(calendar.vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');

    expect(
      (await sut.request('DELETE', `/api/events/${created.body.id}`, { token: admin.accessToken }))
        .status,
    ).toBeLessThan(300);
    const afterCancel = readCalendar(
      (await sut.request('GET', path, { token: member.accessToken })).body,
    );
    expect(afterCancel.vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(afterCancel.vevent.getFirstPropertyValue('sequence')).toBe(1);

    expect((await sut.request('GET', path, { token: outsider.accessToken })).status).toBe(404);
    expect((await sut.request('GET', path)).status).toBe(401);
    expect(
      (await sut.request('GET', '/api/events/not-an-id/ics', { token: member.accessToken })).status,
    ).toBe(400);
  });

  it('accepts events from 1970-01-01 to 2100-01-01 lasting up to 366 days, and each downloads as a calendar', async () => {
    const { admin, member, association } = await createCast(sut);
    const path = `/api/associations/${association.id}/events`;
    const event = (startsAt: string, endsAt: string, timeZone = 'Europe/Paris') => ({
      title: 'Assembly',
      startsAt,
      endsAt,
      timeZone,
    });
    const allowed = [
      event('1970-01-01T00:00:00Z', '1970-01-01T02:00:00Z'),
      event('1970-01-01T00:00:00Z', '1970-01-01T02:00:00Z', 'Africa/Monrovia'),
      event('2099-12-31T23:00:00+01:00', '2100-01-01T01:00:00+01:00'),
      event('2031-02-01T09:00:00Z', '2032-02-02T09:00:00Z'),
    ];
    const ids: string[] = [];
    for (const body of allowed) {
      const created = await sut.request('POST', path, { token: admin.accessToken, body });
      expect({ body, status: created.status }).toEqual({ body, status: 201 });
      ids.push(created.body.id);
      const download = await sut.request('GET', `/api/events/${created.body.id}/ics`, {
        token: member.accessToken,
      });
      expect({ body, status: download.status }).toEqual({ body, status: 200 });
      const calendar = readCalendar(download.body);
      expect(calendar.start.getTime()).toBe(Date.parse(body.startsAt));
      expect(calendar.end.getTime()).toBe(Date.parse(body.endsAt));
      expect(Buffer.byteLength(download.body)).toBeLessThan(4_096);
    }

    const range = 'must be between 1970-01-01T00:00:00Z and 2100-01-01T00:00:00Z';
    const refused: [Record<string, string>, { field: string; message: string }][] = [
      [
        event('1969-12-31T23:59:59.999Z', '1970-01-01T02:00:00Z'),
        { field: 'startsAt', message: `startsAt ${range}` },
      ],
      [
        event('2099-12-31T23:00:00Z', '2100-01-01T01:00:00.001+01:00'),
        { field: 'endsAt', message: `endsAt ${range}` },
      ],
      [
        event('1900-06-12T16:00:00Z', '1900-06-12T18:00:00Z'),
        { field: 'startsAt', message: `startsAt ${range}` },
      ],
      [
        event('1901-01-01T00:00:00Z', '2999-12-31T00:00:00Z'),
        { field: 'startsAt', message: `startsAt ${range}` },
      ],
      [
        event('2031-02-01T09:00:00Z', '2032-02-02T09:00:00.001Z'),
        { field: 'endsAt', message: 'endsAt must be at most 366 days after startsAt' },
      ],
    ];
    for (const [body, error] of refused) {
      const response = await sut.request('POST', path, { token: admin.accessToken, body });
      expect({ body, status: response.status }).toEqual({ body, status: 400 });
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(response.body.errors).toContainEqual(error);
    }

    // A change of one end is checked against the other, stored one.
    const [first] = ids;
    const moves: [Record<string, string>, string][] = [
      [{ endsAt: '1971-01-02T00:00:00.001Z' }, 'endsAt must be at most 366 days after startsAt'],
      [{ startsAt: '1969-12-31T23:00:00Z' }, `startsAt ${range}`],
      [{ endsAt: '2100-01-01T00:00:00.001Z' }, `endsAt ${range}`],
    ];
    for (const [body, message] of moves) {
      const response = await sut.request('PATCH', `/api/events/${first}`, {
        token: admin.accessToken,
        body,
      });
      expect({ body, status: response.status }).toEqual({ body, status: 400 });
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(response.body.errors.map((error: { message: string }) => error.message)).toContain(
        message,
      );
    }
    const unchanged = await sut.request('GET', `/api/events/${first}`, {
      token: member.accessToken,
    });
    expect(unchanged.body).toMatchObject({
      startsAt: '1970-01-01T00:00:00.000Z',
      endsAt: '1970-01-01T02:00:00.000Z',
      sequence: 0,
    });
    const stillLongest = await sut.request('PATCH', `/api/events/${first}`, {
      token: admin.accessToken,
      body: { endsAt: '1971-01-02T00:00:00Z' },
    });
    expect(stillLongest.status).toBe(200);

    const [{ count }] = await sut.dataSource.query(
      `SELECT count(*)::int AS count FROM events WHERE association_id = $1`,
      [association.id],
    );
    expect(count).toBe(allowed.length);
  });

  it.each([
    [
      'CR/LF that tries to add a property',
      'Party\r\nATTENDEE:mailto:eve@example.org',
      'Room 1\r\nX-INJECTED:1',
    ],
    ['a lone CR and a lone LF', 'Line one\rLine two\nLine three', 'Hall\nB'],
    [
      'semicolons, commas and backslashes',
      'Budget; vote, then \\ drinks',
      'Rue de la Paix, 75002 Paris; 2nd floor \\ left',
    ],
    [
      'non-ASCII text long enough to be folded',
      `Assemblée générale — 年次総会 — 🎉 ${'été '.repeat(30)}`,
      'Salle des fêtes, Zürich — 会議室 🎪',
    ],
  ])(
    'keeps %s exactly as typed, without an extra property or an overlong line',
    async (_, title, location) => {
      const { admin, association } = await createCast(sut);
      const description = `${title}\n${location}`;
      const created = await sut.request('POST', `/api/associations/${association.id}/events`, {
        token: admin.accessToken,
        body: {
          title,
          location,
          description,
          startsAt: '2030-05-01T10:00:00Z',
          endsAt: '2030-05-01T11:00:00Z',
          timeZone: 'UTC',
        },
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ title, location });

      const download = await sut.request('GET', `/api/events/${created.body.id}/ics`, {
        token: admin.accessToken,
      });
      expect(download.status).toBe(200);
      const lines = physicalLines(download.body);
      expect(lines.every((line) => Buffer.byteLength(line, 'utf8') <= 75)).toBe(true);
      const calendar = readCalendar(download.body);
      expect(calendar.vevent.getFirstPropertyValue('summary')).toBe(asShown(title));
      expect(calendar.vevent.getFirstPropertyValue('location')).toBe(asShown(location));
      expect(calendar.vevent.getFirstPropertyValue('description')).toBe(asShown(description));
      expect(calendar.eventPropertyNames).toEqual([
        'uid',
        'sequence',
        'dtstamp',
        'dtstart',
        'dtend',
        'summary',
        'description',
        'location',
        'url',
        'organizer',
        'status',
        'transp',
      ]);
    },
  );
});
