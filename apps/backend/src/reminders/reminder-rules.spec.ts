import { fateOf, groupByMessage, normalizedLeads } from './reminder-rules';

describe('reminder rules', () => {
  const start = new Date('2030-03-01T18:00:00Z');
  const before = (ms: number) => new Date(start.getTime() - ms);

  describe('fateOf', () => {
    const asPlanned = { startsAt: start, eventStartsAt: start, scheduled: true };

    it('sends a reminder while its event is still ahead', () => {
      expect(fateOf(asPlanned, before(3_600_000))).toBe('send');
      expect(fateOf(asPlanned, before(1))).toBe('send');
    });

    it('counts it late from the start of the event on', () => {
      expect(fateOf(asPlanned, start)).toBe('late');
      expect(fateOf(asPlanned, new Date(start.getTime() + 1))).toBe('late');
    });

    it('never sends one for a cancelled event or for a start that is no longer the event’s', () => {
      expect(fateOf({ ...asPlanned, scheduled: false }, before(60_000))).toBe('late');
      const moved = new Date(start.getTime() + 86_400_000);
      expect(fateOf({ ...asPlanned, eventStartsAt: moved }, before(60_000))).toBe('late');
    });
  });

  it('keeps each lead time once, shortest first', () => {
    expect(normalizedLeads([1440, 60, 1440])).toEqual([60, 1440]);
    expect(normalizedLeads([])).toEqual([]);
  });

  it('groups reminders by event and lead time, in order of first appearance', () => {
    const sut = groupByMessage([
      { id: 1, eventId: 'b', minutesBefore: 60 },
      { id: 2, eventId: 'a', minutesBefore: 60 },
      { id: 3, eventId: 'b', minutesBefore: 1440 },
      { id: 4, eventId: 'b', minutesBefore: 60 },
    ]);
    expect(sut.map((group) => group.map((reminder) => reminder.id))).toEqual([[1, 4], [2], [3]]);
  });
});
