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
