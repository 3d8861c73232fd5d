/** Input that cannot become a valid calendar object (bad address, instant, zone…). */
export class CalendarInputError extends Error {
  override readonly name = 'CalendarInputError';
}
