import { describe, expect, it } from 'vitest';
import { formatEventRange, timeZones, toInstant, toWallClock } from './time';

describe('event times', () => {
  it('reads the wall clock in the event zone, winter and summer time alike', () => {
    expect(toInstant('2026-12-12', '18:00', 'Europe/Paris')).toBe('2026-12-12T17:00:00.000Z');
    expect(toInstant('2026-07-01', '18:00', 'Europe/Paris')).toBe('2026-07-01T16:00:00.000Z');
    expect(toInstant('2026-07-01', '18:00', 'America/New_York')).toBe('2026-07-01T22:00:00.000Z');
  });

  it('refuses incomplete input', () => {
    expect(toInstant('', '18:00', 'UTC')).toBeNull();
    expect(toInstant('2026-07-01', '', 'UTC')).toBeNull();
  });

  it('shows an instant as the wall clock of the zone, the inverse of toInstant', () => {
    expect(toWallClock('2026-12-12T17:00:00.000Z', 'Europe/Paris')).toEqual({
      date: '2026-12-12',
      time: '18:00',
    });
    expect(toWallClock('2026-07-01T22:00:00.000Z', 'America/New_York')).toEqual({
      date: '2026-07-01',
      time: '18:00',
    });
  });

  it('formats a range in the event zone and names the zone', () => {
    const text = formatEventRange(
      '2026-12-12T17:00:00.000Z',
      '2026-12-12T19:00:00.000Z',
      'Europe/Paris',
      'en',
    );
    expect(text).toContain('6:00');
    expect(text).toContain('8:00');
    expect(text).toContain('(Europe/Paris)');
  });

  it('offers the IANA zones, UTC included', () => {
    expect(timeZones()).toEqual(
      expect.arrayContaining(['UTC', 'Europe/Paris', 'America/New_York']),
    );
  });
});
