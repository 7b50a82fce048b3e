import type { RadarDb } from './open-db';
import type { FirstFrameCopy, UnreadTally } from './schema';

/**
 * The popup's first-frame copy lives in the unread tally's record (`tallies`, 'unread'): every
 * post write already rewrites that record in its own transaction, and drops the copy as it
 * does (`touchTally`), so a copy and the posts it shows cannot disagree.
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
 * Keeps `copy` with the tally, unless a post changed since the popup read the posts it shows
 * (the revision moved, or the counts were dropped): a copy of posts as they no longer are is
 * never stored. Returns whether it was.
 */
export async function saveFirstFrame(db: RadarDb, copy: FirstFrameCopy): Promise<boolean> {
  const tx = db.transaction('tallies', 'readwrite');
  const store = tx.objectStore('tallies');
  const tally = await store.get('unread');
  const current = tally !== undefined && (tally.revision ?? 0) === copy.revision;
  if (current) await store.put({ ...tally, firstFrame: copy }, 'unread');
  await tx.done;
  return current;
}
