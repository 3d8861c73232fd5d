import type { CalendarEvent } from '@app/contracts';
import { buildFeed, FeedEntry } from './calendar';
import { physicalLines, readFeed } from './testing/read-calendar';

const organizer = { name: 'Chess club', email: 'noreply@agora.test' };

function entry(overrides: Partial<CalendarEvent>, cancelled = false): FeedEntry {
  return {
    event: {
      uid: `${overrides.title ?? 'x'}@agora`,
      sequence: 2,
      title: 'Meeting',
      description: null,
      location: null,
      startsAt: '2030-03-01T17:30:00Z',
      endsAt: '2030-03-01T19:30:00Z',
      timeZone: 'Europe/Paris',
      ...overrides,
    },
    organizer,
    cancelled,
    stamp: new Date('2029-12-01T10:00:00Z'),
  };
}

describe('buildFeed', () => {
  it('writes every event, one VTIMEZONE per zone spanning all its years, cancelled ones kept', () => {
    const sut = buildFeed('Agora', [
      entry({ title: 'Paris 2030' }),
      entry({
        title: 'Paris 2031',
        startsAt: '2031-07-01T10:00:00Z',
        endsAt: '2031-07-01T11:00:00Z',
      }),
      entry({ title: 'New York', timeZone: 'America/New_York' }, true),
    ]);
    physicalLines(sut);
    const feed = readFeed(sut);
    expect(feed.root.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(feed.zones.sort()).toEqual(['America/New_York', 'Europe/Paris']);
    expect(feed.events.map((event) => event.summary)).toEqual([
      'Paris 2030',
      'Paris 2031',
      'New York',
    ]);
    expect(feed.events.map((event) => event.sequence)).toEqual([2, 2, 2]);
    // Summer time of the second year is resolved from the one Paris VTIMEZONE.
    expect(feed.events[1].startDate.toJSDate().toISOString()).toBe('2031-07-01T10:00:00.000Z');
    expect(feed.events.map((event) => event.component.getFirstPropertyValue('status'))).toEqual([
      'CONFIRMED',
      'CONFIRMED',
      'CANCELLED',
    ]);
  });

  it('is the same text for the same events, whenever it is written', () => {
    const entries = [entry({ title: 'A' })];
    expect(buildFeed('Agora', entries)).toBe(buildFeed('Agora', entries));
  });

  it('is a valid empty calendar when there is nothing to show', () => {
    expect(readFeed(buildFeed('Agora', [])).events).toEqual([]);
  });
});
