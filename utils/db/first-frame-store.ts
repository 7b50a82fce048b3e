import type { RadarDb } from './open-db';
import type { UnreadTally } from './schema';

/**
 * What the popup asks the database before and while it keeps a copy of its first frame
 * (`utils/popup/first-frame.ts`): the unread tally's revision, which every post write moves.
 */

/**
 * The stored tally with the plain IndexedDB API, for the popup's early script (no idb there).
 * Undefined when there is none or the read failed.
 */
export function readTallyEarly(db: IDBDatabase): Promise<UnreadTally | undefined> {
  return new Promise((resolve) => {
    try {
      const request = db.transaction('tallies').objectStore('tallies').get('unread');
      request.onsuccess = () => resolve(request.result as UnreadTally | undefined);
      request.onerror = (event) => {
        event.preventDefault();
        resolve(undefined);
      };
    } catch {
      resolve(undefined);
    }
  });
}

/**
 * Whether a copy of the first frame drawn from the posts as they were at `revision` may be
 * kept: no post changed since (the revision did not move), and the worker cannot change one
 * of them later. The worker marks posts read only from a single-post notification (its click,
 * its "Mark read"; summaries open the list): with none of those live (`liveNotificationIds`,
 * from `notifications.getAll`; a live one not stored yet counts) and no announcement queued, every notification shown from now
 * on is for a post that is not in the copy (one that arrives, or returns from a snooze), so no
 * post the copy shows as unread can be marked read behind the popup's back.
 */
export async function mayKeepFirstFrame(
  db: RadarDb,
  revision: number,
  liveNotificationIds: readonly string[],
): Promise<boolean> {
  const tx = db.transaction(['tallies', 'notifications', 'outbox']);
  const notifications = tx.objectStore('notifications');
  const [tally, queued, live] = await Promise.all([
    tx.objectStore('tallies').get('unread'),
    tx.objectStore('outbox').count(),
    Promise.all(liveNotificationIds.map((id) => notifications.get(id))),
  ]);
  // A live notification without its record yet (the worker shows it, then stores it) counts.
  const postNotificationLive = live.some((shown) => !shown || shown.kind === 'post');
  return (
    tally !== undefined &&
    (tally.revision ?? 0) === revision &&
    queued === 0 &&
    !postNotificationLive
  );
}
