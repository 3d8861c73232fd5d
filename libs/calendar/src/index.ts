export { buildCalendar, calendarContentType, CALENDAR_PRODUCT_ID } from './calendar';
export type { BuildCalendarInput, CalendarMethod, CalendarParty } from './calendar';
export { CalendarInputError } from './calendar-input-error';
export { resolveTimeZone } from './time-zone';
