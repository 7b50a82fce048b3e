/** The snooze menu's choices, in the order it offers them. */
export const SNOOZE_CHOICES = [
  'later-today',
  'this-evening',
  'tomorrow-morning',
  'next-week',
] as const;

export type SnoozeChoice = (typeof SNOOZE_CHOICES)[number];

const LATER_TODAY_MS = 3 * 60 * 60 * 1000;
const EVENING_HOUR = 18;
const MORNING_HOUR = 9;
const MONDAY = 1;

/**
 * When a post snoozed at `now` comes back, in the reader's local time: later today is three
 * hours on; this evening is 18:00, or tomorrow's when 18:00 has passed; tomorrow morning is
 * 09:00 tomorrow; next week is the coming Monday at 09:00 (a week on when it is Monday). Dates
 * are built from local calendar fields, so a DST change between now and then still lands on
 * the wall-clock hour.
 */
export function snoozeUntil(choice: SnoozeChoice, now: Date): number {
  const atHour = (daysAhead: number, hour: number) =>
    new Date(now.getFullYear(), now.getMonth(), now.getDate() + daysAhead, hour).getTime();
  switch (choice) {
    case 'later-today':
      return now.getTime() + LATER_TODAY_MS;
    case 'this-evening': {
      const today = atHour(0, EVENING_HOUR);
      return now.getTime() < today ? today : atHour(1, EVENING_HOUR);
    }
    case 'tomorrow-morning':
      return atHour(1, MORNING_HOUR);
    case 'next-week': {
      const daysToMonday = (MONDAY - now.getDay() + 7) % 7 || 7;
      return atHour(daysToMonday, MORNING_HOUR);
    }
  }
}
