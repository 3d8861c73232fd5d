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
