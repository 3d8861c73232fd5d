import i18n from 'i18next';
import { problemsEn as en } from '../i18n/problems';
import { problemsFr as fr } from '../i18n/problems.fr';
import { inWords } from '../i18n/duration';
import { changeLanguage } from '../i18n/i18n';
import { fieldMessage } from '../forms/field-message';
import { problemMessage } from './problem-message';
import { ApiError } from './problem';

// The backend's own sources: every problem type it can answer is declared there.
const backendSources = import.meta.glob<string>(
  ['../../../backend/src/**/*.ts', '!**/*.spec.ts', '!**/migrations/**'],
  { query: '?raw', import: 'default', eager: true },
);

/** Slugs of `ProblemException` subclasses (`super(HttpStatus.X, 'slug', …)`) and the filter's generic ones. */
function backendProblemTypes(): Set<string> {
  const types = new Set<string>();
  for (const [path, source] of Object.entries(backendSources)) {
    for (const match of source.matchAll(/HttpStatus\.[A-Z_]+,\s*'([a-z0-9-]+)'/g))
      types.add(match[1]);
    if (path.endsWith('problem-details.filter.ts')) {
      const table = source.match(/SLUG_BY_STATUS[^{]*\{([^}]*)\}/)![1];
      for (const match of table.matchAll(/\d{3}: '([a-z0-9-]+)'/g)) types.add(match[1]);
    }
  }
  return types;
}

describe('problem messages', () => {
  it('has an English and a French message for every problem type the backend can answer', () => {
    const types = backendProblemTypes();
    // The scan itself must see the problems, else it would pass on nothing.
    expect(types).toContain('validation-error');
    expect(types).toContain('invitation-limit');
    expect(types).toContain('service-unavailable');
    const missing = [...types].filter((type) => !(type in en.problems) || !(type in fr.problems));
    expect(missing).toEqual([]);
  });

  const t = i18n.getFixedT('en');
  const problem = (status: number, kind: string, retryAfter: number | null = null) =>
    new ApiError(
      status,
      { type: `urn:agora:problem:${kind}`, detail: 'developer English' },
      retryAfter,
    );

  it('says what went wrong by the problem type, never the English detail', async () => {
    expect(problemMessage(problem(409, 'last-admin'), t, 'en')).toBe(en.problems['last-admin']);
    await changeLanguage('fr');
    expect(problemMessage(problem(409, 'last-admin'), i18n.getFixedT('fr'), 'fr')).toBe(
      fr.problems['last-admin'],
    );
  });

  it('falls back to the status for a type it does not know', () => {
    expect(problemMessage(problem(404, 'something-new'), t, 'en')).toBe(en.problems['not-found']);
    expect(problemMessage(problem(502, 'http-502'), t, 'en')).toBe(en.problems['internal-error']);
  });

  it('tells the wait of a Retry-After in words', () => {
    expect(problemMessage(problem(429, 'too-many-requests', 899), t, 'en')).toBe(
      'Too many attempts. Try again in 15 minutes.',
    );
  });

  it('tells an unreachable server apart', () => {
    expect(problemMessage(new TypeError('Failed to fetch'), t, 'en')).toBe(en.problems.network);
  });
});

describe('durations in words', () => {
  it.each([
    [899, 'en', 'in 15 minutes'],
    [5400, 'en', 'in 2 hours'],
    [30, 'en', 'in 30 seconds'],
    [3 * 86_400, 'en', 'in 3 days'],
    [899, 'fr', 'dans 15 minutes'],
    [86_400, 'fr', 'demain'],
  ])('%i seconds in %s is “%s”', (seconds, language, words) => {
    expect(inWords(seconds, language)).toBe(words);
  });
});

describe('field errors', () => {
  const t = i18n.getFixedT('en');
  it.each([
    ['title must be shorter than or equal to 100 characters', 'At most 100 characters'],
    ['email must be an email', 'Enter a valid email address'],
    ['id: must be a UUID', 'Not a valid identifier'],
    ['endsAt must be after startsAt', 'The end must be after the start'],
    ['something the front end has never heard of', 'something the front end has never heard of'],
  ])('“%s” reads “%s”', (message, shown) => {
    expect(fieldMessage(message, t)).toBe(shown);
  });
});
