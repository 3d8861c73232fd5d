import type { TFunction } from 'i18next';

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
