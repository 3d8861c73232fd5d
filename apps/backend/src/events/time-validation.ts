import { Transform } from 'class-transformer';
import { isISO8601, registerDecorator, ValidationOptions } from 'class-validator';

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
  return (target, propertyName) =>
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
}

/** The canonical spelling of an IANA time zone known to this runtime, or null if it is unknown. */
export function canonicalTimeZone(value: string): string | null {
  if (value.length === 0 || value.length > 100) return null;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** An IANA time zone (`Europe/Paris`); stored in its canonical spelling. */
export function IsTimeZone(options?: ValidationOptions): PropertyDecorator {
  const normalize = Transform(({ value }) =>
    typeof value === 'string' ? (canonicalTimeZone(value) ?? value) : value,
  );
  return (target, propertyName) => {
    normalize(target, propertyName);
    registerDecorator({
      name: 'isTimeZone',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: '$property must be an IANA time zone such as Europe/Paris', ...options },
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && canonicalTimeZone(value) !== null,
      },
    });
  };
}

/** A calendar day `YYYY-MM-DD` that exists (no 2027-02-30); years 1900–2999. */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: '$property must be a calendar date YYYY-MM-DD', ...options },
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' &&
          /^(19|2\d)\d{2}-\d{2}-\d{2}$/.test(value) &&
          isISO8601(value, { strict: true }),
      },
    });
}
