import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en, type Messages } from './en';
import type { ProblemMessages } from './problems';

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

// What the server's problems mean is read only when something fails: each language's are a chunk of
// their own, added to its strings once fetched.
const problemMessages: Record<Language, () => Promise<ProblemMessages>> = {
  en: async () => (await import('./problems')).problemsEn,
  fr: async () => (await import('./problems.fr')).problemsFr,
};
const problemsLoading = new Map<Language, Promise<void>>();

/** Settles once the problem messages of `language` can be shown. */
export function problemMessagesReady(language: Language): Promise<void> {
  let loading = problemsLoading.get(language);
  if (!loading) {
    loading = problemMessages[language]().then((messages) => {
      i18n.addResourceBundle(language, 'translation', messages, true, false);
    });
    // A failed fetch may be tried again by the next language change.
    loading.catch(() => problemsLoading.delete(language));
    problemsLoading.set(language, loading);
  }
  return loading;
}

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en } },
  lng: 'en',
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
});

async function show(language: Language) {
  // Not awaited: the first page need not wait for messages it will most likely never show.
  problemMessagesReady(language).catch(() => undefined);
  // The bundle may already hold the problem messages: ask for a string of the language's own file.
  if (language !== 'en' && !i18n.exists('app.skipToContent', { lng: language, fallbackLng: false })) {
    i18n.addResourceBundle(language, 'translation', await otherLanguages[language](), true, false);
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
