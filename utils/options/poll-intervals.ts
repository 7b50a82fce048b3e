import { POLL_INTERVAL_MAX, POLL_INTERVAL_MIN } from '../settings/settings';

/** The intervals the options page offers, in minutes: 5 min to 24 h. */
export const POLL_INTERVAL_CHOICES: readonly number[] = [
  5, 10, 15, 30, 60, 120, 180, 360, 720, 1440,
];

/**
 * The choices to list for the current value: an imported or synced value between presets
 * (say 45) is listed too, so the select never pretends a different value is set.
 */
export function pollIntervalChoices(current: number): number[] {
  const valid =
    Number.isInteger(current) && current >= POLL_INTERVAL_MIN && current <= POLL_INTERVAL_MAX;
  if (!valid || POLL_INTERVAL_CHOICES.includes(current)) return [...POLL_INTERVAL_CHOICES];
  return [...POLL_INTERVAL_CHOICES, current].sort((a, b) => a - b);
}

/**
 * "5 minutes", "1 hour", "1 hour 30 minutes", "24 hours" — in `locale`'s words, by `Intl`.
 * @param locale BCP 47; default: the runtime's.
 */
export function formatInterval(minutes: number, locale?: string): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const unit = (value: number, unit: 'hour' | 'minute') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
  const parts: string[] = [];
  if (hours) parts.push(unit(hours, 'hour'));
  if (rest || !hours) parts.push(unit(rest, 'minute'));
  return new Intl.ListFormat(locale, { type: 'unit', style: 'narrow' }).format(parts);
}
