/**
 * The instants and length an event may have. The backend refuses anything else with a 400, and the
 * calendar writer with CalendarInputError, so every accepted event has a calendar that renders.
 *
 * - From 1970-01-01T00:00:00Z (the Unix epoch, where the IANA database is reliable for every zone
 *   and the usual `DTSTART:19700101T000000` onset of a VTIMEZONE sits) up to 2100-01-01T00:00:00Z:
 *   past meetings can be recorded and future ones planned for generations.
 * - At most 366 days long (a whole leap year): a VTIMEZONE then covers at most four calendar years
 *   of offset changes, a few kilobytes even for zones without a yearly rule.
 */
export const EARLIEST_EVENT_INSTANT = '1970-01-01T00:00:00Z';
export const LATEST_EVENT_INSTANT = '2100-01-01T00:00:00Z';
export const MAX_EVENT_DURATION_DAYS = 366;

const EARLIEST = Date.parse(EARLIEST_EVENT_INSTANT);
const LATEST = Date.parse(LATEST_EVENT_INSTANT);
export const MAX_EVENT_DURATION_MS = MAX_EVENT_DURATION_DAYS * 24 * 3600 * 1000;

/** The sentence both the API and the writer use to say what the range is. */
export const EVENT_RANGE_DESCRIPTION = `between ${EARLIEST_EVENT_INSTANT} and ${LATEST_EVENT_INSTANT}`;

/** Whether `instant` (ms since the epoch) may be the start or the end of an event; bounds included. */
export function isWithinEventRange(instant: number): boolean {
  return instant >= EARLIEST && instant <= LATEST;
}

/** Whether an event from `start` to `end` (ms since the epoch) is no longer than allowed. */
export function isWithinEventDuration(start: number, end: number): boolean {
  return end - start <= MAX_EVENT_DURATION_MS;
}
