import type { RadarDb } from './open-db';
import type { StoredPost } from './schema';

export interface ListPostsQuery {
  /** Only unread posts. Default false. */
  unreadOnly?: boolean;
  /** At most this many posts that pass `accept`. Default 50. */
  limit?: number;
  /** Continue after this post (exclusive) — the last one of the previous page. */
  after?: Pick<StoredPost, 'sortAt' | 'id'>;
  /** Keeps a post in the page (filters); rejected posts do not count toward `limit`. */
  accept?: (post: StoredPost) => boolean;
}

/**
 * Newest-first page of posts read straight from the index, so the popup reads only what it
 * shows first, whether 12 or 5,000 posts are stored.
 */
export async function listPosts(db: RadarDb, query: ListPostsQuery = {}): Promise<StoredPost[]> {
  const { unreadOnly = false, limit = 50, after, accept } = query;
  const tx = db.transaction('posts', 'readonly');
  const page: StoredPost[] = [];
  let cursor = unreadOnly
    ? await tx.store
        .index('by-unread-sort')
        .openCursor(IDBKeyRange.bound([1, -Infinity], [1, after?.sortAt ?? Infinity]), 'prev')
    : await tx.store
        .index('by-sort')
        .openCursor(after ? IDBKeyRange.upperBound(after.sortAt) : null, 'prev');
  // Posts sharing `after.sortAt` are walked in reverse primary-key order; skip until past it.
  let skipping = Boolean(after);
  while (cursor && page.length < limit) {
    const post = cursor.value;
    if (skipping) {
      if (post.sortAt < after!.sortAt || post.id < after!.id) skipping = false;
    }
    if (!skipping && (!accept || accept(post))) page.push(post);
    cursor = await cursor.continue();
  }
  await tx.done;
  return page;
}

/**
 * Counts unread posts, optionally only those `accept` keeps (the badge shows what the filters
 * let through).
 */
export async function countUnread(
  db: RadarDb,
  accept?: (post: StoredPost) => boolean,
): Promise<number> {
  const range = IDBKeyRange.bound([1, -Infinity], [1, Infinity]);
  if (!accept) return db.countFromIndex('posts', 'by-unread-sort', range);
  let count = 0;
  let cursor = await db.transaction('posts').store.index('by-unread-sort').openCursor(range);
  while (cursor) {
    if (accept(cursor.value)) count++;
    cursor = await cursor.continue();
  }
  return count;
}

export async function countPosts(db: RadarDb): Promise<number> {
  return db.count('posts');
}
