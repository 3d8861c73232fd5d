import type { CalendarEvent } from '@app/contracts';
import {
  buildCalendar,
  BuildCalendarInput,
  calendarContentType,
  CalendarInputError,
} from './index';
import { physicalLines, readCalendar } from './testing/read-calendar';

const organizer = { name: 'Agora Board', email: 'board@agora.example.org' };
const attendee = { name: 'Ada Lovelace', email: 'ada@example.org' };
const now = new Date('2026-11-26T07:00:00.000Z');

function eventFactory(overrides: Partial<CalendarEvent> = {}): CalendarEvent {
  return {
    uid: '7f0c3c1e-5c1f-4a55-9c61-1d1e2f3a4b5c@agora.example.org',
    sequence: 0,
    title: 'General assembly',
    description: 'Annual accounts and election of the board.',
    location: 'Town hall, room 2',
    startsAt: '2027-06-12T16:00:00.000Z',
    endsAt: '2027-06-12T18:00:00.000Z',
    timeZone: 'Europe/Paris',
    url: 'https://agora.example.org/events/42',
    ...overrides,
  };
}

function invitation(
  overrides: Partial<CalendarEvent> = {},
  extra: Partial<BuildCalendarInput> = {},
): string {
  return buildCalendar({
    method: 'REQUEST',
    event: eventFactory(overrides),
    organizer,
    attendee,
    now,
    ...extra,
  });
}

/** What a reader must show for text we were given: newlines normalised, controls other than tab dropped. */
const shownAs = (text: string): string =>
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  text.replace(/\r\n|\r/g, '\n').replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '');

const EXPECTED_REQUEST_PROPERTIES = [
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
  'attendee',
  'status',
  'transp',
];

describe('buildCalendar: an invitation (METHOD:REQUEST)', () => {
  const sut = readCalendar(invitation({ sequence: 3 }));

  it('is an iTIP request for the event with its stable UID and SEQUENCE', () => {
    expect(sut.method).toBe('REQUEST');
    expect(sut.event.uid).toBe('7f0c3c1e-5c1f-4a55-9c61-1d1e2f3a4b5c@agora.example.org');
    expect(sut.event.sequence).toBe(3);
    expect(sut.vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(sut.vevent.getFirstPropertyValue('transp')).toBe('OPAQUE');
    expect(sut.eventPropertyNames).toEqual(EXPECTED_REQUEST_PROPERTIES);
  });

  it('has the calendar header and a UTC DTSTAMP', () => {
    const ics = invitation();
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(ics).toContain('\r\nCALSCALE:GREGORIAN\r\nMETHOD:REQUEST\r\n');
    expect(ics).toContain('\r\nDTSTAMP:20261126T070000Z\r\n');
    expect(ics.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
  });

  it('starts and ends at the right instants, shown in the event zone', () => {
    expect(sut.startZone).toBe('Europe/Paris');
    expect(sut.start.toISOString()).toBe('2027-06-12T16:00:00.000Z');
    expect(sut.end.toISOString()).toBe('2027-06-12T18:00:00.000Z');
    expect(sut.event.startDate.toString()).toBe('2027-06-12T18:00:00');
  });

  it('names the organizer and exactly one attendee, the recipient, who is asked to reply', () => {
    expect(sut.organizers).toHaveLength(1);
    expect(sut.organizers[0].getFirstValue()).toBe('mailto:board@agora.example.org');
    expect(sut.organizers[0].getParameter('cn')).toBe('Agora Board');
    expect(sut.attendees).toHaveLength(1);
    const [recipient] = sut.attendees;
    expect(recipient.getFirstValue()).toBe('mailto:ada@example.org');
    expect(recipient.getParameter('cn')).toBe('Ada Lovelace');
    expect(recipient.getParameter('role')).toBe('REQ-PARTICIPANT');
    expect(recipient.getParameter('partstat')).toBe('NEEDS-ACTION');
    expect(recipient.getParameter('rsvp')).toBe('TRUE');
  });

  it("keeps the recipient's answer on their line when an update is sent after they answered", () => {
    const update = readCalendar(
      invitation({ sequence: 1 }, { attendee: { ...attendee, participation: 'TENTATIVE' } }),
    );
    expect(update.attendees).toHaveLength(1);
    expect(update.attendees[0].getParameter('partstat')).toBe('TENTATIVE');
    expect(update.attendees[0].getParameter('rsvp')).toBe('TRUE');
  });

  it('carries the title, description, location and link', () => {
    expect(sut.event.summary).toBe('General assembly');
    expect(sut.event.description).toBe('Annual accounts and election of the board.');
    expect(sut.event.location).toBe('Town hall, room 2');
    expect(sut.vevent.getFirstPropertyValue('url')).toBe('https://agora.example.org/events/42');
  });

  it('leaves out DESCRIPTION, LOCATION and URL when the event has none', () => {
    const bare = readCalendar(invitation({ description: null, location: null, url: undefined }));
    expect(bare.eventPropertyNames).toEqual(
      EXPECTED_REQUEST_PROPERTIES.filter(
        (name) => !['description', 'location', 'url'].includes(name),
      ),
    );
  });

  it('is the same text for the same input', () => {
    expect(invitation()).toBe(invitation());
  });

  it('refuses to build a request without its recipient', () => {
    expect(() =>
      buildCalendar({ method: 'REQUEST', event: eventFactory(), organizer, now }),
    ).toThrow(CalendarInputError);
  });
});

describe('buildCalendar: a cancellation (METHOD:CANCEL)', () => {
  const sut = readCalendar(
    buildCalendar({
      method: 'CANCEL',
      event: eventFactory({ sequence: 4 }),
      organizer,
      attendee,
      now,
    }),
  );

  it('cancels the same UID with the higher SEQUENCE and STATUS:CANCELLED', () => {
    expect(sut.method).toBe('CANCEL');
    expect(sut.event.uid).toBe(eventFactory().uid);
    expect(sut.event.sequence).toBe(4);
    expect(sut.vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('names the recipient as the one attendee without asking for a reply', () => {
    expect(sut.attendees).toHaveLength(1);
    expect(sut.attendees[0].getFirstValue()).toBe('mailto:ada@example.org');
    expect(sut.attendees[0].getParameter('rsvp')).toBeUndefined();
    expect(sut.organizers).toHaveLength(1);
  });

  it('refuses to build a cancellation without its recipient', () => {
    expect(() =>
      buildCalendar({ method: 'CANCEL', event: eventFactory(), organizer, now }),
    ).toThrow(CalendarInputError);
  });
});

describe('buildCalendar: a download (METHOD:PUBLISH)', () => {
  const sut = readCalendar(
    buildCalendar({ method: 'PUBLISH', event: eventFactory(), organizer, now }),
  );

  it('publishes the event with its organizer and no attendee (RFC 5546 3.2.1)', () => {
    expect(sut.method).toBe('PUBLISH');
    expect(sut.attendees).toHaveLength(0);
    expect(sut.organizers).toHaveLength(1);
    expect(sut.vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(sut.start.toISOString()).toBe('2027-06-12T16:00:00.000Z');
  });

  it('refuses an attendee', () => {
    expect(() =>
      buildCalendar({ method: 'PUBLISH', event: eventFactory(), organizer, attendee, now }),
    ).toThrow(CalendarInputError);
  });

  it('says a cancelled event is cancelled', () => {
    const cancelled = readCalendar(
      buildCalendar({ method: 'PUBLISH', event: eventFactory(), organizer, now, cancelled: true }),
    );
    expect(cancelled.method).toBe('PUBLISH');
    expect(cancelled.vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
  });
});

describe('buildCalendar: time zones', () => {
  it.each([
    // Paris springs forward on 2027-03-28 at 01:00 UTC (02:00 → 03:00 local).
    ['Europe/Paris', '2027-03-28T00:30:00Z', '2027-03-28T01:30:00'],
    ['Europe/Paris', '2027-03-28T01:00:00Z', '2027-03-28T03:00:00'],
    ['Europe/Paris', '2027-03-28T01:30:00Z', '2027-03-28T03:30:00'],
    ['Europe/Paris', '2027-01-15T09:00:00Z', '2027-01-15T10:00:00'],
    ['Europe/Paris', '2027-10-31T02:30:00Z', '2027-10-31T03:30:00'],
    ['America/New_York', '2027-03-14T06:30:00Z', '2027-03-14T01:30:00'],
    ['America/New_York', '2027-03-14T07:30:00Z', '2027-03-14T03:30:00'],
    ['America/New_York', '2027-11-07T15:00:00Z', '2027-11-07T10:00:00'],
    ['Asia/Kolkata', '2027-06-12T04:30:00Z', '2027-06-12T10:00:00'],
    ['Australia/Sydney', '2027-01-10T23:00:00Z', '2027-01-11T10:00:00'],
    ['Australia/Lord_Howe', '2027-01-10T23:00:00Z', '2027-01-11T10:00:00'],
    ['Pacific/Chatham', '2027-07-01T00:00:00Z', '2027-07-01T12:45:00'],
    ['Asia/Kathmandu', '2027-07-01T00:00:00Z', '2027-07-01T05:45:00'],
    ['America/Sao_Paulo', '2027-07-01T12:00:00Z', '2027-07-01T09:00:00'],
    ['Asia/Jerusalem', '2027-03-26T12:00:00Z', '2027-03-26T15:00:00'],
    ['Africa/Casablanca', '2027-02-20T12:00:00Z', '2027-02-20T12:00:00'],
  ])(
    '%s: %s is written as %s local time and read back as the same instant',
    (zone, instant, local) => {
      const endsAt = new Date(Date.parse(instant) + 90 * 60_000).toISOString();
      const sut = readCalendar(invitation({ timeZone: zone, startsAt: instant, endsAt }));
      expect(sut.startZone).toBe(zone);
      expect(sut.event.startDate.toString()).toBe(local);
      expect(sut.start.toISOString()).toBe(new Date(instant).toISOString());
      expect(sut.end.toISOString()).toBe(endsAt);
    },
  );

  it('writes a zone without daylight saving time as one STANDARD observance', () => {
    const ics = invitation({ timeZone: 'Asia/Kolkata' });
    const zone = ics.slice(ics.indexOf('BEGIN:VTIMEZONE'), ics.indexOf('END:VTIMEZONE'));
    expect(zone).toBe(
      'BEGIN:VTIMEZONE\r\nTZID:Asia/Kolkata\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n' +
        'TZOFFSETFROM:+0530\r\nTZOFFSETTO:+0530\r\nEND:STANDARD\r\n',
    );
  });

  it('writes Paris as the yearly last-Sunday rules of the IANA database', () => {
    const ics = invitation({ timeZone: 'Europe/Paris' });
    expect(ics).toContain(
      'BEGIN:DAYLIGHT\r\nDTSTART:20260329T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n',
    );
    expect(ics).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n');
    expect(ics).toContain('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n');
  });

  it.each(['UTC', 'Etc/UTC', 'GMT'])(
    'writes an event in %s with UTC times and no VTIMEZONE',
    (zone) => {
      const ics = invitation({ timeZone: zone });
      expect(ics).not.toContain('VTIMEZONE');
      expect(ics).toContain('\r\nDTSTART:20270612T160000Z\r\n');
      const sut = readCalendar(ics);
      expect(sut.start.toISOString()).toBe('2027-06-12T16:00:00.000Z');
      expect(sut.startZone).toBeUndefined();
    },
  );

  it('writes the zone name as given, in the letter case of the zone database', () => {
    expect(readCalendar(invitation({ timeZone: 'europe/paris' })).startZone).toBe('Europe/Paris');
    expect(readCalendar(invitation({ timeZone: 'Asia/Kolkata' })).startZone).toBe('Asia/Kolkata');
    expect(readCalendar(invitation({ timeZone: 'Asia/Calcutta' })).startZone).toBe('Asia/Calcutta');
  });

  it.each(['2027-10-31T00:30:00Z', '2027-10-31T01:30:00Z'])(
    'falls back to UTC for %s, in the hour Paris lives twice when clocks go back',
    (startsAt) => {
      // 02:30 local happens at 00:30 and at 01:30 UTC; readers disagree on which one TZID means.
      const ics = invitation({ startsAt, endsAt: '2027-10-31T03:00:00Z' });
      expect(ics).not.toContain('TZID');
      expect(ics).toContain('\r\nDTEND:20271031T030000Z\r\n');
      expect(readCalendar(ics).start.toISOString()).toBe(new Date(startsAt).toISOString());
    },
  );

  it('keeps the instant of an event that spans a change of offset', () => {
    const sut = readCalendar(
      invitation({
        timeZone: 'America/New_York',
        startsAt: '2027-03-13T22:00:00Z',
        endsAt: '2027-03-14T14:00:00Z',
      }),
    );
    expect(sut.start.toISOString()).toBe('2027-03-13T22:00:00.000Z');
    expect(sut.end.toISOString()).toBe('2027-03-14T14:00:00.000Z');
  });

  it('writes every IANA zone of the runtime so that a reader finds the same instants', () => {
    const instants = ['2027-01-15T11:00:00Z', '2027-07-15T11:00:00Z', '2031-04-02T23:15:00Z'];
    for (const zone of Intl.supportedValuesOf('timeZone')) {
      const zoneWritten =
        new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone === 'UTC'
          ? undefined
          : zone;
      for (const instant of instants) {
        const endsAt = new Date(Date.parse(instant) + 3 * 3_600_000).toISOString();
        const sut = readCalendar(invitation({ timeZone: zone, startsAt: instant, endsAt }));
        expect({
          zone: sut.startZone,
          start: sut.start.toISOString(),
          end: sut.end.toISOString(),
        }).toEqual({
          zone: zoneWritten,
          start: new Date(instant).toISOString(),
          end: endsAt,
        });
      }
    }
  });

  it.each(['Australia/Sydney', 'Asia/Jerusalem', 'America/Santiago'])(
    'keeps the instants of a %s event running into the next year',
    (timeZone) => {
      const sut = readCalendar(
        invitation({ timeZone, startsAt: '2027-12-31T10:00:00Z', endsAt: '2028-04-10T10:00:00Z' }),
      );
      expect(sut.startZone).toBe(timeZone);
      expect(sut.start.toISOString()).toBe('2027-12-31T10:00:00.000Z');
      expect(sut.end.toISOString()).toBe('2028-04-10T10:00:00.000Z');
    },
  );

  it('refuses an unknown zone', () => {
    expect(() => invitation({ timeZone: 'Mars/Olympus' })).toThrow(CalendarInputError);
  });
});

describe('buildCalendar: text typed by users', () => {
  const hostile = [
    'Line one\r\nLine two\rLine three\nLine four',
    'Semi;colon, comma\\backslash: colon',
    'Quote " and \'apostrophe\' and "\r\nATTENDEE:mailto:evil@x.org',
    '"\r\nATTENDEE:mailto:evil@x',
    '\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil',
    'DESCRIPTION;ALTREP="cid:x":injected',
    '\\n literal backslash-n, \\; and \\,',
    'Émilie, Zoë & Łukasz — réunion à 18 h 😀👩‍👩‍👧',
    'é'.repeat(100),
    '\ttabbed\t',
  ];

  it.each(hostile)('keeps %j as exactly one property that reads back as typed', (text) => {
    const ics = invitation({ title: text, location: text, description: text });
    physicalLines(ics);
    const sut = readCalendar(ics);
    expect(sut.eventPropertyNames).toEqual(EXPECTED_REQUEST_PROPERTIES);
    expect(sut.attendees).toHaveLength(1);
    expect(sut.attendees[0].getFirstValue()).toBe('mailto:ada@example.org');
    expect(sut.event.summary).toBe(shownAs(text));
    expect(sut.event.location).toBe(shownAs(text));
    expect(sut.event.description).toBe(shownAs(text));
  });

  it('folds a 100 kB title into lines of at most 75 octets and reads it back whole', () => {
    const title = 'Assemblée générale; ordre du jour, «budget» \\ 😀\r\n'
      .repeat(2100)
      .slice(0, 100_000);
    const ics = invitation({ title });
    const lines = physicalLines(ics);
    expect(lines.length).toBeGreaterThan(1300);
    expect(readCalendar(ics).event.summary).toBe(shownAs(title));
  });

  it('keeps generated hostile text intact and alone in its property', () => {
    const alphabet = [
      'a',
      ' ',
      '\t',
      '\r',
      '\n',
      '\r\n',
      ';',
      ',',
      '\\',
      ':',
      '"',
      '=',
      'é',
      '€',
      '😀',
      '\u0000',
      '\u0085',
      '\u2028',
      'ATTENDEE:',
      'BEGIN:VEVENT',
    ];
    let seed = 7;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    for (let index = 0; index < 300; index += 1) {
      const text = Array.from(
        { length: 1 + (next() % 120) },
        () => alphabet[next() % alphabet.length],
      ).join('');
      const name = Array.from(
        { length: 1 + (next() % 40) },
        () => alphabet[next() % alphabet.length],
      ).join('');
      const ics = buildCalendar({
        method: 'REQUEST',
        event: eventFactory({ title: text, location: text, description: text }),
        organizer: { ...organizer, name },
        attendee: { ...attendee, name },
        now,
      });
      physicalLines(ics);
      const sut = readCalendar(ics);
      expect(sut.eventPropertyNames).toEqual(EXPECTED_REQUEST_PROPERTIES);
      expect(sut.event.summary).toBe(shownAs(text));
      expect(sut.event.location).toBe(shownAs(text));
      expect(sut.event.description).toBe(shownAs(text));
      expect(sut.attendees[0].getFirstValue()).toBe('mailto:ada@example.org');
    }
  });

  it('quotes names in CN and strips their quotes and line breaks', () => {
    const sut = readCalendar(
      invitation(
        {},
        {
          organizer: {
            name: 'Board "Chair"\r\nATTENDEE:mailto:evil@x.org',
            email: organizer.email,
          },
          attendee: { name: 'Ada "Countess";ROLE=CHAIR,\r\nLovelace: Jr', email: attendee.email },
        },
      ),
    );
    expect(sut.organizers[0].getParameter('cn')).toBe('Board Chair ATTENDEE:mailto:evil@x.org');
    expect(sut.attendees).toHaveLength(1);
    expect(sut.attendees[0].getParameter('cn')).toBe('Ada Countess;ROLE=CHAIR, Lovelace: Jr');
    expect(sut.attendees[0].getParameter('role')).toBe('REQ-PARTICIPANT');
  });

  it('refuses addresses that would break out of the mailto URI', () => {
    for (const email of [
      'ada@example.org\r\nATTENDEE:mailto:evil@x.org',
      'ada@example.org;RSVP=FALSE',
      'evil:ada@example.org',
    ]) {
      expect(() => invitation({}, { attendee: { name: 'Ada', email } })).toThrow(
        CalendarInputError,
      );
      expect(() => invitation({}, { organizer: { name: 'Board', email } })).toThrow(
        CalendarInputError,
      );
    }
  });

  it('escapes a UID holding separators', () => {
    const uid = 'odd;uid,with\\separators';
    expect(readCalendar(invitation({ uid })).event.uid).toBe(uid);
  });
});

describe('buildCalendar: invalid input', () => {
  it.each([
    [
      'an end before the start',
      { startsAt: '2027-06-12T18:00:00Z', endsAt: '2027-06-12T16:00:00Z' },
    ],
    [
      'an end equal to the start',
      { startsAt: '2027-06-12T18:00:00Z', endsAt: '2027-06-12T18:00:00Z' },
    ],
    ['a start that is not an instant', { startsAt: '2027-02-30T25:00:00Z' }],
    ['a start before 1970', { startsAt: '1800-06-12T16:00:00Z' }],
    ['an end after 2100', { endsAt: '9999-06-12T16:00:00Z' }],
    ['an event longer than 366 days', { endsAt: '2028-06-12T18:00:00Z' }],
    ['a negative sequence', { sequence: -1 }],
    ['a fractional sequence', { sequence: 1.5 }],
    ['an empty UID', { uid: '' }],
    ['a javascript: link', { url: 'javascript:alert(1)' }],
  ])('refuses %s', (_label, overrides) => {
    expect(() => invitation(overrides as Partial<CalendarEvent>)).toThrow(CalendarInputError);
  });
});

describe('calendarContentType', () => {
  it('names the method and the charset of the MIME part (RFC 6047 2.4)', () => {
    expect(calendarContentType('REQUEST')).toBe('text/calendar; method=REQUEST; charset=UTF-8');
    expect(calendarContentType('CANCEL')).toBe('text/calendar; method=CANCEL; charset=UTF-8');
    expect(calendarContentType('PUBLISH')).toBe('text/calendar; method=PUBLISH; charset=UTF-8');
  });
});
