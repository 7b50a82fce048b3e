import { unwrap, type IDBPTransaction, type StoreNames } from 'idb';
import { duplicateKeys } from '../sources/dedupe';
import type { RadarDb } from './connect-db';
import { copyFacets, putPost, type PostsWriteTx } from './post-records';
import { DB_VERSION, type RadarDbSchema, type StoredPost } from './schema';

// The database's schema, step by step. Only a context that opens the database before the
// worker upgraded it needs this: the popup loads it on demand (utils/db/connect-db.ts).

/**
 * Cumulative upgrades: a user may jump from any old version to the newest, so every step
 * runs in order and none is ever edited once released. Steps that only add stores create
 * what is missing rather than trusting `oldVersion`: a database some other context opened
 * without a version (so it exists, empty, at version 1) still gets every store.
 */
export function upgradeRadarDb(
  db: RadarDb,
  oldVersion = 0,
  _newVersion: number | null = DB_VERSION,
  transaction?: IDBPTransaction<RadarDbSchema, StoreNames<RadarDbSchema>[], 'versionchange'>,
): void {
  const missing = (name: StoreNames<RadarDbSchema>) => !db.objectStoreNames.contains(name);
  // Version 1: posts and per-feed state.
  if (missing('posts')) {
    const posts = db.createObjectStore('posts', { keyPath: 'id' });
    posts.createIndex('by-sort', 'sortAt');
    posts.createIndex('by-unread-sort', ['unread', 'sortAt']);
  }
  if (missing('feeds')) db.createObjectStore('feeds', { keyPath: 'url' });
  // Version 2: the announcement outbox and the notification → posts mapping.
  if (missing('outbox')) db.createObjectStore('outbox', { keyPath: 'postId' });
  if (missing('notifications')) db.createObjectStore('notifications', { keyPath: 'id' });
  // Version 3: many sources. Each post carries its duplicate keys under a multi-entry index,
  // so the same article from a second feed is found inside the storing transaction.
  const posts = transaction?.objectStore('posts');
  if (posts && !posts.indexNames.contains('by-dup-key')) {
    posts.createIndex('by-dup-key', 'dupKeys', { multiEntry: true });
  }
  const backfillKeys = posts && oldVersion > 0 && oldVersion < 3;
  // Version 4: the popup's source filter reads one source's posts from an index of their own
  // instead of walking everyone's. Every post has a sourceId since v3, so the indexes cover
  // all of them; IndexedDB builds them from the stored records.
  if (posts && !posts.indexNames.contains('by-source-sort')) {
    posts.createIndex('by-source-sort', ['sourceId', 'sortAt']);
  }
  if (posts && !posts.indexNames.contains('by-source-unread-sort')) {
    posts.createIndex('by-source-unread-sort', ['sourceId', 'unread', 'sortAt']);
  }
  // Version 5: relevance. The judge reads an author's recent posts (self-promotion series),
  // and the reader's corrections are kept next to the posts they were learned from. Stored
  // posts get their verdicts from `rejudgePosts`, batch by batch, outside this upgrade: a
  // rewrite of every post must survive the worker being stopped halfway.
  // (It read an author's posts from a `by-author` index, which v8 replaced: no longer built.)
  // The badge counts unread posts from an index and takes away the few judged not Rust.
  if (posts && !posts.indexNames.contains('by-verdict')) {
    posts.createIndex('by-verdict', 'judgement.verdict');
  }
  if (posts && !posts.indexNames.contains('by-correction')) {
    posts.createIndex('by-correction', 'correction');
  }
  if (missing('corrections')) db.createObjectStore('corrections');
  // Version 6: read it later. Only posts with a number there are indexed (null and a missing
  // field are not keys), so each index holds just the saved or the snoozed posts.
  if (posts && !posts.indexNames.contains('by-saved')) posts.createIndex('by-saved', 'savedAt');
  if (posts && !posts.indexNames.contains('by-snoozed')) {
    posts.createIndex('by-snoozed', 'snoozedUntil');
  }
  // Version 7: each post's facets (what filters look at) in a store of their own, so counts
  // with filters on need not read summaries. Filled from the posts in this same upgrade
  // transaction: either both stores are there, in step, or the upgrade did not happen.
  let fillFacets = false;
  if (missing('facets')) {
    const facets = db.createObjectStore('facets', { keyPath: 'id' });
    facets.createIndex('by-sort', 'sortAt');
    facets.createIndex('by-unread-sort', ['unread', 'sortAt']);
    facets.createIndex('by-source-unread-sort', ['sourceId', 'unread', 'sortAt']);
    fillFacets = true;
  }
  // Version 8: the unread counts, kept up to date by every post change. Writes in an upgrade
  // keep no counts, so any upgrade drops them: the next count counts from the facets.
  if (missing('tallies')) db.createObjectStore('tallies');
  else void transaction?.objectStore('tallies').clear();
  // The judge reads an author's newest posts: v5's `by-author` gave them in URL order.
  if (posts && !posts.indexNames.contains('by-author-sort')) {
    posts.createIndex('by-author-sort', ['author', 'sortAt']);
  }
  const rawPosts = posts && (unwrap(posts) as IDBObjectStore);
  if (rawPosts?.indexNames.contains('by-author')) rawPosts.deleteIndex('by-author');
  // Data steps run one after the other: the facets copy the posts as the v3 backfill left them.
  if (transaction && (backfillKeys || fillFacets)) {
    void (async () => {
      if (backfillKeys) await backfillDuplicateKeys(transaction);
      if (fillFacets) await copyFacets(transaction);
    })();
  }
}

/** A damaged record (no title, say) gets no keys rather than failing the whole upgrade. */
function keysOf(post: StoredPost): string[] {
  try {
    return duplicateKeys(post);
  } catch {
    return [];
  }
}

/** Posts stored before v3 came from DEV's rust feed; give them their source and keys. */
async function backfillDuplicateKeys(transaction: PostsWriteTx): Promise<void> {
  let cursor = await transaction.objectStore('posts').openCursor();
  while (cursor) {
    const post = cursor.value;
    await putPost(transaction, {
      ...post,
      sourceId: post.sourceId ?? 'dev:rust',
      dupKeys: post.dupKeys ?? keysOf(post),
    });
    cursor = await cursor.continue();
  }
}

/** What `openRadarDb` runs when the stored database is older than this code. */
export type RadarDbUpgrade = typeof upgradeRadarDb;
