import { describe, expect, it } from 'vitest';
import {
  formatEventRange,
  readerRange,
  startsInPast,
  timeZones,
  toInstant,
  toWallClock,
} from './time';

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

  it('gives the reader’s own clock only when it reads differently', () => {
    const [start, end] = ['2031-03-12T22:00:00.000Z', '2031-03-13T00:00:00.000Z'];
    expect(
      readerRange(start, end, 'America/New_York', 'en', 'Europe/Paris')?.replace(/\s/g, ' '),
    ).toBe('Mar 12, 2031, 11:00 PM – Mar 13, 2031, 1:00 AM (Europe/Paris)');
    expect(readerRange(start, end, 'Europe/Paris', 'en', 'Europe/Paris')).toBeNull();
    // Same offset, another name: nothing new to tell.
    expect(readerRange(start, end, 'Europe/Paris', 'en', 'Europe/Berlin')).toBeNull();
  });

  it('tells a start in the past', () => {
    const now = Date.parse('2030-01-01T12:00:00Z');
    expect(startsInPast('2030-01-01T11:59:00Z', now)).toBe(true);
    expect(startsInPast('2030-01-01T12:01:00Z', now)).toBe(false);
  });
});
