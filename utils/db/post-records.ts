import type { IDBPTransaction, StoreNames } from 'idb';
import type { VisibilityRule } from '../filters/post-visibility';
import type { HeavyPostField, PostFacets, RadarDbSchema, StoredPost, UnreadTally } from './schema';
import { clearTally, countPost, ruleOfTally, touchTally } from './unread-tally';

/**
 * The one way posts are written, changed and deleted. Every post has a light twin in the
 * `facets` store (what filters look at, no summary) so the options page reads a few hundred
 * bytes per post instead of the whole record, and every change moves the post in the unread
 * counts (`tallies`, `unread-tally.ts`) in the same transaction, so the badge is one read.
 * Writing all three here, and nowhere else, keeps them in step
 * (`tests/unit/architecture.test.ts` holds every other file to it).
 */

/** A transaction that may write posts: `POST_STORES` in it, read-write (or an upgrade). */
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
 * Issues the requests in order as one promise. A request can throw at once (a value that
 * cannot be cloned, a transaction already aborted): the ones after it are not issued, and the
 * rejections of those before it must not go unhandled — the caller sees the error through the
 * promise returned here.
 */
async function inOrder(...requests: (() => Promise<unknown>)[]): Promise<void> {
  const pending: Promise<unknown>[] = [];
  for (const request of requests) {
    const started = request();
    started.catch(() => {});
    pending.push(started);
  }
  await Promise.all(pending);
}

/** The stored tally and the rule it counts by, for one transaction. */
interface TallyWork {
  tally: UnreadTally;
  rule: VisibilityRule;
}

/**
 * Per transaction, the tally changes queued so far: each waits for the one before, so they
 * apply in the order the posts changed and the last write holds them all. The stored tally is
 * read once per transaction; none stored (never counted, or dropped by an upgrade) means
 * nothing to keep up to date — the next count counts from the facets.
 */
const tallyQueues = new WeakMap<PostsWriteTx, Promise<TallyWork | null>>();

function changeTally(tx: PostsWriteTx, change: (work: TallyWork) => void | Promise<void>) {
  const store = tx.objectStore('tallies');
  const queued =
    tallyQueues.get(tx) ??
    store.get('unread').then((tally) => (tally ? { tally, rule: ruleOfTally(tally) } : null));
  const next = queued.then(async (work) => {
    if (!work) return null;
    await change(work);
    touchTally(work.tally);
    await store.put(work.tally, 'unread');
    return work;
  });
  tallyQueues.set(tx, next);
  return next;
}

/**
 * Moves post `id` in the unread counts from how it is stored now to `after` (undefined: it is
 * being deleted). Its facets are asked for before the caller's writes are issued, so they are
 * the ones before the change. An upgrade keeps no counts (it drops them at its end).
 */
function moveInTally(tx: PostsWriteTx, id: string, after: PostFacets | undefined) {
  if (tx.mode === 'versionchange') return Promise.resolve();
  const before = tx.objectStore('facets').get(id);
  before.catch(() => {});
  return changeTally(tx, async ({ tally, rule }) => {
    countPost(tally, rule, await before, -1);
    countPost(tally, rule, after, 1);
  });
}

/** Stores (or replaces) a post and its facets, and moves it in the unread counts. */
export function putPost(tx: PostsWriteTx, post: StoredPost): Promise<void> {
  const facets = facetsOf(post);
  return inOrder(
    () => moveInTally(tx, post.id, facets),
    () => tx.objectStore('posts').put(post),
    () => tx.objectStore('facets').put(facets),
  );
}

/** Deletes a post and its facets, and takes it out of the unread counts. */
export function deletePost(tx: PostsWriteTx, id: string): Promise<void> {
  return inOrder(
    () => moveInTally(tx, id, undefined),
    () => tx.objectStore('posts').delete(id),
    () => tx.objectStore('facets').delete(id),
  );
}

/** Deletes every post and every facet; the unread counts go to zero. */
export function clearPosts(tx: PostsWriteTx): Promise<void> {
  return inOrder(
    () =>
      tx.mode === 'versionchange'
        ? Promise.resolve()
        : changeTally(tx, ({ tally }) => clearTally(tally)),
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

/** The stores a post change writes, for `db.transaction(POST_STORES, 'readwrite')`. */
export const POST_STORES = ['posts', 'facets', 'tallies'] as const;
