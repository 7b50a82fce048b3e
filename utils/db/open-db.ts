import {
  openDB,
  unwrap,
  wrap,
  type IDBPDatabase,
  type IDBPTransaction,
  type StoreNames,
} from 'idb';
import { duplicateKeys } from '../sources/dedupe';
import type { EarlyConnection } from './open-if-current';
import { copyFacets, putPost, type PostsWriteTx } from './post-records';
import { DB_NAME, DB_VERSION, type RadarDbSchema, type StoredPost } from './schema';

export type RadarDb = IDBPDatabase<RadarDbSchema>;

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

export interface OpenRadarDbOptions {
  /** Defaults to the global `indexedDB`; tests pass a fresh fake-indexeddb factory. */
  factory?: IDBFactory;
  /** Defaults to `rust-radar`. */
  name?: string;
  /** Called once the connection is closed for good (schema upgrade elsewhere, or browser). */
  onClose?: () => void;
}

/**
 * Opens the extension's database. Call it lazily (never at import time): WXT imports
 * entrypoints in Node during the build, where there is no IndexedDB.
 */
export function openRadarDb(options: OpenRadarDbOptions = {}): Promise<RadarDb> {
  const { factory, name = DB_NAME, onClose } = options;
  const open = () =>
    openDB<RadarDbSchema>(name, DB_VERSION, {
      upgrade: upgradeRadarDb,
      // Another context (an updated worker, a popup) wants a newer schema: step aside.
      blocking(_current, _blocked, event) {
        (event.target as IDBDatabase).close();
        onClose?.();
      },
      terminated: onClose,
    });
  if (!factory) return open();
  // idb reads the global at call time; swap it only for the duration of the call.
  const previous = globalThis.indexedDB;
  globalThis.indexedDB = factory;
  try {
    return open();
  } finally {
    globalThis.indexedDB = previous;
  }
}

/**
 * Takes over a connection `openIfCurrent` opened at the current version, with the same
 * behaviour as `openRadarDb`: it steps aside for a newer schema and reports its closing.
 */
export function adoptRadarDb(early: EarlyConnection, onClose?: () => void): RadarDb {
  const { db } = early;
  db.onversionchange = () => {
    db.close();
    early.closed = true;
    onClose?.();
  };
  // 'close' fires only when the browser closes the connection (the `terminated` of idb).
  db.onclose = () => onClose?.();
  return wrap(db) as unknown as RadarDb;
}

export interface DbProviderOptions extends Omit<OpenRadarDbOptions, 'onClose'> {
  /**
   * A connection opened before this code ran (the popup's early script); used for the first
   * `getDb()` when it opened and is still open, otherwise the database is opened as usual.
   */
  adopt?: Promise<EarlyConnection | null>;
}

/**
 * One shared connection per context, opened on first use and reopened after it was closed.
 * @param options passed to `openRadarDb` (its `onClose` is taken over).
 */
export function createDbProvider({ adopt, ...options }: DbProviderOptions = {}) {
  let pending: Promise<RadarDb> | null = null;
  let early = adopt;
  const forget = () => {
    pending = null;
  };
  const open = () => openRadarDb({ ...options, onClose: forget });
  return function getDb(): Promise<RadarDb> {
    if (!pending) {
      const adopting = early;
      early = undefined;
      pending = adopting
        ? adopting.then((connection) =>
            connection && !connection.closed ? adoptRadarDb(connection, forget) : open(),
          )
        : open();
      pending.catch(forget);
    }
    return pending;
  };
}

export type GetDb = ReturnType<typeof createDbProvider>;
