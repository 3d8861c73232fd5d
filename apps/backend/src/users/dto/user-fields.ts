import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  registerDecorator,
  ValidateIf,
  ValidationArguments,
} from 'class-validator';
import { MaxChars } from '../../common/validation/size';
import { LOCALES, recipientSchema } from '@app/contracts';
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  passwordPolicyViolation,
} from '../../auth/password-policy';
import { IsCalendarDate } from '../../common/validation/dates';

export const EMAIL_MAX_LENGTH = 254;
export const NAME_MAX_LENGTH = 100;

const trimmed = Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

/** Optional but, when present, not null: for columns that cannot be emptied. */
export const IsOmittable = () => ValidateIf((_object, value) => value !== undefined);

/** Validates with a rule function that returns why a value is refused (or null). */
function SatisfiesRule(name: string, rule: (value: string) => string | null): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: String(propertyName),
      validator: {
        validate: (value: unknown) => typeof value === 'string' && rule(value) === null,
        defaultMessage: ({ property, value }: ValidationArguments) =>
          `${property} ${typeof value === 'string' ? rule(value) : 'must be a string'}`,
      },
    });
}

/** Trimmed and lower-cased before it is checked, so every lookup compares like with like. */
export const EmailField = () =>
  applyDecorators(
    ApiProperty({ format: 'email', maxLength: EMAIL_MAX_LENGTH, example: 'ada@example.org' }),
    Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value)),
    IsString(),
    MaxChars(EMAIL_MAX_LENGTH),
    // The contract's own rule: an address accepted here can always be put in a mail message.
    SatisfiesRule('email', (value) =>
      recipientSchema.shape.email.safeParse(value).success ? null : 'must be an email address',
    ),
  );

export const NameField = (example: string, optional = false) =>
  applyDecorators(
    optional
      ? ApiPropertyOptional({ maxLength: NAME_MAX_LENGTH, example })
      : ApiProperty({ maxLength: NAME_MAX_LENGTH, example }),
    ...(optional ? [IsOmittable()] : []),
    trimmed,
    IsString(),
    IsNotEmpty(),
    MaxChars(NAME_MAX_LENGTH),
    // Control characters (new lines included) have no place in a name that ends up in mail headers.
    Matches(/^[^\p{Cc}]*$/u, { message: '$property must not contain control characters' }),
  );

/** Optional; `null` clears it. */
export const BirthDateField = () =>
  applyDecorators(
    ApiPropertyOptional({ type: String, format: 'date', nullable: true, example: '1990-05-17' }),
    IsOptional(),
    IsCalendarDate({ notInFuture: true }),
  );

export const LocaleField = () =>
  applyDecorators(
    ApiPropertyOptional({ enum: LOCALES, default: 'en' }),
    IsOmittable(),
    IsIn(LOCALES),
  );

/** A password being chosen: length and the common-password list apply. */
export const NewPasswordField = () =>
  applyDecorators(
    ApiProperty({
      format: 'password',
      minLength: PASSWORD_MIN_LENGTH,
      maxLength: PASSWORD_MAX_LENGTH,
    }),
    IsString(),
    // UTF-16 units, like below; the policy then counts characters as a person does.
    MaxChars(PASSWORD_MAX_LENGTH * 2, {
      message: `$property must be at most ${PASSWORD_MAX_LENGTH} characters long`,
    }),
    SatisfiesRule('passwordPolicy', passwordPolicyViolation),
  );

/** A password being checked against the stored hash: only its shape is validated. */
export const CurrentPasswordField = () =>
  applyDecorators(
    ApiProperty({ format: 'password', maxLength: PASSWORD_MAX_LENGTH }),
    IsString(),
    IsNotEmpty(),
    // MaxChars counts UTF-16 units: 128 characters outside the BMP take 256.
    MaxChars(PASSWORD_MAX_LENGTH * 2),
  );
