import type { QuietHours } from '../settings/settings';

function minutesOf(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

/**
 * True when `at` (read in the browser's local time) falls within the quiet hours. The range
 * includes its start and excludes its end, and may wrap midnight (22:00–07:00). A range whose
 * start equals its end is empty, not all day.
 */
export function isQuietTime(quiet: QuietHours, at: Date): boolean {
  if (!quiet.enabled) return false;
  const start = minutesOf(quiet.start);
  const end = minutesOf(quiet.end);
  const now = at.getHours() * 60 + at.getMinutes();
  if (start === end) return false;
  return start < end ? now >= start && now < end : now >= start || now < end;
}
