import { dictionary } from '@zxcvbn-ts/language-common';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

let commonPasswords: ReadonlySet<string> | undefined;

/** The ≈50 000 most common passwords (zxcvbn's list), lower-cased, loaded once. */
function commonPasswordSet(): ReadonlySet<string> {
  commonPasswords ??= new Set(dictionary['passwords-common'].map((entry) => entry.toLowerCase()));
  return commonPasswords;
}

/** Length in characters as a person counts them (an emoji is one), not UTF-16 units. */
function characterCount(value: string): number {
  return [...value].length;
}

/** Why a new password is refused, or null when it is acceptable. */
export function passwordPolicyViolation(password: string): string | null {
  const length = characterCount(password);
  if (length < PASSWORD_MIN_LENGTH)
    return `must be at least ${PASSWORD_MIN_LENGTH} characters long`;
  if (length > PASSWORD_MAX_LENGTH) return `must be at most ${PASSWORD_MAX_LENGTH} characters long`;
  if (commonPasswordSet().has(password.toLowerCase())) {
    return 'is one of the most commonly used passwords; choose another';
  }
  return null;
}
