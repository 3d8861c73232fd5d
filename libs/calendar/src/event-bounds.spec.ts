import type { CalendarEvent } from '@app/contracts';
import {
  buildCalendar,
  CalendarInputError,
  EARLIEST_EVENT_INSTANT,
  LATEST_EVENT_INSTANT,
  MAX_EVENT_DURATION_DAYS,
  MAX_EVENT_DURATION_MS,
} from './index';
import { readCalendar } from './testing/read-calendar';

const organizer = { name: 'Agora Board', email: 'board@agora.example.org' };
const attendee = { name: 'Ada Lovelace', email: 'ada@example.org' };
const now = new Date('2026-11-26T07:00:00.000Z');
const HOUR = 3600 * 1000;

const at = (instant: number) => new Date(instant).toISOString();
const EARLIEST = Date.parse(EARLIEST_EVENT_INSTANT);
const LATEST = Date.parse(LATEST_EVENT_INSTANT);

function invitation(startsAt: string, endsAt: string, timeZone = 'Europe/Paris'): string {
  const event: CalendarEvent = {
    uid: 'bounds@agora.example.org',
    sequence: 0,
    title: 'General assembly',
    description: null,
    location: null,
    startsAt,
    endsAt,
    timeZone,
    url: 'https://agora.example.org/events/42',
  };
  return buildCalendar({ method: 'REQUEST', event, organizer, attendee, now });
}

/** Observances (STANDARD and DAYLIGHT) of the VTIMEZONE, as a reader counts them. */
const observanceCount = (ics: string) =>
  (ics.match(/^BEGIN:(STANDARD|DAYLIGHT)\r$/gm) ?? []).length;

/** Every zone Node knows, a test per area (America, Europe…), so that no single test runs long. */
const zonesByArea: [string, string[]][] = [];
for (const zone of Intl.supportedValuesOf('timeZone')) {
  const area = zone.split('/')[0];
  const group = zonesByArea.find(([name]) => name === area);
  if (group) group[1].push(zone);
  else zonesByArea.push([area, [zone]]);
}

describe('the range of an event', () => {
  it('is 1970-01-01 to 2100-01-01 and at most 366 days long', () => {
    expect(EARLIEST_EVENT_INSTANT).toBe('1970-01-01T00:00:00Z');
    expect(LATEST_EVENT_INSTANT).toBe('2100-01-01T00:00:00Z');
    expect(MAX_EVENT_DURATION_DAYS).toBe(366);
  });

  it.each(zonesByArea)(
    'writes the first and the last allowed instant in every zone of %s so that a reader finds them',
    (_area, zones) => {
      const wrong: string[] = [];
      for (const zone of zones) {
        for (const [startsAt, endsAt] of [
          [at(EARLIEST), at(EARLIEST + HOUR)],
          [at(LATEST - HOUR), at(LATEST)],
        ]) {
          const read = readCalendar(invitation(startsAt, endsAt, zone));
          if (read.start.toISOString() !== startsAt || read.end.toISOString() !== endsAt)
            wrong.push(
              `${zone} ${startsAt}: ${read.start.toISOString()}–${read.end.toISOString()}`,
            );
        }
      }
      expect(wrong).toEqual([]);
    },
  );

  it.each([
    ['a start one millisecond before the first instant', at(EARLIEST - 1), at(EARLIEST + HOUR)],
    ['an end one millisecond after the last instant', at(LATEST - HOUR), at(LATEST + 1)],
    ['an event in 1900', '1900-06-12T16:00:00Z', '1900-06-12T18:00:00Z'],
    ['an event from 1901 to 2999', '1901-01-01T00:00:00Z', '2999-12-31T00:00:00Z'],
  ])('refuses %s and says the allowed range', (_label, startsAt, endsAt) => {
    expect(() => invitation(startsAt, endsAt)).toThrow(CalendarInputError);
    expect(() => invitation(startsAt, endsAt)).toThrow(
      'between 1970-01-01T00:00:00Z and 2100-01-01T00:00:00Z',
    );
  });

  it('writes an event of exactly 366 days and refuses one a millisecond longer', () => {
    const start = Date.parse('2031-02-01T09:00:00Z');
    const longest = readCalendar(invitation(at(start), at(start + MAX_EVENT_DURATION_MS)));
    expect(longest.end.getTime() - longest.start.getTime()).toBe(366 * 24 * HOUR);
    expect(() => invitation(at(start), at(start + MAX_EVENT_DURATION_MS + 1))).toThrow(
      'endsAt must be at most 366 days after startsAt',
    );
  });

  it.each(zonesByArea)(
    'keeps the calendar of the longest event small in every zone of %s, at both ends of the range',
    (_area, zones) => {
      let largest = { zone: '', startsAt: '', octets: 0, observances: 0 };
      for (const zone of zones) {
        for (const start of [EARLIEST, LATEST - MAX_EVENT_DURATION_MS]) {
          const startsAt = at(start);
          const ics = invitation(startsAt, at(start + MAX_EVENT_DURATION_MS), zone);
          const octets = Buffer.byteLength(ics);
          if (octets > largest.octets)
            largest = { zone, startsAt, octets, observances: observanceCount(ics) };
        }
      }
      // Measured: 1.7 kB and 11 observances at most (North Dakota in 1970); 1901–2999 used to be 197 kB.
      expect(largest.octets).toBeLessThan(4_096);
      expect(largest.observances).toBeLessThanOrEqual(16);
    },
  );
});
