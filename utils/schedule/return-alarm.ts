import type { browser } from 'wxt/browser';
import type { RadarDb } from '../db/open-db';
import { nextReturnAt } from '../db/read-later';

/** The alarm that brings snoozed posts back: its own, so the poll planner never moves it. */
export const RETURN_ALARM = 'rust-radar-return';

/** Web Lock held while the return alarm is planned: one plan at a time in all contexts. */
export const RETURN_PLAN_LOCK = 'rust-radar-return-plan';

export type ReturnAlarms = Pick<typeof browser.alarms, 'create' | 'clear'>;

/**
 * Sets the return alarm for the earliest snoozed post, or clears it when none is snoozed.
 * Called after every snooze (from the popup) and every return (from the worker).
 *
 * A plan reads, then sets: two of them running at once (the popup's after a snooze, the
 * worker's after a return) could end with the one that read no snooze clearing the alarm the
 * other just set. Under the lock, a plan that starts after a snooze was written always runs
 * after any plan that read before it, so the last word is always from a read that saw it.
 * @param locks defaults to `navigator.locks`; without it (a runtime that has none) the plan
 *   runs unlocked.
 */
export async function planReturnAlarm(
  alarms: ReturnAlarms,
  db: RadarDb,
  locks: Pick<LockManager, 'request'> | undefined = globalThis.navigator?.locks,
): Promise<number | null> {
  const plan = async () => {
    const when = await nextReturnAt(db);
    if (when === null) await alarms.clear(RETURN_ALARM);
    else await alarms.create(RETURN_ALARM, { when });
    return when;
  };
  return locks ? locks.request(RETURN_PLAN_LOCK, plan) : plan();
}
