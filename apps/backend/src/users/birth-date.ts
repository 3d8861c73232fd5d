const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Nobody alive was born before this; older dates are typing mistakes. */
export const EARLIEST_BIRTH_DATE = '1900-01-01';

/** Today's date (UTC) as `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * Why a birth date is refused, or null when it is a real calendar day between 1900-01-01 and
 * today. `2027-02-30` is refused rather than rolled over to March.
 */
export function birthDateViolation(value: string, today: string = todayIso()): string | null {
  const match = ISO_DATE.exec(value);
  if (!match) return 'must be a date written YYYY-MM-DD';
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return 'must be a real calendar date';
  }
  if (value > today) return 'must not be in the future';
  if (value < EARLIEST_BIRTH_DATE) return `must not be before ${EARLIEST_BIRTH_DATE}`;
  return null;
}
