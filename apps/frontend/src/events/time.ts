import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Every IANA zone the browser knows, for the event form's time-zone select. */
export function timeZones(): string[] {
  const zones = Intl.supportedValuesOf('timeZone');
  return zones.includes('UTC') ? zones : ['UTC', ...zones];
}

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/**
 * The instant at which the wall clock in `zone` shows `date` (YYYY-MM-DD) and `time` (HH:mm): the
 * event form asks for local times where the event happens, the API wants ISO-8601 instants.
 */
export function toInstant(date: string, time: string, zone: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const value = dayjs.tz(`${date}T${time}:00`, zone);
  return value.isValid() ? value.toISOString() : null;
}

/** The wall-clock date and time of an instant in `zone`, as the form shows them. */
export function toWallClock(instant: string, zone: string): { date: string; time: string } {
  const value = dayjs(instant).tz(zone);
  return { date: value.format('YYYY-MM-DD'), time: value.format('HH:mm') };
}

/** "12 Dec 2026, 18:00 – 20:00 (Europe/Paris)" in the reader's language, in the event's own zone. */
export function formatEventRange(
  startsAt: string,
  endsAt: string,
  zone: string,
  locale: string,
): string {
  const format = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: zone,
  });
  return `${format.formatRange(new Date(startsAt), new Date(endsAt))} (${zone})`;
}

/**
 * The same range on the reader's clock, or null when it reads the same as in the event's zone (a
 * reader in Berlin needs no second line for an event in Paris).
 */
export function readerRange(
  startsAt: string,
  endsAt: string,
  zone: string,
  locale: string,
  readerZone = browserTimeZone(),
): string | null {
  if (readerZone === zone) return null;
  const there = formatEventRange(startsAt, endsAt, zone, locale).replace(` (${zone})`, '');
  const here = formatEventRange(startsAt, endsAt, readerZone, locale);
  return here.replace(` (${readerZone})`, '') === there ? null : here;
}

/** Whether an event starts before now: the form asks before scheduling one in the past. */
export const startsInPast = (startsAt: string, now = Date.now()) =>
  new Date(startsAt).getTime() < now;
