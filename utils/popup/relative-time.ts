import { cachedFormatter } from './cached-formatter';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Largest unit first; a span is shown in the first unit it fills at least once. */
const UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * DAY],
  ['month', 30 * DAY],
  ['week', 7 * DAY],
  ['day', DAY],
  ['hour', HOUR],
  ['minute', MINUTE],
];

export interface RelativeTimeOptions {
  /** BCP 47 locale; defaults to the browser's (`undefined` lets Intl choose). */
  locale?: string;
  /** `narrow` ("3h ago") for dense lists, `long` ("in 10 minutes") for sentences. Default `narrow`. */
  style?: Intl.RelativeTimeFormatStyle;
}

/**
 * "3h ago", "in 10m", "now" — in the reader's locale, via `Intl.RelativeTimeFormat`.
 * Spans under a minute read as "now" both ways, so a clock a few seconds off never shows
 * "in 5 seconds" for a post that just appeared.
 */
export function formatRelativeTime(
  at: number,
  now: number,
  options: RelativeTimeOptions = {},
): string {
  const { locale, style = 'narrow' } = options;
  const format = cachedFormatter(
    `relative ${locale} ${style}`,
    () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style }),
  );
  const delta = at - now;
  for (const [unit, size] of UNITS) {
    // Whole units only, like a clock: 3 h 50 min ago is still "3h ago", never rounded up.
    if (Math.abs(delta) >= size) return format.format(Math.trunc(delta / size), unit);
  }
  return format.format(0, 'second');
}

/** The full date and time for a tooltip: "Wednesday, May 6, 2026 at 2:49 PM". */
export function formatFullDate(at: number, locale?: string): string {
  const format = cachedFormatter(
    `date ${locale}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short' }),
  );
  return format.format(at);
}
