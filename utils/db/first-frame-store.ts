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

/** A stored tally's revision (0 before tallies had one); null with no counts stored. */
export function revisionOf(tally: UnreadTally | undefined): number | null {
  return tally === undefined ? null : (tally.revision ?? 0);
}

/** The stored tally's revision (`revisionOf`). */
export async function tallyRevision(db: RadarDb): Promise<number | null> {
  return revisionOf(await db.get('tallies', 'unread'));
}

/**
 * How a copy of the first frame is drawn at the next open (`FirstFrameCopy.checked`): at once,
 * as the page is parsed; or `checked`, only once the early script has read the tally's
 * revision and found it unchanged.
 */
export type FirstFrameKeeping = 'at-once' | 'checked';

/**
 * Whether a copy of the first frame drawn from the posts as they were at `revision` may be
 * kept, and how: none (null) once a post changed since (the revision moved) or with no counts
 * stored. Otherwise at once, unless the worker could change one of its posts behind the
 * popup's back — it marks posts read only from a single-post notification (its click, its
 * "Mark read"; summaries open the list): then `checked`, drawn only when the revision shows
 * no such change. Such a notification is live (`liveNotificationIds`, from
 * `notifications.getAll`; a live one not stored yet counts) or still to come (an announcement
 * queued). With none of those, every notification shown from now on is for a post that is not
 * in the copy (one that arrives, or returns from a snooze), and moves the revision anyway.
 * Where notifications stay live until dismissed, a copy kept only without them was rarely kept.
 */
export async function firstFrameKeeping(
  db: RadarDb,
  revision: number,
  liveNotificationIds: readonly string[],
): Promise<FirstFrameKeeping | null> {
  const tx = db.transaction(['tallies', 'notifications', 'outbox']);
  const notifications = tx.objectStore('notifications');
  const [tally, queued, live] = await Promise.all([
    tx.objectStore('tallies').get('unread'),
    tx.objectStore('outbox').count(),
    Promise.all(liveNotificationIds.map((id) => notifications.get(id))),
  ]);
  if (revisionOf(tally) !== revision) return null;
  // A live notification without its record yet (the worker shows it, then stores it) counts.
  const postNotificationLive = live.some((shown) => !shown || shown.kind === 'post');
  return queued > 0 || postNotificationLive ? 'checked' : 'at-once';
}
