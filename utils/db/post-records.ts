import type { IDBPTransaction, StoreNames } from 'idb';
import type { HeavyPostField, PostFacets, RadarDbSchema, StoredPost } from './schema';

/**
 * The one way posts are written, changed and deleted. Every post has a light twin in the
 * `facets` store (what filters look at, no summary) so the badge and the counts with filters
 * on read a few hundred bytes per post instead of the whole record. Writing both here, and
 * nowhere else, keeps them in step (`tests/unit/architecture.test.ts` holds every other file
 * to it).
 */

/** A transaction that may write posts: both stores in it, read-write (or an upgrade). */
export type PostsWriteTx = IDBPTransaction<
  RadarDbSchema,
  ArrayLike<StoreNames<RadarDbSchema>>,
  'readwrite' | 'versionchange'
>;

const HEAVY_FIELDS: readonly HeavyPostField[] = ['summaryHtml', 'dupKeys', 'feedUrl'];

/** The post without what no filter needs; every other field, present or future, is kept. */
export function facetsOf(post: StoredPost): PostFacets {
  const facets: Partial<StoredPost> = { ...post };
  for (const field of HEAVY_FIELDS) delete facets[field];
  return facets as PostFacets;
}

/**
 * Runs the write to `posts`, then the one to `facets`, as one promise. A request can throw
 * at once (a value that cannot be cloned, a transaction already aborted): the first request
 * then still fails with the aborted transaction, and its rejection must not go unhandled —
 * the caller sees the error through the promise returned here.
 */
async function both(first: () => Promise<unknown>, second: () => Promise<unknown>): Promise<void> {
  const pending = first();
  pending.catch(() => {});
  await Promise.all([pending, second()]);
}

/** Stores (or replaces) a post and its facets. */
export function putPost(tx: PostsWriteTx, post: StoredPost): Promise<void> {
  return both(
    () => tx.objectStore('posts').put(post),
    () => tx.objectStore('facets').put(facetsOf(post)),
  );
}

/** Deletes a post and its facets. */
export function deletePost(tx: PostsWriteTx, id: string): Promise<void> {
  return both(
    () => tx.objectStore('posts').delete(id),
    () => tx.objectStore('facets').delete(id),
  );
}

/** Deletes every post and every facet. */
export function clearPosts(tx: PostsWriteTx): Promise<void> {
  return both(
    () => tx.objectStore('posts').clear(),
    () => tx.objectStore('facets').clear(),
  );
}

/** Every stored post's facets, for a database that had posts before the facets store. */
export async function copyFacets(tx: PostsWriteTx): Promise<void> {
  const facets = tx.objectStore('facets');
  let cursor = await tx.objectStore('posts').openCursor();
  while (cursor) {
    await facets.put(facetsOf(cursor.value));
    cursor = await cursor.continue();
  }
}

/** Both stores, for `db.transaction(POST_STORES, 'readwrite')`. */
export const POST_STORES = ['posts', 'facets'] as const;
