import { unwrap } from 'idb';
import type { RadarDb } from './open-db';
import type { VisibilityRule } from '../filters/post-visibility';
import type { StoredPost } from './schema';
import { hasGetAllRecords, resultOf } from './records-index';
import { readUnreadCounts } from './unread-counts';

export interface ListPostsQuery {
  /** Only unread posts. Default false. */
  unreadOnly?: boolean;
  /** At most this many posts that pass `accept`. Default 50. */
  limit?: number;
  /** Continue after this post (exclusive) — the last one of the previous page. */
  after?: Pick<StoredPost, 'sortAt' | 'id'>;
  /** Keeps a post in the page (filters); rejected posts do not count toward `limit`. */
  accept?: (post: StoredPost) => boolean;
  /** Only this source's posts (`Source.id`), read from the source's own indexes. */
  sourceId?: string;
}

/** Where a walk through the posts stands: the last post it passed. */
type Position = Pick<StoredPost, 'sortAt' | 'id'>;

/**
 * True once the newest-first walk is past `position`: an older sort time, or the same one and
 * a smaller id (posts sharing a sort time come in reverse primary-key order).
 */
const isPast = (post: Position, position: Position) =>
  post.sortAt < position.sortAt || post.id < position.id;

/** The index holding posts newest first: all or unread only, of every source or of one. */
function newestFirstIndex(unreadOnly: boolean, sourceId: string | undefined) {
  if (sourceId === undefined) return unreadOnly ? 'by-unread-sort' : 'by-sort';
  return unreadOnly ? 'by-source-unread-sort' : 'by-source-sort';
}

/**
 * The key range in `newestFirstIndex`: every post at or below `sortAt` (all of them
 * without it), unread only or not, of one source or of all. Index keys: `by-sort` sortAt,
 * `by-unread-sort` [unread, sortAt], `by-source-sort` [sourceId, sortAt],
 * `by-source-unread-sort` [sourceId, unread, sortAt].
 */
function newestFirstRange(where: {
  unreadOnly: boolean;
  sourceId?: string;
  sortAt?: number;
}): IDBKeyRange | null {
  const { unreadOnly, sourceId, sortAt } = where;
  const prefix: (string | number)[] = [
    ...(sourceId === undefined ? [] : [sourceId]),
    ...(unreadOnly ? [1] : []),
  ];
  if (prefix.length === 0) return sortAt === undefined ? null : IDBKeyRange.upperBound(sortAt);
  return IDBKeyRange.bound([...prefix, -Infinity], [...prefix, sortAt ?? Infinity]);
}

/** The most posts one batched read asks for (an Infinity limit reads in batches of this). */
const MAX_BATCH = 256;

/**
 * Newest-first page of posts read straight from the index, so the popup reads only what it
 * shows first, whether 12 or 5,000 posts are stored.
 *
 * Where the browser has `getAllRecords`, posts come in batches — a page in one round trip to
 * the database instead of one per post (each cursor `continue()` costs one): the popup's
 * first page is a single request. Batches grow while filters reject posts. A run of equal
 * sort times longer than a batch cannot be stepped over by key range alone; the cursor takes
 * over from there, as it does in browsers without `getAllRecords`.
 */
export async function listPosts(db: RadarDb, query: ListPostsQuery = {}): Promise<StoredPost[]> {
  const { unreadOnly = false, limit = 50, after, accept, sourceId } = query;
  const tx = db.transaction('posts', 'readonly');
  const index = tx.store.index(newestFirstIndex(unreadOnly, sourceId));
  const atOrBelow = (sortAt?: number) => newestFirstRange({ unreadOnly, sourceId, sortAt });
  const page: StoredPost[] = [];
  let position: Position | undefined = after;

  const rawIndex: unknown = unwrap(index);
  if (hasGetAllRecords(rawIndex)) {
    let batch = Math.max(1, Math.min(limit, MAX_BATCH));
    for (;;) {
      const records = await resultOf(
        rawIndex.getAllRecords({
          query: atOrBelow(position?.sortAt),
          count: batch,
          direction: 'prev',
        }),
      );
      let moved = false;
      for (const { value: post } of records) {
        if (position && !isPast(post, position)) continue;
        moved = true;
        position = post;
        if (!accept || accept(post)) page.push(post);
        if (page.length >= limit) break;
      }
      // Not `await tx.done` (the rule for transactions that write): a read-only one has
      // nothing to commit, its requests' errors reject above, and waiting for it to finish
      // cost the popup's first page one more round trip to the database.
      if (page.length >= limit || records.length < batch) return page;
      if (!moved) break;
      batch = Math.min(batch * 2, MAX_BATCH);
    }
  }

  let cursor = await index.openCursor(atOrBelow(position?.sortAt), 'prev');
  // Posts sharing `position.sortAt` are walked in reverse primary-key order; skip until past it.
  let skipping = position !== undefined;
  while (cursor && page.length < limit) {
    const post = cursor.value;
    if (skipping && isPast(post, position!)) skipping = false;
    if (!skipping && (!accept || accept(post))) page.push(post);
    cursor = await cursor.continue();
  }
  return page;
}

/**
 * Counts unread posts: with `rule`, those it lets through (what the badge shows), from the
 * unread counts kept up to date as posts change — one read (`unread-counts.ts`); without,
 * every unread post, from an index. Only `sourceId`'s when given.
 */
export async function countUnread(
  db: RadarDb,
  rule?: VisibilityRule,
  sourceId?: string,
): Promise<number> {
  if (rule) return (await readUnreadCounts(db, rule, sourceId)).visible;
  const range = newestFirstRange({ unreadOnly: true, sourceId });
  return db.countFromIndex('posts', newestFirstIndex(true, sourceId), range ?? undefined);
}

export async function countPosts(db: RadarDb): Promise<number> {
  return db.count('posts');
}
