import {
  isISO8601,
  registerDecorator,
  ValidationArguments,
  ValidationOptions,
} from 'class-validator';
import { MaxChars } from './size';

/** No written date or instant is longer; a longer string is refused before any pattern runs. */
const DATE_MAX_LENGTH = 64;

/**
 * A calendar date-time with an explicit offset; years 1900–2999; at most millisecond precision;
 * offsets up to ±14:59 (real ones stop at +14:00; PostgreSQL refuses beyond ±15:59).
 */
const INSTANT =
  /^(19|2\d)\d{2}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-](0\d|1[0-4]):\d{2})$/;

export function isInstant(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    INSTANT.test(value) &&
    isISO8601(value, { strict: true, strictSeparator: true })
  );
}

/** An ISO-8601 instant WITH its offset (`2027-03-01T18:30:00+01:00` or `…Z`) that exists in the calendar. */
export function IsInstant(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) => {
    MaxChars(DATE_MAX_LENGTH)(target, propertyName);
    registerDecorator({
      name: 'isInstant',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message:
          '$property must be an ISO-8601 date-time with an offset, e.g. 2027-03-01T18:30:00+01:00',
        ...options,
      },
      validator: { validate: isInstant },
    });
  };
}

/**
 * An instant as `IsInstant` that also lies between `earliest` and `latest` (ISO-8601 instants,
 * both included); the message says the range.
 */
export function IsInstantBetween(
  earliest: string,
  latest: string,
  options?: ValidationOptions,
): PropertyDecorator {
  const [low, high] = [Date.parse(earliest), Date.parse(latest)];
  const inRange = (value: unknown): boolean =>
    isInstant(value) && Date.parse(value) >= low && Date.parse(value) <= high;
  return (target, propertyName) => {
    MaxChars(DATE_MAX_LENGTH)(target, propertyName);
    registerDecorator({
      name: 'isInstantBetween',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: inRange,
        defaultMessage: ({ property, value }: ValidationArguments) =>
          isInstant(value)
            ? `${property} must be between ${earliest} and ${latest}`
            : `${property} must be an ISO-8601 date-time with an offset, e.g. 2027-03-01T18:30:00+01:00`,
      },
    });
  };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** No date the association records (a meeting, a birth) is older; older dates are typing mistakes. */
export const EARLIEST_DATE = '1900-01-01';
export const LATEST_DATE = '2999-12-31';

/** Today's date (UTC) as `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export interface CalendarDateRule {
  /** Refuse days after today (UTC): a birth date. */
  notInFuture?: boolean;
  /** Today as `YYYY-MM-DD`; only tests set it. */
  today?: string;
}

/**
 * Why `value` is refused as a calendar day, or null when it is a real day `YYYY-MM-DD` between
 * 1900-01-01 and 2999-12-31 (and not after today when `notInFuture`). `2027-02-30` is refused
 * rather than rolled over to March.
 */
export function calendarDateViolation(
  value: string,
  { notInFuture = false, today = todayIso() }: CalendarDateRule = {},
): string | null {
  const match = ISO_DATE.exec(value);
  if (!match) return 'must be a date written YYYY-MM-DD';
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return 'must be a real calendar date';
  }
  if (notInFuture && value > today) return 'must not be in the future';
  if (value > LATEST_DATE) return `must not be after ${LATEST_DATE}`;
  if (value < EARLIEST_DATE) return `must not be before ${EARLIEST_DATE}`;
  return null;
}

/** A calendar day `YYYY-MM-DD` that exists (no 2027-02-30), from 1900; the message says what is wrong. */
export function IsCalendarDate(
  rule: Omit<CalendarDateRule, 'today'> = {},
  options?: ValidationOptions,
): PropertyDecorator {
  return (target, propertyName) => {
    MaxChars(DATE_MAX_LENGTH)(target, propertyName);
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && calendarDateViolation(value, rule) === null,
        defaultMessage: ({ property, value }: ValidationArguments) =>
          `${property} ${typeof value === 'string' ? calendarDateViolation(value, rule) : 'must be a date written YYYY-MM-DD'}`,
      },
    });
  };
}
