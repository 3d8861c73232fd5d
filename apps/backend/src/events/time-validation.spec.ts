import { canonicalTimeZone, isInstant } from './time-validation';

describe('isInstant', () => {
  it.each([
    '2030-03-01T18:30:00+01:00',
    '2030-03-01T17:30:00Z',
    '2030-03-01T17:30Z',
    '2028-02-29T10:00:00.123-05:30',
    '2030-03-01T18:30:00+14:00',
    '2030-03-01T18:30:00-12:00',
  ])('accepts %s', (value) => {
    expect(isInstant(value)).toBe(true);
  });

  it.each([
    ['an impossible day', '2027-02-30T10:00:00Z'],
    ['a date alone', '2027-02-28'],
    ['no offset', '2030-03-01T18:30:00'],
    ['hour 25', '2030-03-01T25:00:00Z'],
    ['microseconds', '2030-03-01T18:30:00.123456Z'],
    ['the basic format', '20300301T183000Z'],
    ['a year out of range', '0000-01-01T00:00:00Z'],
    ['a number', 1893456000000],
    ['an offset PostgreSQL cannot store', '2030-03-01T18:30:00+16:00'],
    ['an offset of a day', '2030-03-01T18:30:00-23:59'],
  ])('refuses %s', (_, value) => {
    expect(isInstant(value)).toBe(false);
  });
});

describe('canonicalTimeZone', () => {
  it('spells a known zone canonically and refuses unknown ones', () => {
    expect(canonicalTimeZone('europe/paris')).toBe('Europe/Paris');
    expect(canonicalTimeZone('UTC')).toBe('UTC');
    expect(canonicalTimeZone('Mars/Olympus')).toBeNull();
    expect(canonicalTimeZone('')).toBeNull();
  });
});
