export {
  assertCalendarEvent,
  buildCalendar,
  buildFeed,
  calendarContentType,
  CALENDAR_PRODUCT_ID,
} from './calendar';
export type {
  BuildCalendarInput,
  CalendarAttendee,
  CalendarMethod,
  CalendarParty,
  FeedEntry,
  ParticipationStatus,
} from './calendar';
export { CalendarInputError } from './calendar-input-error';
export {
  EARLIEST_EVENT_INSTANT,
  EVENT_RANGE_DESCRIPTION,
  isWithinEventDuration,
  isWithinEventRange,
  LATEST_EVENT_INSTANT,
  MAX_EVENT_DURATION_DAYS,
  MAX_EVENT_DURATION_MS,
} from './event-bounds';
export { resolveTimeZone } from './time-zone';
