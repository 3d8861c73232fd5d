import { registerDecorator, ValidationArguments } from 'class-validator';

/**
 * Validation group of the size rules. The global pipe checks this group first, on its own: a
 * request with an oversized string or array is refused with only the size errors, before any
 * rule that looks at each character or element (a pattern, a UUID per element, uniqueness) ran.
 * Every string and array of a request DTO carries one of these rules.
 */
export const SIZE_RULES = 'size';

interface SizeRuleOptions {
  /** Overrides the message; `$property` is replaced by the field name. */
  message?: string;
}

function sizeRule(
  name: string,
  accepts: (value: unknown) => boolean,
  message: string,
): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: String(propertyName),
      // Also part of the full validation (which runs every group when none is named).
      options: { groups: [SIZE_RULES], message },
      validator: { validate: accepts },
    });
}

/**
 * At most `max` UTF-16 units. Only strings are measured: another type is left to the type rule
 * (IsString…), so the message stays about the type.
 */
export const MaxChars = (max: number, options: SizeRuleOptions = {}) =>
  sizeRule(
    'maxLength',
    (value) => typeof value !== 'string' || value.length <= max,
    options.message ?? `$property must be shorter than or equal to ${max} characters`,
  );

/** At most `max` elements. Only arrays are measured: another type is left to IsArray. */
export const MaxItems = (max: number, options: SizeRuleOptions = {}) =>
  sizeRule(
    'arrayMaxSize',
    (value) => !Array.isArray(value) || value.length <= max,
    options.message ?? `$property must contain no more than ${max} elements`,
  );

/** True when no two elements of the array are the same primitive (one pass over a Set). */
export function hasUniqueItems(values: readonly unknown[]): boolean {
  return new Set(values).size === values.length;
}

/**
 * No element twice, compared with `===` semantics (SameValueZero), in linear time — unlike
 * class-validator's ArrayUnique, which compares every pair. Meant for arrays of primitives (ids);
 * non-arrays are left to IsArray.
 */
export function UniqueItems(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'arrayUnique',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: "All $property's elements must be unique" },
      validator: {
        validate: (value: unknown) => !Array.isArray(value) || hasUniqueItems(value),
        defaultMessage: ({ property }: ValidationArguments) =>
          `All ${property}'s elements must be unique`,
      },
    });
}
