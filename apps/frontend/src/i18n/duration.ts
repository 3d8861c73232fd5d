const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
];

/**
 * A wait in words, "in 15 minutes" / "dans 15 minutes", in the largest unit that keeps a whole
 * number of at least one, rounded up so nobody is told to come back before the server allows it.
 */
export function inWords(seconds: number, language: string): string {
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (seconds >= size) return format.format(Math.ceil(seconds / size), unit);
  }
  return format.format(Math.max(1, Math.ceil(seconds)), 'second');
}
