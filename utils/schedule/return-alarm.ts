import type { browser } from 'wxt/browser';
import type { RadarDb } from '../db/open-db';
import { nextReturnAt } from '../db/read-later';

/** The alarm that brings snoozed posts back: its own, so the poll planner never moves it. */
export const RETURN_ALARM = 'rust-radar-return';

export type ReturnAlarms = Pick<typeof browser.alarms, 'create' | 'clear'>;

/**
 * Sets the return alarm for the earliest snoozed post, or clears it when none is snoozed.
 * Called after every snooze (from the popup) and every return (from the worker).
 */
export async function planReturnAlarm(alarms: ReturnAlarms, db: RadarDb): Promise<number | null> {
  const when = await nextReturnAt(db);
  if (when === null) await alarms.clear(RETURN_ALARM);
  else await alarms.create(RETURN_ALARM, { when });
  return when;
}
