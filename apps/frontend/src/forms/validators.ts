import type { TFunction } from 'i18next';

/** Mirrors the server's rules so most mistakes are caught before a round trip. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;
export const NAME_MAX_LENGTH = 100;

export const validators = (t: TFunction) => ({
  required: (value: unknown) =>
    value === null || value === undefined || (typeof value === 'string' && value.trim() === '')
      ? t('validation.required')
      : null,
  email: (value: string) =>
    !value.trim()
      ? t('validation.required')
      : /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim())
        ? null
        : t('validation.email'),
  newPassword: (value: string) => {
    const length = [...value].length;
    if (length < PASSWORD_MIN_LENGTH)
      return t('validation.passwordLength', { min: PASSWORD_MIN_LENGTH });
    if (length > PASSWORD_MAX_LENGTH) return t('validation.tooLong', { max: PASSWORD_MAX_LENGTH });
    return null;
  },
  name: (value: string) =>
    !value.trim()
      ? t('validation.required')
      : value.length > NAME_MAX_LENGTH
        ? t('validation.tooLong', { max: NAME_MAX_LENGTH })
        : null,
  maxLength: (max: number) => (value: string | null | undefined) =>
    value && value.length > max ? t('validation.tooLong', { max }) : null,
});
