import type { IDBPTransaction } from 'idb';
import { deletePost, type POST_STORES } from './post-records';
import { isSaved, isSnoozed } from './read-later';
import type { RadarDbSchema } from './schema';

const DAY_MS = 24 * 60 * 60 * 1000;

/** How much history is kept. Defaults are documented in the README ("Storage"). */
export interface RetentionPolicy {
  /** Read posts older than this are pruned. Default 60. */
  keepReadDays: number;
  /** At most this many posts are kept, newest first. Default 5,000. */
  maxPosts: number;
  /** Unread posts first seen within this many days are never pruned. Default 30. */
  protectUnreadDays: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = {
  keepReadDays: 60,
  maxPosts: 5000,
  protectUnreadDays: 30,
};

type PostsTx = IDBPTransaction<
  RadarDbSchema,
  ((typeof POST_STORES)[number] | 'feeds' | 'outbox')[],
  'readwrite'
>;

/**
 * Deletes what the policy no longer keeps (never a saved or snoozed post), inside the caller's transaction (so a poll's
 * writes and its pruning land together). Walks the posts newest first.
 * @param listed ids the feed still lists: never pruned, since the next poll would store
 *   them again as new, unread posts (a read post would come back unread).
 * @returns how many posts were deleted.
 */
export async function prunePosts(
  tx: PostsTx,
  now: number,
  policy: RetentionPolicy = DEFAULT_RETENTION,
  listed: ReadonlySet<string> = new Set(),
): Promise<number> {
  const readCutoff = now - policy.keepReadDays * DAY_MS;
  const protectCutoff = now - policy.protectUnreadDays * DAY_MS;
  let rank = 0;
  let deleted = 0;
  let cursor = await tx.objectStore('posts').index('by-sort').openCursor(null, 'prev');
  while (cursor) {
    const post = cursor.value;
    // Saved and snoozed posts are the reader's own choice: kept whatever their age or rank.
    const isProtected =
      (post.unread === 1 && post.firstSeenAt >= protectCutoff) ||
      listed.has(post.id) ||
      isSaved(post) ||
      isSnoozed(post);
    const tooOld = post.unread === 0 && post.sortAt < readCutoff;
    const overLimit = rank >= policy.maxPosts;
    if (!isProtected && (tooOld || overLimit)) {
      await deletePost(tx, post.id);
      deleted++;
    } else {
      rank++;
    }
    cursor = await cursor.continue();
  }
  return deleted;
}
