import { birthDateViolation, todayIso } from './birth-date';

describe('birth date rule', () => {
  const today = '2026-11-26';

  it.each(['1990-05-17', '2000-02-29', '1900-01-01', today])('accepts %s', (value) => {
    expect(birthDateViolation(value, today)).toBeNull();
  });

  it.each(['2027-02-30', '2023-02-29', '1990-13-01', '1990-04-31', '1990-00-10', '1990-01-00'])(
    'refuses the impossible date %s',
    (value) => {
      expect(birthDateViolation(value, today)).toBe('must be a real calendar date');
    },
  );

  it.each(['17/05/1990', '1990-5-17', '1990-05-17T00:00:00Z', '', 'yesterday'])(
    'refuses the format of %s',
    (value) => {
      expect(birthDateViolation(value, today)).toMatch(/YYYY-MM-DD/);
    },
  );

  it('refuses a date after today', () => {
    expect(birthDateViolation('2026-11-27', today)).toMatch(/future/);
  });

  it('refuses a date before 1900', () => {
    expect(birthDateViolation('1899-12-31', today)).toMatch(/before 1900/);
  });

  it('takes today in UTC', () => {
    expect(todayIso(new Date('2026-11-26T23:30:00-05:00'))).toBe('2026-11-27');
  });
});
