/**
 * Feed dates, from the strict forms to the ones real feeds produce:
 * - RFC 3339 / ISO 8601: "2024-05-01T10:00:00Z", "2026-02-17T17:36:36-0500" (no colon),
 *   "2022-07-26 13:01:01" (space, no zone: read as UTC), "2023-11-15" (date only).
 * - RFC 822: "Wed, 06 May 2026 14:49:27 +0000", "Tue, 17 Feb 2026 18:03:07 EST",
 *   "Wed, 6 Apr 2022 10:00 GMT" (no seconds), "Seg, 24 Set 2018 19:42:40 -0300" (localised).
 * `Date.parse` is not used: what it accepts, and how it reads zone-less dates, depend on the
 * engine and on the machine's time zone.
 */
const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?|UTC|GMT)?$/i;
const RFC822_DATE =
  /^(?:[^\s\d,]+\.?,?\s*)?(\d{1,2})[\s-]+([^\s\d.-]+)\.?[\s-]+(\d{2}|\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([A-Za-z]{1,5}|[+-]\d{2}:?\d{2})?$/;

/** No real date is longer; longer text is refused before any regular expression sees it. */
const LONGEST_DATE = 64;

/**
 * Parses a feed date.
 * @returns milliseconds since the epoch, or null when the text is not a date we can trust.
 */
export function parseFeedDate(text: string): number | null {
  const trimmed = text.trim();
  if (!trimmed || trimmed.length > LONGEST_DATE) return null;
  return parseIsoDate(trimmed) ?? parseRfc822Date(trimmed);
}

/**
 * The ISO string stored in `Post.publishedAt`: the feed's date, or `now` (the first-seen time)
 * when the feed gives none we can read.
 */
export function publishedAtIso(text: string, now: number): string {
  return new Date(parseFeedDate(text) ?? now).toISOString();
}

function parseIsoDate(text: string): number | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const [, year, month, day, hour = '0', minute = '0', second = '0', zone = ''] = match;
  return utcMillis(+year!, +month!, +day!, +hour, +minute, +second, zone);
}

function parseRfc822Date(text: string): number | null {
  const match = RFC822_DATE.exec(text);
  if (!match) return null;
  const [, day, monthName, yearText, hour = '0', minute = '0', second = '0', zone = ''] = match;
  const month = monthNumber(monthName!);
  if (month === null) return null;
  return utcMillis(fullYear(yearText!), month, +day!, +hour, +minute, +second, zone);
}

/** RFC 822 allows two-digit years; RFC 2822 reads 00–49 as 20xx and 50–99 as 19xx. */
function fullYear(text: string): number {
  const year = Number(text);
  if (text.length > 2) return year;
  return year < 50 ? 2000 + year : 1900 + year;
}

function utcMillis(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  zone: string,
): number | null {
  const offset = zoneOffsetMinutes(zone);
  if (offset === null || year < 1 || year > 9999) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  // 24:00 and leap second 60 are legal in the standards; Date.UTC rolls them over correctly.
  if (hour > 24 || minute > 59 || second > 60) return null;
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute - offset, second, 0);
  return date.getTime();
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leapDay = month === 2 && isLeapYear(year) ? 1 : 0;
  return (DAYS_IN_MONTH[month - 1] ?? 0) + leapDay;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Month names as feeds write them in RFC 822 dates, in English and in the languages whose
 * CMSes localise `pubDate` anyway (Portuguese "Seg, 24 Set 2018", German, French, Spanish,
 * Italian, Dutch). Keys are lower-case, accent-free prefixes: 3 letters, or 4 where French
 * needs them (juin/juil).
 */
const MONTH_BY_PREFIX: Readonly<Record<string, number>> = {
  jan: 1,
  ene: 1,
  gen: 1,
  feb: 2,
  fev: 2,
  mar: 3,
  mrz: 3,
  mrt: 3,
  apr: 4,
  abr: 4,
  avr: 4,
  may: 5,
  mai: 5,
  mag: 5,
  mei: 5,
  jun: 6,
  juin: 6,
  giu: 6,
  jul: 7,
  juil: 7,
  lug: 7,
  aug: 8,
  ago: 8,
  aou: 8,
  sep: 9,
  set: 9,
  oct: 10,
  okt: 10,
  out: 10,
  ott: 10,
  nov: 11,
  dec: 12,
  dez: 12,
  dic: 12,
};

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** 1–12 for a month name or abbreviation ("Sep", "Sept.", "févr", "Dez"), else null. */
function monthNumber(name: string): number | null {
  const plain = name.toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '');
  return MONTH_BY_PREFIX[plain.slice(0, 4)] ?? MONTH_BY_PREFIX[plain.slice(0, 3)] ?? null;
}

/**
 * Offsets, in minutes east of UTC, for the zone names RFC 822 allows plus a few that feeds
 * use anyway. Ambiguous abbreviations (IST, CST in Asia) are read the RFC 822 / US way.
 */
const ZONE_OFFSET_MINUTES: Readonly<Record<string, number>> = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  BST: 60,
  CET: 60,
  CEST: 120,
  MET: 60,
  MEST: 120,
};

const NUMERIC_OFFSET = /^([+-])(\d{2}):?(\d{2})?$/;

/**
 * Minutes east of UTC for "+0200", "-05:00", "+09", "EST", "GMT", "Z"; 0 for '' (no zone means
 * UTC here, so results never depend on the machine's time zone); null when unrecognised.
 */
function zoneOffsetMinutes(zone: string): number | null {
  if (zone === '') return 0;
  const numeric = NUMERIC_OFFSET.exec(zone);
  if (numeric) {
    const [, sign, hours = '0', minutes = '0'] = numeric;
    const total = Number(hours) * 60 + Number(minutes);
    return sign === '-' ? -total : total;
  }
  return ZONE_OFFSET_MINUTES[zone.toUpperCase()] ?? null;
}
