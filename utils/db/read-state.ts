import type { RadarDb } from './open-db';
import { clearPosts, POST_STORES, putPost } from './post-records';
import { withoutSnooze } from './read-later';

/**
 * Marks one post read or unread. Either way a snooze ends: a snoozed post read elsewhere (a
 * notification, the All view) does not come back. Returns false when the post is not stored
 * (pruned, cleared).
 */
export async function setPostRead(
  db: RadarDb,
  id: string,
  read: boolean,
  now: number,
): Promise<boolean> {
  const tx = db.transaction(POST_STORES, 'readwrite');
  const post = await tx.objectStore('posts').get(id);
  if (post) {
    await putPost(tx, { ...withoutSnooze(post), unread: read ? 0 : 1, readAt: read ? now : null });
  }
  await tx.done;
  return Boolean(post);
}

/**
 * Marks every unread post read (or only those `ids`, when given).
 * @returns the ids that changed, so the caller can offer an undo with `markPostsUnread`.
 */
export async function markAllRead(
  db: RadarDb,
  now: number,
  ids?: readonly string[],
): Promise<string[]> {
  const tx = db.transaction(POST_STORES, 'readwrite');
  const only = ids ? new Set(ids) : null;
  const changed: string[] = [];
  const range = IDBKeyRange.bound([1, -Infinity], [1, Infinity]);
  let cursor = await tx.objectStore('posts').index('by-unread-sort').openCursor(range);
  while (cursor) {
    const post = cursor.value;
    if (!only || only.has(post.id)) {
      changed.push(post.id);
      await putPost(tx, { ...post, unread: 0, readAt: now });
    }
    cursor = await cursor.continue();
  }
  await tx.done;
  return changed;
}

/** Undo for `markAllRead`: the given posts become unread again. */
export async function markPostsUnread(db: RadarDb, ids: readonly string[]): Promise<void> {
  const tx = db.transaction(POST_STORES, 'readwrite');
  await Promise.all(
    ids.map(async (id) => {
      const post = await tx.objectStore('posts').get(id);
      if (post) await putPost(tx, { ...withoutSnooze(post), unread: 1, readAt: null });
    }),
  );
  await tx.done;
}

/**
 * Deletes every stored post (the options page's "clear all", after confirmation), and with
 * them what the reader's corrections taught the judge: a fresh start.
 */
export async function clearAllPosts(db: RadarDb): Promise<void> {
  const tx = db.transaction([...POST_STORES, 'corrections'], 'readwrite');
  await Promise.all([clearPosts(tx), tx.objectStore('corrections').clear(), tx.done]);
}
