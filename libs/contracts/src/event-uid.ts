const UID = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})@agora$/i;

/**
 * The iCalendar UID of an event, stored with it and never changed. Replies name the event only by
 * it, so the mailer reads the event's id back from it.
 */
export function eventUid(eventId: string): string {
  return `${eventId}@agora`;
}

/** The id of the event a UID of ours names, or undefined for anyone else's UID. */
export function eventIdOfUid(uid: string): string | undefined {
  return UID.exec(uid.trim())?.[1]?.toLowerCase();
}
