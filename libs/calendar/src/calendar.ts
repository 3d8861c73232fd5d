import type { CalendarEvent } from '@app/contracts';
import { CalendarInputError } from './calendar-input-error';
import { contentLine, CRLF, escapeText, httpUri, mailtoUri, quotedParameter } from './content-line';
import {
  EVENT_RANGE_DESCRIPTION,
  isWithinEventDuration,
  isWithinEventRange,
  MAX_EVENT_DURATION_DAYS,
} from './event-bounds';
import {
  isUtcZone,
  localTimeIsUnambiguous,
  observancesFor,
  Observance,
  offsetAt,
  wallTimeAt,
  resolveTimeZone,
  WallTime,
} from './time-zone';

export type CalendarMethod = 'PUBLISH' | 'REQUEST' | 'CANCEL';

export interface CalendarParty {
  name: string;
  email: string;
}

/** What the attendee answered so far (RFC 5545 3.2.12); NEEDS-ACTION until they do. */
export type ParticipationStatus = 'NEEDS-ACTION' | 'ACCEPTED' | 'TENTATIVE' | 'DECLINED';

export interface CalendarAttendee extends CalendarParty {
  participation?: ParticipationStatus;
}

export interface BuildCalendarInput {
  /** PUBLISH for a download, REQUEST for an invitation or update, CANCEL for a cancellation. */
  method: CalendarMethod;
  event: CalendarEvent;
  organizer: CalendarParty;
  /** The one recipient: required for REQUEST and CANCEL, refused for PUBLISH (RFC 5546 3.2.1). */
  attendee?: CalendarAttendee;
  /** DTSTAMP; defaults to the current time. */
  now?: Date;
  /**
   * Whether the event has been cancelled. CANCEL always says so; a PUBLISH of a cancelled event
   * (a download after the cancellation) must say STATUS:CANCELLED too, or calendars would import
   * it as happening.
   */
  cancelled?: boolean;
}

export const CALENDAR_PRODUCT_ID = '-//Agora//Agora Calendar 1.0//EN';

/** The MIME type of the calendar part of an iMIP message (RFC 6047 2.4). */
export function calendarContentType(method: CalendarMethod): string {
  return `text/calendar; method=${method}; charset=UTF-8`;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

function formatWallTime(wall: WallTime): string {
  return `${pad(wall.year, 4)}${pad(wall.month)}${pad(wall.day)}T${pad(wall.hour)}${pad(wall.minute)}${pad(wall.second)}`;
}

function formatUtc(instant: Date): string {
  return `${formatWallTime({
    year: instant.getUTCFullYear(),
    month: instant.getUTCMonth() + 1,
    day: instant.getUTCDate(),
    hour: instant.getUTCHours(),
    minute: instant.getUTCMinutes(),
    second: instant.getUTCSeconds(),
  })}Z`;
}

/** UTC-OFFSET (RFC 5545 3.3.14): ±hhmm, with seconds only when there are any; never -0000. */
function formatOffset(seconds: number): string {
  const sign = seconds < 0 ? '-' : '+';
  const absolute = Math.abs(seconds);
  const rest = absolute % 60;
  return `${sign}${pad(Math.floor(absolute / 3600))}${pad(Math.floor(absolute / 60) % 60)}${rest ? pad(rest) : ''}`;
}

function parseInstant(value: string, field: string): Date {
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) {
    throw new CalendarInputError(
      `${field} is not a usable instant: ${JSON.stringify(String(value).slice(0, 100))}`,
    );
  }
  if (!isWithinEventRange(instant.getTime())) {
    throw new CalendarInputError(
      `${field} must be ${EVENT_RANGE_DESCRIPTION}, got ${JSON.stringify(String(value).slice(0, 100))}`,
    );
  }
  return instant;
}

function timeZoneLines(zone: string, observances: Observance[]): string[] {
  const lines = ['BEGIN:VTIMEZONE', contentLine('TZID', zone)];
  for (const observance of observances) {
    lines.push(
      `BEGIN:${observance.kind}`,
      contentLine('DTSTART', formatWallTime(observance.start)),
      contentLine('TZOFFSETFROM', formatOffset(observance.offsetFrom)),
      contentLine('TZOFFSETTO', formatOffset(observance.offsetTo)),
    );
    if (observance.rule) lines.push(contentLine('RRULE', observance.rule));
    lines.push(`END:${observance.kind}`);
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

/** A TZID is written only for names made of the characters IANA names use, so it needs no quoting. */
const SAFE_TZID = /^[A-Za-z0-9_+\-/]+$/;

interface EventTimes {
  start: string;
  end: string;
  parameters: [name: string, value: string][];
  /** The zone the times are written in and the years they span, or undefined for UTC. */
  zone?: { name: string; firstYear: number; lastYear: number };
}

/**
 * Readers drop the seconds of a UTC offset (ical.js, Outlook), so a time in an offset such as
 * Monrovia's -00:44:30 (until 1972) would be read 30 seconds off: such times are written in UTC.
 */
const wholeMinutes = (offsetSeconds: number): boolean => offsetSeconds % 60 === 0;

/**
 * Local times with TZID and a VTIMEZONE when every instant can be written that way; UTC otherwise
 * (a UTC event, an instant in the repeated hour when clocks go back, or in an offset with seconds).
 */
function eventTimes(start: Date, end: Date, requestedZone: string): EventTimes {
  const zone = resolveTimeZone(requestedZone);
  if (zone === undefined) {
    throw new CalendarInputError(
      `unknown time zone: ${JSON.stringify(requestedZone.slice(0, 100))}`,
    );
  }
  const isUtc = isUtcZone(zone);
  const representable =
    !isUtc &&
    SAFE_TZID.test(zone) &&
    localTimeIsUnambiguous(zone, start.getTime()) &&
    localTimeIsUnambiguous(zone, end.getTime()) &&
    wholeMinutes(offsetAt(zone, start.getTime())) &&
    wholeMinutes(offsetAt(zone, end.getTime()));
  if (!representable) {
    return { start: formatUtc(start), end: formatUtc(end), parameters: [] };
  }
  const localStart = wallTimeAt(zone, start.getTime());
  const localEnd = wallTimeAt(zone, end.getTime());
  return {
    start: formatWallTime(localStart),
    end: formatWallTime(localEnd),
    parameters: [['TZID', zone]],
    zone: { name: zone, firstYear: localStart.year, lastYear: localEnd.year },
  };
}

function attendeeLine(method: CalendarMethod, attendee: CalendarAttendee): string {
  // An update that reset the answer to NEEDS-ACTION would make calendars forget it.
  const reply: [string, string][] =
    method === 'REQUEST'
      ? [
          ['PARTSTAT', attendee.participation ?? 'NEEDS-ACTION'],
          ['RSVP', 'TRUE'],
        ]
      : [];
  return contentLine('ATTENDEE', mailtoUri(attendee.email), [
    ['CN', quotedParameter(attendee.name)],
    ['CUTYPE', 'INDIVIDUAL'],
    ['ROLE', 'REQ-PARTICIPANT'],
    ...reply,
  ]);
}

function checkedEvent(event: CalendarEvent): { start: Date; end: Date } {
  if (!Number.isSafeInteger(event.sequence) || event.sequence < 0) {
    throw new CalendarInputError(`SEQUENCE must be a non-negative integer, got ${event.sequence}`);
  }
  if (!event.uid) throw new CalendarInputError('UID must not be empty');
  const start = parseInstant(event.startsAt, 'startsAt');
  const end = parseInstant(event.endsAt, 'endsAt');
  if (end.getTime() <= start.getTime())
    throw new CalendarInputError('endsAt must be after startsAt');
  if (!isWithinEventDuration(start.getTime(), end.getTime())) {
    throw new CalendarInputError(
      `endsAt must be at most ${MAX_EVENT_DURATION_DAYS} days after startsAt`,
    );
  }
  if (resolveTimeZone(event.timeZone) === undefined) {
    throw new CalendarInputError(
      `unknown time zone: ${JSON.stringify(String(event.timeZone).slice(0, 100))}`,
    );
  }
  if (event.url) httpUri(event.url);
  return { start, end };
}

/**
 * Throws CalendarInputError when no calendar object can be written for `event` whoever receives
 * it (instants outside the allowed range, too long, unknown zone…), so that a caller with many
 * recipients can find out once, before mailing any of them.
 */
export function assertCalendarEvent(event: CalendarEvent): void {
  checkedEvent(event);
}

/**
 * The iCalendar object (RFC 5545) for one event, as an iTIP message (RFC 5546): CRLF line ends,
 * lines folded at 75 octets, every user-typed text escaped so it can never start a property,
 * parameter or line of its own. Throws CalendarInputError for input that cannot be written.
 */
export function buildCalendar(input: BuildCalendarInput): string {
  const { method, attendee } = input;
  if (method !== 'PUBLISH' && !attendee) {
    throw new CalendarInputError(`METHOD:${method} needs the attendee it is sent to`);
  }
  if (method === 'PUBLISH' && attendee) {
    throw new CalendarInputError('METHOD:PUBLISH must not name attendees');
  }
  const entry = eventEntry(input);
  return calendarObject(method, [], timeZonesOf([entry.times]), entry.lines);
}

export interface FeedEntry {
  event: CalendarEvent;
  organizer: CalendarParty;
  cancelled: boolean;
  /** DTSTAMP: the last change of the event, so an unchanged feed is written byte for byte the same. */
  stamp: Date;
}

/**
 * A subscribable calendar (METHOD:PUBLISH) of many events, each written exactly as buildCalendar
 * writes it, with one VTIMEZONE per zone used covering the years of all its events.
 */
export function buildFeed(name: string, entries: FeedEntry[]): string {
  const written = entries.map((entry) =>
    eventEntry({ method: 'PUBLISH', ...entry, now: entry.stamp }),
  );
  return calendarObject(
    'PUBLISH',
    [contentLine('X-WR-CALNAME', escapeText(name))],
    timeZonesOf(written.map((entry) => entry.times)),
    written.flatMap((entry) => entry.lines),
  );
}

function calendarObject(
  method: CalendarMethod,
  header: string[],
  timeZones: string[],
  events: string[],
): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    contentLine('PRODID', escapeText(CALENDAR_PRODUCT_ID)),
    'CALSCALE:GREGORIAN',
    `METHOD:${method}`,
    ...header,
    ...timeZones,
    ...events,
    'END:VCALENDAR',
  ];
  return lines.join(CRLF) + CRLF;
}

/** One VTIMEZONE per zone, spanning from the first to the last year any event is written in. */
function timeZonesOf(times: EventTimes[]): string[] {
  const spans = new Map<string, { firstYear: number; lastYear: number }>();
  for (const { zone } of times) {
    if (!zone) continue;
    const span = spans.get(zone.name);
    spans.set(zone.name, {
      firstYear: Math.min(span?.firstYear ?? zone.firstYear, zone.firstYear),
      lastYear: Math.max(span?.lastYear ?? zone.lastYear, zone.lastYear),
    });
  }
  return [...spans].flatMap(([zone, span]) =>
    timeZoneLines(zone, observancesFor(zone, span.firstYear, span.lastYear)),
  );
}

function eventEntry(input: BuildCalendarInput): { times: EventTimes; lines: string[] } {
  const { method, event, organizer, attendee } = input;
  const { start, end } = checkedEvent(event);
  const now = input.now ?? new Date();
  if (Number.isNaN(now.getTime())) throw new CalendarInputError('now is not a valid date');

  const times = eventTimes(start, end, event.timeZone);
  const optionalText = (name: string, value: string | null | undefined): string[] =>
    value ? [contentLine(name, escapeText(value))] : [];

  const lines = [
    'BEGIN:VEVENT',
    contentLine('UID', escapeText(event.uid)),
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${formatUtc(now)}`,
    contentLine('DTSTART', times.start, times.parameters),
    contentLine('DTEND', times.end, times.parameters),
    contentLine('SUMMARY', escapeText(event.title)),
    ...optionalText('DESCRIPTION', event.description),
    ...optionalText('LOCATION', event.location),
    ...(event.url ? [contentLine('URL', httpUri(event.url))] : []),
    contentLine('ORGANIZER', mailtoUri(organizer.email), [['CN', quotedParameter(organizer.name)]]),
    ...(attendee ? [attendeeLine(method, attendee)] : []),
    `STATUS:${method === 'CANCEL' || input.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    'TRANSP:OPAQUE',
    'END:VEVENT',
  ];
  return { times, lines };
}
