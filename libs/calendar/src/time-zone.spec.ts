import {
  isUtcZone,
  localTimeIsUnambiguous,
  observancesFor,
  offsetAt,
  resolveTimeZone,
  transitionsBetween,
  wallTimeAt,
} from './time-zone';

const at = (iso: string): number => Date.parse(iso);

describe('offsetAt and wallTimeAt', () => {
  it('read the IANA database of the runtime', () => {
    expect(offsetAt('Europe/Paris', at('2027-01-15T12:00:00Z'))).toBe(3600);
    expect(offsetAt('Europe/Paris', at('2027-07-15T12:00:00Z'))).toBe(7200);
    expect(offsetAt('Asia/Kolkata', at('2027-07-15T12:00:00Z'))).toBe(19800);
    expect(offsetAt('America/St_Johns', at('2027-01-15T12:00:00Z'))).toBe(-12600);
    expect(wallTimeAt('Pacific/Chatham', at('2027-07-01T00:00:00Z'))).toEqual({
      year: 2027,
      month: 7,
      day: 1,
      hour: 12,
      minute: 45,
      second: 0,
    });
  });
});

describe('transitionsBetween', () => {
  it('finds the two Paris changes of 2027 to the second', () => {
    expect(
      transitionsBetween('Europe/Paris', at('2027-01-01T00:00:00Z'), at('2028-01-01T00:00:00Z')),
    ).toEqual([
      { at: at('2027-03-28T01:00:00Z'), from: 3600, to: 7200 },
      { at: at('2027-10-31T01:00:00Z'), from: 7200, to: 3600 },
    ]);
  });

  it('finds none in a zone without daylight saving time', () => {
    expect(
      transitionsBetween('Asia/Tokyo', at('2027-01-01T00:00:00Z'), at('2030-01-01T00:00:00Z')),
    ).toEqual([]);
  });
});

describe('observancesFor', () => {
  it('gives New York its second-Sunday-of-March and first-Sunday-of-November rules', () => {
    expect(observancesFor('America/New_York', 2027, 2027)).toEqual([
      {
        kind: 'STANDARD',
        start: { year: 2026, month: 11, day: 1, hour: 2, minute: 0, second: 0 },
        offsetFrom: -14400,
        offsetTo: -18000,
        rule: 'FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
      },
      {
        kind: 'DAYLIGHT',
        start: { year: 2026, month: 3, day: 8, hour: 2, minute: 0, second: 0 },
        offsetFrom: -18000,
        offsetTo: -14400,
        rule: 'FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
      },
    ]);
  });

  it('gives a southern zone its daylight time in January (Sydney: first Sundays of April and October)', () => {
    const observances = observancesFor('Australia/Sydney', 2027, 2027);
    expect(observances.map(({ kind, offsetTo, rule }) => ({ kind, offsetTo, rule }))).toEqual([
      { kind: 'STANDARD', offsetTo: 36000, rule: 'FREQ=YEARLY;BYMONTH=4;BYDAY=1SU' },
      { kind: 'DAYLIGHT', offsetTo: 39600, rule: 'FREQ=YEARLY;BYMONTH=10;BYDAY=1SU' },
    ]);
  });

  it('lists the actual changes of a zone whose dates follow no weekday rule (Jerusalem: Friday before the last Sunday)', () => {
    const observances = observancesFor('Asia/Jerusalem', 2027, 2027);
    expect(observances.every((observance) => observance.rule === undefined)).toBe(true);
    expect(observances[0]).toMatchObject({ offsetFrom: 7200, offsetTo: 7200 });
    const starts = observances
      .slice(1)
      .map(({ kind, start }) => `${kind} ${start.year}-${start.month}-${start.day}`);
    expect(starts).toEqual([
      'DAYLIGHT 2026-3-27',
      'STANDARD 2026-10-25',
      'DAYLIGHT 2027-3-26',
      'STANDARD 2027-10-31',
      'DAYLIGHT 2028-3-24',
      'STANDARD 2028-10-29',
    ]);
  });

  it('gives a zone without changes one observance starting before the event', () => {
    expect(observancesFor('Asia/Kolkata', 2027, 2027)).toEqual([
      {
        kind: 'STANDARD',
        start: { year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0 },
        offsetFrom: 19800,
        offsetTo: 19800,
      },
    ]);
    expect(observancesFor('Asia/Kolkata', 1950, 1950)[0].start.year).toBe(1949);
  });
});

describe('localTimeIsUnambiguous', () => {
  it('accepts an ordinary instant and the first instant after clocks spring forward', () => {
    expect(localTimeIsUnambiguous('Europe/Paris', at('2027-06-12T16:00:00Z'))).toBe(true);
    expect(localTimeIsUnambiguous('Europe/Paris', at('2027-03-28T01:00:00Z'))).toBe(true);
  });

  it('refuses both instants of the local hour lived twice when clocks go back', () => {
    expect(localTimeIsUnambiguous('Europe/Paris', at('2027-10-31T00:30:00Z'))).toBe(false);
    expect(localTimeIsUnambiguous('Europe/Paris', at('2027-10-31T01:30:00Z'))).toBe(false);
    expect(localTimeIsUnambiguous('Europe/Paris', at('2027-10-31T02:00:00Z'))).toBe(true);
  });
});

describe('resolveTimeZone', () => {
  it('keeps the current IANA name given where ICU says an older one', () => {
    expect(resolveTimeZone('Asia/Kolkata')).toBe('Asia/Kolkata');
    expect(resolveTimeZone('Europe/Kyiv')).toBe('Europe/Kyiv');
    expect(resolveTimeZone('America/Nuuk')).toBe('America/Nuuk');
  });

  it('keeps an older name that the user chose', () => {
    expect(resolveTimeZone('Asia/Calcutta')).toBe('Asia/Calcutta');
  });

  it('fixes only the letter case of lower- or upper-case input', () => {
    expect(resolveTimeZone('asia/kolkata')).toBe('Asia/Kolkata');
    expect(resolveTimeZone('europe/kyiv')).toBe('Europe/Kyiv');
    expect(resolveTimeZone('AMERICA/NUUK')).toBe('America/Nuuk');
    expect(resolveTimeZone('america/new_york')).toBe('America/New_York');
    expect(resolveTimeZone('etc/gmt+5')).toBe('Etc/GMT+5');
    expect(resolveTimeZone('utc')).toBe('UTC');
  });

  it.each(['Mars/Olympus', '', '+05:30', 'Europe/Paris\r\nX', `Europe/${'x'.repeat(100)}`])(
    'refuses %j',
    (zone) => {
      expect(resolveTimeZone(zone)).toBeUndefined();
    },
  );
});

describe('isUtcZone', () => {
  it('recognises UTC under its other names', () => {
    expect(isUtcZone('UTC')).toBe(true);
    expect(isUtcZone('Etc/UTC')).toBe(true);
    expect(isUtcZone('GMT')).toBe(true);
    expect(isUtcZone('Europe/London')).toBe(false);
  });
});
