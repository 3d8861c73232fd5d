import { Transform } from 'class-transformer';
import { Matches, ValidateIf } from 'class-validator';

/** Trims surrounding white space from a string field; other values are left to the validators. */
export const Trim = () =>
  Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

/** Trims, and turns an empty string into null: "no title" is stored as null, never as "". */
export const TrimToNull = () =>
  Transform(({ value }) => {
    if (typeof value !== 'string') return value;
    const trimmed = value.trim();
    return trimmed === '' ? null : trimmed;
  });

/** One line of text: no control characters (no CR/LF, no tabs). */
export const SingleLine = () =>
  Matches(/^[^\p{Cc}]*$/u, {
    message: '$property must be a single line without control characters',
  });

/**
 * The field may be left out, but not sent as null (class-validator's IsOptional lets null
 * through, which would reach a NOT NULL column).
 */
export const Omittable = () => ValidateIf((_, value) => value !== undefined);

/** The field may be left out or null (to clear it); any other value is validated. */
export const OmittableOrNull = () =>
  ValidateIf((_, value) => value !== undefined && value !== null);

/** PostgreSQL text cannot hold U+0000; refusing it here keeps it a 400 rather than a database error. */
export const NoNulCharacter = () =>
  // eslint-disable-next-line no-control-regex -- finding the NUL character is the point
  Matches(/^[^\u0000]*$/, { message: '$property must not contain NUL characters' });
