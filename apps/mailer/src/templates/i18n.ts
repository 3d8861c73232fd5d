import type { Locale } from '@app/contracts';

const intlLocale: Record<Locale, string> = { en: 'en-GB', fr: 'fr-FR' };

/** "Monday 1 December 2026 at 18:30 CET" in the reader's language and the given zone. */
export function formatInstant(instant: string, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(intlLocale[locale], {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(instant)) + ` (${zoneLabel(instant, locale, timeZone)})`;
}

function zoneLabel(instant: string, locale: Locale, timeZone: string): string {
  const part = new Intl.DateTimeFormat(intlLocale[locale], { timeZone, timeZoneName: 'short' })
    .formatToParts(new Date(instant))
    .find((entry) => entry.type === 'timeZoneName');
  return part ? `${timeZone}, ${part.value}` : timeZone;
}

/** The same sentence in every supported language; English is the fallback. */
export type Translations<T> = Record<Locale, T>;

export function pick<T>(translations: Translations<T>, locale: Locale): T {
  return translations[locale] ?? translations.en;
}
