/** The lead times a person can choose, in minutes before the start: an hour and a day. */
export const REMINDER_LEAD_MINUTES = [60, 1440] as const;
export type ReminderLead = (typeof REMINDER_LEAD_MINUTES)[number];

/** What someone gets before choosing: a reminder the day before. */
export const DEFAULT_REMINDER_MINUTES: ReminderLead[] = [1440];

/** The chosen lead times as stored: each once, shortest first. */
export function normalizedLeads(minutes: readonly number[]): number[] {
  return [...new Set(minutes)].sort((a, b) => a - b);
}

/** What the poller does with a claimed reminder. */
export type ReminderFate = 'send' | 'late';

/**
 * A reminder goes only while the event it announces is still ahead, as scheduled: after the start
 * it would only be noise. Anything else (the event moved or was cancelled in the meantime, which
 * the schedule normally follows at once) is not sent either.
 */
export function fateOf(
  reminder: { startsAt: Date; eventStartsAt: Date; scheduled: boolean },
  now: Date,
): ReminderFate {
  const stillAsPlanned =
    reminder.scheduled && reminder.startsAt.getTime() === reminder.eventStartsAt.getTime();
  return stillAsPlanned && reminder.eventStartsAt.getTime() > now.getTime() ? 'send' : 'late';
}

/**
 * Reminders of one event at one lead time travel as one message with one recipient each, as event
 * mail does. Keeps the order of first appearance.
 */
export function groupByMessage<T extends { eventId: string; minutesBefore: number }>(
  reminders: readonly T[],
): T[][] {
  const groups = new Map<string, T[]>();
  for (const reminder of reminders) {
    const key = `${reminder.eventId}/${reminder.minutesBefore}`;
    const group = groups.get(key);
    if (group) group.push(reminder);
    else groups.set(key, [reminder]);
  }
  return [...groups.values()];
}
