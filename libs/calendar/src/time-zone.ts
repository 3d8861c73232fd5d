const SECOND = 1000;
const HOUR = 3600 * SECOND;
const DAY = 24 * HOUR;
/** Transitions are found by sampling the offset weekly; two transitions less than a week apart are not. */
const SCAN_STEP = 7 * DAY;
/** Years after the event's last year over which a yearly rule must hold before it is written as RRULE. */
const RULE_CHECK_YEARS_AFTER = 6;

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export interface Transition {
  /** First instant (ms since epoch) of the new offset. */
  at: number;
  /** Offsets in seconds east of UTC before and after. */
  from: number;
  to: number;
}

export interface Observance {
  kind: 'STANDARD' | 'DAYLIGHT';
  /** Local onset in the offset in effect before it, as RFC 5545 3.6.5 wants. */
  start: WallTime;
  offsetFrom: number;
  offsetTo: number;
  /** A yearly RRULE value such as `FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU`, when the zone follows one. */
  rule?: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/**
 * Current IANA names that ICU (Node 20) still lists under an older name, so they are missing from
 * `Intl.supportedValuesOf('timeZone')`: without them `europe/kyiv` could not get its letter case.
 * ICU never renames its canonical IDs; a later IANA rename adds a line here.
 */
const RENAMED_ZONES = [
  'Africa/Asmara',
  'America/Argentina/Buenos_Aires',
  'America/Argentina/Catamarca',
  'America/Argentina/Cordoba',
  'America/Argentina/Jujuy',
  'America/Argentina/Mendoza',
  'America/Atikokan',
  'America/Indiana/Indianapolis',
  'America/Kentucky/Louisville',
  'America/Nuuk',
  'Asia/Ho_Chi_Minh',
  'Asia/Kathmandu',
  'Asia/Kolkata',
  'Asia/Yangon',
  'Atlantic/Faroe',
  'Europe/Kyiv',
  'Pacific/Chuuk',
  'Pacific/Kanton',
  'Pacific/Pohnpei',
];

/** No IANA name is longer; longer input is refused before it reaches ICU. */
const MAX_ZONE_LENGTH = 100;

let knownSpellings: Map<string, string> | undefined;

/** ICU's canonical ID of `zone`, or undefined when the runtime's database does not know it. */
function icuCanonicalZone(zone: string): string | undefined {
  if (zone.length === 0 || zone.length > MAX_ZONE_LENGTH) return undefined;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/**
 * The IANA time zone the caller chose, in its usual letter case (`europe/paris` → `Europe/Paris`),
 * or undefined for a zone the runtime's database does not know. The name is never replaced by
 * ICU's canonical one: ICU still says `Asia/Calcutta`, `Europe/Kiev` and `America/Godthab` where
 * IANA and calendar applications say `Asia/Kolkata`, `Europe/Kyiv` and `America/Nuuk`; a user who
 * chose an old name keeps it too.
 */
export function resolveTimeZone(zone: string): string | undefined {
  const canonical = icuCanonicalZone(zone);
  if (canonical === undefined) return undefined;
  knownSpellings ??= new Map(
    [...Intl.supportedValuesOf('timeZone'), ...RENAMED_ZONES].map((name) => [
      name.toLowerCase(),
      name,
    ]),
  );
  const lowerCase = zone.toLowerCase();
  return (
    knownSpellings.get(lowerCase) ?? (canonical.toLowerCase() === lowerCase ? canonical : zone)
  );
}

/** Whether a known zone is UTC under one of its names (`UTC`, `Etc/UTC`, `GMT`). */
export function isUtcZone(zone: string): boolean {
  return icuCanonicalZone(zone) === 'UTC';
}

/** The wall-clock time in `zone` at `instant` (ms since epoch; milliseconds are dropped). */
export function wallTimeAt(zone: string, instant: number): WallTime {
  const fields: Record<string, string> = {};
  for (const part of formatterFor(zone).formatToParts(instant)) fields[part.type] = part.value;
  const year = Number(fields.year);
  return {
    year: fields.era === 'BC' ? 1 - year : year,
    month: Number(fields.month),
    day: Number(fields.day),
    hour: Number(fields.hour),
    minute: Number(fields.minute),
    second: Number(fields.second),
  };
}

function wallTimeAsUtc(wall: WallTime): number {
  const date = new Date(0);
  date.setUTCFullYear(wall.year, wall.month - 1, wall.day);
  date.setUTCHours(wall.hour, wall.minute, wall.second, 0);
  return date.getTime();
}

function utcAsWallTime(instant: number): WallTime {
  const date = new Date(instant);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
  };
}

/** Offset of `zone` from UTC at `instant`, in seconds east. */
export function offsetAt(zone: string, instant: number): number {
  const whole = Math.floor(instant / SECOND) * SECOND;
  return (wallTimeAsUtc(wallTimeAt(zone, whole)) - whole) / SECOND;
}

/** Every change of offset in [from, to), located to the second. */
export function transitionsBetween(zone: string, from: number, to: number): Transition[] {
  const transitions: Transition[] = [];
  let before = Math.floor(from / SECOND) * SECOND;
  let offsetBefore = offsetAt(zone, before);
  while (before < to) {
    const after = Math.min(before + SCAN_STEP, to);
    const offsetAfter = offsetAt(zone, after);
    if (offsetAfter !== offsetBefore) {
      let low = before;
      let high = after;
      while (high - low > SECOND) {
        const middle = low + Math.floor((high - low) / 2 / SECOND) * SECOND;
        if (offsetAt(zone, middle) === offsetBefore) low = middle;
        else high = middle;
      }
      transitions.push({ at: high, from: offsetBefore, to: offsetAt(zone, high) });
    }
    before = after;
    offsetBefore = offsetAfter;
  }
  return transitions;
}

function startOfYear(year: number): number {
  return wallTimeAsUtc({ year, month: 1, day: 1, hour: 0, minute: 0, second: 0 });
}

/** The offset of the zone's standard time in `year`: the smaller of its winter and summer offsets. */
function standardOffset(zone: string, year: number): number {
  return Math.min(
    offsetAt(zone, startOfYear(year)),
    offsetAt(zone, wallTimeAsUtc({ year, month: 7, day: 1, hour: 0, minute: 0, second: 0 })),
  );
}

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

interface Onset extends Observance {
  ordinal: number;
  isLastOfMonth: boolean;
  weekday: number;
}

function onsetOf(zone: string, transition: Transition): Onset {
  const start = utcAsWallTime(transition.at + transition.from * SECOND);
  const daysInMonth = new Date(Date.UTC(start.year, start.month, 0)).getUTCDate();
  return {
    kind: transition.to > standardOffset(zone, start.year) ? 'DAYLIGHT' : 'STANDARD',
    start,
    offsetFrom: transition.from,
    offsetTo: transition.to,
    ordinal: Math.ceil(start.day / 7),
    isLastOfMonth: start.day + 7 > daysInMonth,
    weekday: new Date(Date.UTC(start.year, start.month - 1, start.day)).getUTCDay(),
  };
}

/**
 * A yearly RRULE that reproduces every onset of one kind, one per year over `years`, or undefined.
 * "Last <weekday>" is preferred to "4th <weekday>" when both fit, as tz rules say `lastSun`.
 */
function yearlyRule(onsets: Onset[], years: number[]): string | undefined {
  const [first] = onsets;
  if (!first || onsets.length !== years.length) return undefined;
  const sameShape = onsets.every(
    (onset, index) =>
      onset.start.year === years[index] &&
      onset.kind === first.kind &&
      onset.offsetFrom === first.offsetFrom &&
      onset.offsetTo === first.offsetTo &&
      onset.start.month === first.start.month &&
      onset.weekday === first.weekday &&
      onset.start.hour === first.start.hour &&
      onset.start.minute === first.start.minute &&
      onset.start.second === first.start.second,
  );
  if (!sameShape) return undefined;
  let ordinal: number | undefined;
  if (onsets.every((onset) => onset.isLastOfMonth)) ordinal = -1;
  else if (first.ordinal <= 4 && onsets.every((onset) => onset.ordinal === first.ordinal))
    ordinal = first.ordinal;
  if (ordinal === undefined) return undefined;
  return `FREQ=YEARLY;BYMONTH=${first.start.month};BYDAY=${ordinal}${WEEKDAYS[first.weekday]}`;
}

function observance({ kind, start, offsetFrom, offsetTo }: Onset, rule?: string): Observance {
  return rule ? { kind, start, offsetFrom, offsetTo, rule } : { kind, start, offsetFrom, offsetTo };
}

const observanceCache = new Map<string, Observance[]>();
const OBSERVANCE_CACHE_LIMIT = 2000;

/**
 * The STANDARD/DAYLIGHT observances of `zone` covering the years `firstYear`..`lastYear`, derived
 * from the runtime's IANA database. A zone that changes offsets by a fixed yearly rule (the usual
 * case) gets one STANDARD and one DAYLIGHT with an RRULE, checked against the real transitions from
 * the year before `firstYear` to several years after `lastYear`; any other zone gets one observance
 * per actual transition from the year before to the year after; a zone without transitions gets one
 * STANDARD.
 */
export function observancesFor(zone: string, firstYear: number, lastYear: number): Observance[] {
  const key = `${zone}|${firstYear}|${lastYear}`;
  const cached = observanceCache.get(key);
  if (cached) return cached;
  const computed = computeObservances(zone, firstYear, lastYear);
  if (observanceCache.size >= OBSERVANCE_CACHE_LIMIT) observanceCache.clear();
  observanceCache.set(key, computed);
  return computed;
}

/** Onset of an observance in force since before the window: 1970 by custom, earlier for older events. */
function initialOnset(fromYear: number): WallTime {
  return { year: Math.min(1970, fromYear), month: 1, day: 1, hour: 0, minute: 0, second: 0 };
}

function computeObservances(zone: string, firstYear: number, lastYear: number): Observance[] {
  const fromYear = firstYear - 1;
  const checkedUntilYear = lastYear + RULE_CHECK_YEARS_AFTER;
  const onsets = transitionsBetween(
    zone,
    startOfYear(fromYear),
    startOfYear(checkedUntilYear + 1),
  ).map((transition) => onsetOf(zone, transition));
  if (onsets.length === 0) {
    const offset = offsetAt(zone, startOfYear(firstYear));
    return [
      { kind: 'STANDARD', start: initialOnset(fromYear), offsetFrom: offset, offsetTo: offset },
    ];
  }

  const years = Array.from(
    { length: checkedUntilYear - fromYear + 1 },
    (_, index) => fromYear + index,
  );
  const daylight = onsets.filter((onset) => onset.kind === 'DAYLIGHT');
  const standard = onsets.filter((onset) => onset.kind === 'STANDARD');
  const daylightRule = yearlyRule(daylight, years);
  const standardRule = yearlyRule(standard, years);
  if (daylightRule && standardRule) {
    return [observance(standard[0], standardRule), observance(daylight[0], daylightRule)];
  }

  const inEffectBefore = onsets[0].offsetFrom;
  const initial: Observance = {
    kind: inEffectBefore > standardOffset(zone, fromYear) ? 'DAYLIGHT' : 'STANDARD',
    start: initialOnset(fromYear),
    offsetFrom: inEffectBefore,
    offsetTo: inEffectBefore,
  };
  const explicit = onsets
    .filter((onset) => onset.start.year <= lastYear + 1)
    .map((onset) => observance(onset));
  return [initial, ...explicit];
}

/**
 * Whether the local time of `instant` in `zone` names that instant and no other. RFC 5545 3.3.5
 * says a repeated local time (clocks going back) means its first occurrence, but readers disagree
 * (ical.js takes the second), so such instants are not written with TZID at all.
 */
export function localTimeIsUnambiguous(zone: string, instant: number): boolean {
  const whole = Math.floor(instant / SECOND) * SECOND;
  const wallAsUtc = wallTimeAsUtc(wallTimeAt(zone, whole));
  const nearbyOffsets = new Set([
    offsetAt(zone, whole - DAY),
    offsetAt(zone, whole),
    offsetAt(zone, whole + DAY),
  ]);
  const candidates = [...nearbyOffsets]
    .map((offset) => wallAsUtc - offset * SECOND)
    .filter((candidate) => wallTimeAsUtc(wallTimeAt(zone, candidate)) === wallAsUtc);
  return candidates.length === 1 && candidates[0] === whole;
}
