import { Transform } from 'class-transformer';
import { registerDecorator, ValidationOptions } from 'class-validator';
import { resolveTimeZone } from '@app/calendar';

/**
 * An IANA time zone (`Europe/Paris`), stored under the name its user chose with only its letter
 * case fixed: never ICU's older alias (`Asia/Kolkata` stays `Asia/Kolkata`, not `Asia/Calcutta`),
 * so invitations carry the TZID calendar applications expect.
 */
export function IsTimeZone(options?: ValidationOptions): PropertyDecorator {
  const normalize = Transform(({ value }) =>
    typeof value === 'string' ? (resolveTimeZone(value) ?? value) : value,
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
          typeof value === 'string' && resolveTimeZone(value) !== undefined,
      },
    });
  };
}
