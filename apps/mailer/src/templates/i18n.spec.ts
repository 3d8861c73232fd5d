import { formatInstant } from './i18n';

describe('formatInstant', () => {
  it('shows the instant in the event zone and the reader language', () => {
    expect(formatInstant('2026-12-15T17:30:00.000Z', 'en', 'Europe/Paris')).toBe('Tuesday, 15 December 2026 at 18:30 (Europe/Paris, CET)');
    expect(formatInstant('2026-07-15T17:30:00.000Z', 'fr', 'Europe/Paris')).toBe('mercredi 15 juillet 2026 à 19:30 (Europe/Paris, UTC+2)');
  });

  it('names a zone once when its short name is its id', () => {
    expect(formatInstant('2026-12-15T17:30:00.000Z', 'en', 'UTC')).toBe('Tuesday, 15 December 2026 at 17:30 (UTC)');
  });
});
