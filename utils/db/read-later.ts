import type { RadarDb } from './open-db';
import { deletePost, POST_STORES, putPost } from './post-records';
import type { ReadLaterMarks } from '../settings/settings-file';
import type { StoredPost } from './schema';

/** True when the reader saved the post for later. */
export const isSaved = (post: Pick<StoredPost, 'savedAt'>): boolean =>
  typeof post.savedAt === 'number';

/** True while the post is snoozed (it comes back unread at `snoozedUntil`). */
export const isSnoozed = (post: Pick<StoredPost, 'snoozedUntil'>): boolean =>
  typeof post.snoozedUntil === 'number';

/** The post with its snooze ended (no field at all, so an unsnoozed post is left as it was). */
export function withoutSnooze(post: StoredPost): StoredPost {
  const copy = { ...post };
  delete copy.snoozedUntil;
  return copy;
}

/**
 * Saves a post for later (or unsaves it). Saving again keeps the first `savedAt`, so a post
 * does not jump to the top of the Saved view. Returns false when the post is not stored.
 */
export async function setPostSaved(
  db: RadarDb,
  id: string,
  saved: boolean,
  now: number,
): Promise<boolean> {
  const tx = db.transaction(POST_STORES, 'readwrite');
  const post = await tx.objectStore('posts').get(id);
  if (post) {
    const savedAt = saved ? (post.savedAt ?? now) : null;
    await putPost(tx, { ...post, savedAt });
  }
  await tx.done;
  return Boolean(post);
}

/**
 * Snoozes a post until `until`: it is stored read (so it leaves the unread list and the badge
 * at once) with no `readAt`, and `returnDuePosts` brings it back unread. Returns false when
 * the post is not stored.
 */
export async function snoozePost(db: RadarDb, id: string, until: number): Promise<boolean> {
  const tx = db.transaction(POST_STORES, 'readwrite');
  const post = await tx.objectStore('posts').get(id);
  if (post) await putPost(tx, { ...post, unread: 0, readAt: null, snoozedUntil: until });
  await tx.done;
  return Boolean(post);
}

/**
 * Brings every post whose snooze ended by `now` back as unread, in one transaction, so each
 * return happens once however often it is asked (a start-up and an alarm at the same time).
 * @returns the posts that came back, as now stored.
 */
export async function returnDuePosts(db: RadarDb, now: number): Promise<StoredPost[]> {
  const tx = db.transaction(POST_STORES, 'readwrite');
  const returned: StoredPost[] = [];
  let cursor = await tx
    .objectStore('posts')
    .index('by-snoozed')
    .openCursor(IDBKeyRange.upperBound(now));
  while (cursor) {
    const back: StoredPost = { ...withoutSnooze(cursor.value), unread: 1, readAt: null };
    await putPost(tx, back);
    returned.push(back);
    cursor = await cursor.continue();
  }
  await tx.done;
  return returned;
}

/** When the next snoozed post comes back (ms), or null when none is snoozed. */
export async function nextReturnAt(db: RadarDb): Promise<number | null> {
  const cursor = await db.transaction('posts').store.index('by-snoozed').openCursor();
  return cursor?.value.snoozedUntil ?? null;
}

export interface SavedPageQuery {
  /** At most this many posts that pass `accept`. */
  limit: number;
  /** Continue after this post (exclusive): the last one of the previous page. */
  after?: Pick<StoredPost, 'savedAt' | 'id'>;
  accept?: (post: StoredPost) => boolean;
  /** Only this source's posts. */
  sourceId?: string;
}

/** Saved posts, newest saved first, a page at a time. */
export async function listSavedPosts(db: RadarDb, query: SavedPageQuery): Promise<StoredPost[]> {
  const { limit, after, accept, sourceId } = query;
  const index = db.transaction('posts').store.index('by-saved');
  const range = after?.savedAt == null ? null : IDBKeyRange.upperBound(after.savedAt);
  const page: StoredPost[] = [];
  // Posts saved at the same ms come in reverse primary-key order: skip up to `after`.
  let skipping = after?.savedAt != null;
  let cursor = await index.openCursor(range, 'prev');
  while (cursor && page.length < limit) {
    const post = cursor.value;
    if (skipping && (post.savedAt! < after!.savedAt! || post.id < after!.id)) skipping = false;
    const wanted = (!sourceId || post.sourceId === sourceId) && (!accept || accept(post));
    if (!skipping && wanted) page.push(post);
    cursor = await cursor.continue();
  }
  return page;
}

/** How many posts are saved (for "clear all posts", which asks before deleting them). */
export function countSaved(db: RadarDb): Promise<number> {
  return db.countFromIndex('posts', 'by-saved');
}

/**
 * Deletes every post the reader has not put aside (the options page's "clear all", keeping
 * saved ones). Snoozed posts stay too: the reader is waiting for them to come back, and the
 * question "also delete the saved posts" never told them a snooze would be lost.
 */
export async function clearPostsNotPutAside(db: RadarDb): Promise<void> {
  const tx = db.transaction(POST_STORES, 'readwrite');
  let cursor = await tx.objectStore('posts').openCursor();
  while (cursor) {
    const post = cursor.value;
    if (!isSaved(post) && !isSnoozed(post)) await deletePost(tx, post.id);
    cursor = await cursor.continue();
  }
  await tx.done;
}

/** Every saved or snoozed post's state by URL, for the settings backup. */
export async function readLaterMarks(db: RadarDb): Promise<ReadLaterMarks> {
  const tx = db.transaction('posts');
  const [saved, snoozed] = await Promise.all([
    tx.store.index('by-saved').getAll(),
    tx.store.index('by-snoozed').getAll(),
  ]);
  const marks: ReadLaterMarks = {};
  for (const post of [...saved, ...snoozed]) {
    marks[post.url] = {
      ...(isSaved(post) ? { savedAt: post.savedAt! } : {}),
      ...(isSnoozed(post) ? { snoozedUntil: post.snoozedUntil! } : {}),
    };
  }
  return marks;
}

/**
 * Restores a backup's saved and snoozed state onto the stored posts with those URLs (a read
 * post is not snoozed again). Posts not stored are skipped.
 * @returns how many posts changed.
 */
export async function restoreReadLaterMarks(db: RadarDb, marks: ReadLaterMarks): Promise<number> {
  const tx = db.transaction(POST_STORES, 'readwrite');
  let changed = 0;
  let cursor = await tx.objectStore('posts').openCursor();
  while (cursor) {
    const post = cursor.value;
    const mark = Object.hasOwn(marks, post.url) ? marks[post.url] : undefined;
    if (mark) {
      let next = post;
      if (mark.savedAt !== undefined && !isSaved(post)) next = { ...next, savedAt: mark.savedAt };
      if (mark.snoozedUntil !== undefined && (post.unread === 1 || isSnoozed(post))) {
        next = { ...next, unread: 0, readAt: null, snoozedUntil: mark.snoozedUntil };
      }
      if (next !== post) {
        await putPost(tx, next);
        changed++;
      }
    }
    cursor = await cursor.continue();
  }
  await tx.done;
  return changed;
}
