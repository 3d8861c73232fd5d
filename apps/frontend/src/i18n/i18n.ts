import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en, type Messages } from './en';

export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'agora.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function initialLanguage(): Language {
  const stored = window.localStorage.getItem(STORAGE_KEY);
  if (isLanguage(stored)) return stored;
  return navigator.language?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

// English is the fallback and ships with every page; another language is a chunk of its own,
// fetched when it is shown, so each language's strings do not weigh on the others' first page.
const otherLanguages: Record<Exclude<Language, 'en'>, () => Promise<Messages>> = {
  fr: async () => (await import('./fr')).fr,
};

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en } },
  lng: 'en',
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
});

async function show(language: Language) {
  if (language !== 'en' && !i18n.hasResourceBundle(language, 'translation')) {
    i18n.addResourceBundle(language, 'translation', await otherLanguages[language]());
  }
  await i18n.changeLanguage(language);
  document.documentElement.lang = language;
}

/** Settles once the language the page opens in can be shown; the app renders after it. */
export const languageReady = show(initialLanguage()).catch(() => undefined);

/** The language picked with the switch in this browser, if any (a guess from the browser is not a choice). */
export function chosenLanguage(): Language | null {
  const stored = window.localStorage.getItem(STORAGE_KEY);
  return isLanguage(stored) ? stored : null;
}

export function changeLanguage(language: Language): Promise<unknown> {
  window.localStorage.setItem(STORAGE_KEY, language);
  return show(language);
}

export default i18n;
