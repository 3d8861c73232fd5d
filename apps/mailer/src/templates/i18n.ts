import type { Locale } from '@app/contracts';

const intlLocale: Record<Locale, string> = { en: 'en-GB', fr: 'fr-FR' };

/** Building an Intl formatter costs far more than using one: keep one per locale and zone. */
const formatters = new Map<string, { dateTime: Intl.DateTimeFormat; zoneName: Intl.DateTimeFormat }>();

function formattersFor(locale: Locale, timeZone: string) {
  const key = `${locale}|${timeZone}`;
  let entry = formatters.get(key);
  if (!entry) {
    entry = {
      dateTime: new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: 'full', timeStyle: 'short', timeZone }),
      zoneName: new Intl.DateTimeFormat(intlLocale[locale], { timeZone, timeZoneName: 'short' }),
    };
    formatters.set(key, entry);
  }
  return entry;
}

/** "Tuesday, 15 December 2026 at 18:30 (Europe/Paris, CET)" in the reader's language and the given zone. */
export function formatInstant(instant: string, locale: Locale, timeZone: string): string {
  const { dateTime, zoneName } = formattersFor(locale, timeZone);
  const date = new Date(instant);
  const zone = zoneName.formatToParts(date).find((part) => part.type === 'timeZoneName')?.value;
  // A zone whose short name is its own id ("UTC") is named once, not "(UTC, UTC)".
  return `${dateTime.format(date)} (${zone && zone !== timeZone ? `${timeZone}, ${zone}` : timeZone})`;
}

/** The same sentence in every supported language; English is the fallback. */
export type Translations<T> = Record<Locale, T>;

export function pick<T>(translations: Translations<T>, locale: Locale): T {
  return translations[locale] ?? translations.en;
}
