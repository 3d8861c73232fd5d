import { Transform } from 'class-transformer';
import { registerDecorator, ValidationOptions } from 'class-validator';
import { resolveTimeZone } from '@app/calendar';
import { MaxChars } from './size';

/** The longest IANA name has 32 characters; a longer string is never looked up. */
const TIME_ZONE_MAX_LENGTH = 64;

/**
 * An IANA time zone (`Europe/Paris`), stored under the name its user chose with only its letter
 * case fixed: never ICU's older alias (`Asia/Kolkata` stays `Asia/Kolkata`, not `Asia/Calcutta`),
 * so invitations carry the TZID calendar applications expect.
 */
export function IsTimeZone(options?: ValidationOptions): PropertyDecorator {
  const normalize = Transform(({ value }) =>
    typeof value === 'string' && value.length <= TIME_ZONE_MAX_LENGTH
      ? (resolveTimeZone(value) ?? value)
      : value,
  );
  return (target, propertyName) => {
    normalize(target, propertyName);
    MaxChars(TIME_ZONE_MAX_LENGTH)(target, propertyName);
    registerDecorator({
      name: 'isTimeZone',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: '$property must be an IANA time zone such as Europe/Paris', ...options },
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' &&
          value.length <= TIME_ZONE_MAX_LENGTH &&
          resolveTimeZone(value) !== undefined,
      },
    });
  };
}
