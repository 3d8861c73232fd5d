import ICAL from 'ical.js';

/** What a calendar application takes from an .ics, read with ical.js (a strict RFC 5545 parser). */
export interface ReadCalendar {
  method: string;
  /** Names of the VEVENT's properties, in order, as a reader sees them. */
  eventPropertyNames: string[];
  vevent: ICAL.Component;
  event: ICAL.Event;
  /** Instants as a reader resolves them with the VTIMEZONE in the same object. */
  start: Date;
  end: Date;
  /** The TZID of DTSTART, or undefined for UTC. */
  startZone: string | undefined;
  attendees: ICAL.Property[];
  organizers: ICAL.Property[];
}

export function readCalendar(ics: string): ReadCalendar {
  // The service is global: start from nothing so only the VTIMEZONE written in `ics` is used.
  ICAL.TimezoneService.reset();
  const root = new ICAL.Component(ICAL.parse(ics));
  for (const zone of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const vevents = root.getAllSubcomponents('vevent');
  if (vevents.length !== 1) throw new Error(`expected one VEVENT, found ${vevents.length}`);
  const [vevent] = vevents;
  const event = new ICAL.Event(vevent);
  const startZone = vevent.getFirstProperty('dtstart')?.getParameter('tzid');
  return {
    method: String(root.getFirstPropertyValue('method')),
    eventPropertyNames: vevent.getAllProperties().map((property) => property.name),
    vevent,
    event,
    start: event.startDate.toJSDate(),
    end: event.endDate.toJSDate(),
    startZone: typeof startZone === 'string' ? startZone : undefined,
    attendees: vevent.getAllProperties('attendee'),
    organizers: vevent.getAllProperties('organizer'),
  };
}

/**
 * The physical lines of `ics`, after checking the framing rules of RFC 5545 3.1: every line ends
 * with CRLF, no bare CR or LF, at most 75 octets, and each line is valid UTF-8 on its own (a fold
 * never splits a character).
 */
export function physicalLines(ics: string): string[] {
  const octets = Buffer.from(ics, 'utf8');
  if (!ics.endsWith('\r\n')) throw new Error('the object does not end with CRLF');
  const strictDecoder = new TextDecoder('utf-8', { fatal: true });
  const lines: string[] = [];
  let lineStart = 0;
  while (lineStart < octets.length) {
    const lineEnd = octets.indexOf('\r\n', lineStart);
    const line = octets.subarray(lineStart, lineEnd);
    const number = lines.length + 1;
    if (line.includes(0x0d) || line.includes(0x0a))
      throw new Error(`line ${number} holds a bare CR or LF`);
    if (line.length > 75) throw new Error(`line ${number} has ${line.length} octets`);
    // Decoding each line alone fails if a fold split a multi-byte character.
    lines.push(strictDecoder.decode(line));
    lineStart = lineEnd + 2;
  }
  return lines;
}

/** A subscribed feed as a calendar application reads it: every VEVENT, resolved with its VTIMEZONEs. */
export function readFeed(ics: string): {
  root: ICAL.Component;
  events: ICAL.Event[];
  zones: string[];
} {
  ICAL.TimezoneService.reset();
  const root = new ICAL.Component(ICAL.parse(ics));
  const zones = root.getAllSubcomponents('vtimezone');
  for (const zone of zones) ICAL.TimezoneService.register(zone);
  return {
    root,
    events: root.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent)),
    zones: zones.map((zone) => String(zone.getFirstPropertyValue('tzid'))),
  };
}
