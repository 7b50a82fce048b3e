import { describe, expect, it, vi } from 'vitest';
import { snoozePost } from '@/utils/db/read-later';
import {
  planReturnAlarm,
  RETURN_ALARM,
  RETURN_PLAN_LOCK,
  type ReturnAlarms,
} from '@/utils/schedule/return-alarm';
import { HOUR, NOW, openTestDb, seedPosts, storedPost } from '../db/helpers';

/** Web Locks' exclusive mode, within one test: requests for a name run one after another. */
function fakeLocks() {
  const tails = new Map<string, Promise<unknown>>();
  const held = new Set<string>();
  const names: string[] = [];
  let waiting = 0;
  const locks = {
    request(name: string, callback: () => Promise<unknown>) {
      names.push(name);
      if (held.has(name)) waiting++;
      const run = (tails.get(name) ?? Promise.resolve()).then(async () => {
        held.add(name);
        try {
          return await callback();
        } finally {
          held.delete(name);
        }
      });
      tails.set(
        name,
        run.catch(() => {}),
      );
      return run;
    },
  } as unknown as Pick<LockManager, 'request'>;
  /** Requests that had to wait for the lock. */
  return { locks, names, waiting: () => waiting };
}

/** `browser.alarms`, whose `clear` can be held until the test lets it finish. */
function fakeAlarms() {
  const set = new Map<string, number>();
  let held: Promise<void> | null = null;
  let release = () => {};
  let clearing = false;
  let created = 0;
  return {
    set,
    holdClear() {
      held = new Promise<void>((resolve) => (release = resolve));
    },
    releaseClear: () => release(),
    /** A clear has started (and waits while held). */
    clearing: () => clearing,
    created: () => created,
    alarms: {
      async create(name: string, info: { when?: number }) {
        created++;
        set.set(name, info.when!);
      },
      async clear(name: string) {
        clearing = true;
        await held;
        return set.delete(name);
      },
    } as unknown as ReturnAlarms,
  };
}

describe('planReturnAlarm', () => {
  it('sets the alarm for the earliest snooze, and clears it when none is left', async () => {
    const db = await openTestDb();
    await seedPosts(db, [storedPost('a', { sortAt: NOW }), storedPost('b', { sortAt: NOW })]);
    const { alarms, set } = fakeAlarms();
    await snoozePost(db, 'a', NOW + 3 * HOUR);
    await snoozePost(db, 'b', NOW + HOUR);
    expect(await planReturnAlarm(alarms, db)).toBe(NOW + HOUR);
    expect(set.get(RETURN_ALARM)).toBe(NOW + HOUR);

    expect(await planReturnAlarm(alarms, await openTestDb())).toBeNull();
    expect(set.has(RETURN_ALARM)).toBe(false);
  });

  it('keeps the alarm a snooze set while the worker’s plan, which read no snooze, was still clearing', async () => {
    const db = await openTestDb();
    await seedPosts(db, [storedPost('a', { sortAt: NOW })]);
    const { alarms, set, holdClear, releaseClear, clearing, created } = fakeAlarms();
    const { locks, names, waiting } = fakeLocks();

    // The worker plans after a return: nothing is snoozed, so it clears — slowly.
    holdClear();
    const worker = planReturnAlarm(alarms, db, locks);
    await vi.waitFor(() => expect(clearing()).toBe(true));
    // Meanwhile the popup snoozes a post and plans: it waits for the lock (or, unlocked, sets
    // the alarm at once, which the worker's late clear would then undo).
    await snoozePost(db, 'a', NOW + HOUR);
    const popup = planReturnAlarm(alarms, db, locks);
    await vi.waitFor(() => expect(waiting() + created()).toBeGreaterThan(0));
    releaseClear();
    await Promise.all([worker, popup]);

    expect(set.get(RETURN_ALARM)).toBe(NOW + HOUR);
    expect(names).toEqual([RETURN_PLAN_LOCK, RETURN_PLAN_LOCK]);
  });
});
