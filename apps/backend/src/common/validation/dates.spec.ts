import { calendarDateViolation, isInstant, todayIso } from './dates';

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

describe('calendarDateViolation', () => {
  const today = '2026-11-26';
  const birthDate = { notInFuture: true, today };

  it.each(['1990-05-17', '2000-02-29', '1900-01-01', today])('accepts %s', (value) => {
    expect(calendarDateViolation(value, birthDate)).toBeNull();
  });

  it.each(['2027-02-30', '2023-02-29', '1990-13-01', '1990-04-31', '1990-00-10', '1990-01-00'])(
    'refuses the impossible date %s',
    (value) => {
      expect(calendarDateViolation(value, birthDate)).toBe('must be a real calendar date');
    },
  );

  it.each(['17/05/1990', '1990-5-17', '1990-05-17T00:00:00Z', '', 'yesterday'])(
    'refuses the format of %s',
    (value) => {
      expect(calendarDateViolation(value, birthDate)).toMatch(/YYYY-MM-DD/);
    },
  );

  it('refuses a date after today', () => {
    expect(calendarDateViolation('2026-11-27', birthDate)).toMatch(/future/);
  });

  it('refuses a date before 1900', () => {
    expect(calendarDateViolation('1899-12-31', birthDate)).toMatch(/before 1900/);
  });

  it('takes any day up to 2999 when the future is allowed', () => {
    expect(calendarDateViolation('2999-12-31', { today })).toBeNull();
    expect(calendarDateViolation('3000-01-01', { today })).toMatch(/after 2999-12-31/);
  });

  it('takes today in UTC', () => {
    expect(todayIso(new Date('2026-11-26T23:30:00-05:00'))).toBe('2026-11-27');
  });
});
