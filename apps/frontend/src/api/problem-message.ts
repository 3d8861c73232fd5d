import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { inWords } from '../i18n/duration';
import { ApiError } from './problem';

/** A problem type the backend names only by its status (`http-418`) is told by its status. */
const KIND_BY_STATUS: Record<number, string> = {
  400: 'bad-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  429: 'too-many-requests',
  503: 'service-unavailable',
};

/** A browser's `fetch` rejects with a TypeError when the server cannot be reached at all. */
export const isNetworkError = (error: unknown): boolean => error instanceof TypeError;

/**
 * What went wrong, in the reader's language: the server's `detail` is developer English, so a
 * problem is shown by its type (every type the API can answer has a message, checked by a test),
 * with the wait of a `Retry-After` in words.
 */
export function problemMessage(error: unknown, t: TFunction, language: string): string {
  if (isNetworkError(error)) return t('problems.network');
  if (!(error instanceof ApiError)) return t('common.error');
  const kind = [error.kind, KIND_BY_STATUS[error.status]].find(
    (name) => name && t(`problems.${name}`, { defaultValue: '' }),
  );
  const message = kind
    ? t(`problems.${kind}`)
    : error.status >= 500
      ? t('problems.internal-error')
      : t('common.error');
  if (error.retryAfter === null) return message;
  return `${message} ${t('common.tryAgainWhen', { when: inWords(error.retryAfter, language) })}`;
}

export function useProblemMessage(): (error: unknown) => string {
  const { t, i18n } = useTranslation();
  return (error) => problemMessage(error, t, i18n.language);
}

/**
 * A server field error in the reader's language. The validation pipe writes class-validator's
 * English; the rules every form meets are recognised here, anything else is shown as written.
 */
const FIELD_RULES: [RegExp, (match: RegExpMatchArray, t: TFunction) => string][] = [
  [
    /(shorter than or equal to|at most) (\d+) characters/,
    (m, t) => t('fieldErrors.tooLong', { max: m[2] }),
  ],
  [
    /(longer than or equal to|at least) (\d+) characters/,
    (m, t) => t('fieldErrors.tooShort', { min: m[2] }),
  ],
  [/must be at most (\d+) days after/, (m, t) => t('fieldErrors.tooLongEvent', { days: m[1] })],
  [/must be an email/, (_m, t) => t('fieldErrors.email')],
  [/should not be empty|must not be blank/, (_m, t) => t('fieldErrors.empty')],
  [/IANA time zone/, (_m, t) => t('fieldErrors.timeZone')],
  [/date-time/, (_m, t) => t('fieldErrors.instant')],
  [/must be a UUID/, (_m, t) => t('fieldErrors.uuid')],
  [/must be after startsAt/, (_m, t) => t('fieldErrors.endAfterStart')],
  [/most commonly used passwords/, (_m, t) => t('fieldErrors.commonPassword')],
  [/should not exist/, (_m, t) => t('fieldErrors.unknownField')],
  [/ISO 8601|valid date|calendar day/, (_m, t) => t('fieldErrors.date')],
];

export function fieldMessage(message: string, t: TFunction): string {
  for (const [pattern, translate] of FIELD_RULES) {
    const match = message.match(pattern);
    if (match) return translate(match, t);
  }
  return message;
}
