import type { browser } from 'wxt/browser';

export const POLL_ALARM = 'rust-radar-poll';

type Alarms = Pick<typeof browser.alarms, 'get' | 'create'>;

/**
 * Schedules the next poll at `when`, then every `intervalMinutes` as a safety net (the
 * periodic alarm keeps polling even if a poll dies before it can reschedule).
 */
export async function schedulePollAlarm(
  alarms: Alarms,
  when: number,
  intervalMinutes: number,
): Promise<void> {
  await alarms.create(POLL_ALARM, { when, periodInMinutes: intervalMinutes });
}

/**
 * Alarms can be lost on browser restart or extension update: at every worker start make sure
 * one exists, due when the feed state says (or now, if that has passed).
 * @returns true when the alarm had to be created.
 */
export async function ensurePollAlarm(
  alarms: Alarms,
  options: {
    now: number;
    nextPollAt: number | null;
    intervalMinutes: number;
    /** Never due before this (the server's Retry-After); default: no such limit. */
    notBefore?: number | null;
  },
): Promise<boolean> {
  const existing = await alarms.get(POLL_ALARM);
  if (existing && existing.periodInMinutes === options.intervalMinutes) return false;
  let due = options.nextPollAt ?? options.now;
  // The user shortened the interval: do not wait out the old, longer one.
  if (existing) due = Math.min(due, options.now + options.intervalMinutes * 60_000);
  const when = Math.max(options.now + 1000, due, options.notBefore ?? 0);
  await schedulePollAlarm(alarms, when, options.intervalMinutes);
  return true;
}
