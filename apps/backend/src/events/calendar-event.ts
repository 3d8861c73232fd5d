import { CalendarEvent } from '@app/contracts';
import { EventDto } from './dto/event.dto';

export type CalendarEventSource = Pick<
  EventDto,
  'id' | 'uid' | 'sequence' | 'title' | 'description' | 'location' | 'timeZone'
> & { startsAt: Date | string; endsAt: Date | string };

/** An event as messages carry it: the invitation's UID and SEQUENCE, and its page in the app. */
export function calendarEventOf(
  event: CalendarEventSource,
  appUrl: string,
): CalendarEvent & { url: string } {
  return {
    id: event.id,
    uid: event.uid,
    sequence: event.sequence,
    title: event.title,
    description: event.description,
    location: event.location,
    startsAt: new Date(event.startsAt).toISOString(),
    endsAt: new Date(event.endsAt).toISOString(),
    timeZone: event.timeZone,
    url: new URL(`/events/${event.id}`, appUrl).toString(),
  };
}
