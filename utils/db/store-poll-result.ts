import type { FeedItem } from '../feed/post';
import { duplicateKeys } from '../sources/dedupe';
import { diffPosts, itemsToStore, withKeys } from './diff-posts';
import { judgeStoredPosts, type StoreJudgeContext } from './judge-stored';
import type { RadarDb } from './open-db';
import { POST_STORES, putPost } from './post-records';
import { DEFAULT_RETENTION, prunePosts, type RetentionPolicy } from './retention';
import type { AnnouncementBatch, FeedState, StoredPost } from './schema';

export interface StorePollInput {
  feedUrl: string;
  /** The source polled (`Source.id`); stored on new posts. */
  sourceId: string;
  items: readonly FeedItem[];
  /** The feed's state after this poll; written in the same transaction. */
  feedState: FeedState;
  now: number;
  retention?: RetentionPolicy;
  /**
   * Decides for each newly stored post whether (and how) it is announced; a non-null batch
   * puts it in the outbox in this same transaction, so it is announced exactly once even if
   * the worker dies right after. Default: announce nothing.
   */
  announce?: (post: StoredPost) => AnnouncementBatch | null;
  /**
   * Judge new and edited posts (`judgePost`) with this context before they are written, so
   * the badge, the list and `announce` read a stored verdict. Default: posts are not judged.
   */
  judge?: StoreJudgeContext;
}

export interface StorePollOutcome {
  /** Posts stored for the first time, newest first. */
  added: StoredPost[];
  /** Known posts whose content changed (read state kept). */
  updated: number;
  /**
   * Items that were already stored under another id: the same article from another feed
   * (or a cross-post). Merged into the stored post (its keys added), never stored again,
   * never announced.
   */
  merged: number;
  pruned: number;
}

/**
 * Writes one poll's result in a single readwrite transaction: new posts as unread, changed
 * posts updated without touching read state or first-seen time, the feed state, the
 * announcement outbox, and pruning.
 * Either all of it lands or none of it (a worker killed mid-poll leaves the old data).
 * Parse and fetch before calling: nothing but IndexedDB is awaited inside.
 */
export async function storePollResult(
  db: RadarDb,
  input: StorePollInput,
): Promise<StorePollOutcome> {
  const { feedUrl, sourceId, feedState, now, retention = DEFAULT_RETENTION, announce } = input;
  const items = itemsToStore(feedUrl, input.items);
  const tx = db.transaction([...POST_STORES, 'feeds', 'outbox'], 'readwrite');
  const writes: Promise<unknown>[] = [];
  try {
    const posts = tx.objectStore('posts');
    const byDupKey = posts.index('by-dup-key');
    const stored = await Promise.all(items.map((item) => posts.get(item.id)));
    // For items not stored under their own id: the stored owners of their keys, looked up
    // before anything is written.
    const lookups = items.flatMap((item, i) => (stored[i] ? [] : duplicateKeys(item)));
    const owners = await Promise.all(
      lookups.map((key) => byDupKey.getKey(key) as Promise<string | undefined>),
    );
    const keyOwners = new Map(
      lookups.flatMap((key, i) => (owners[i] === undefined ? [] : [[key, owners[i]!] as const])),
    );
    const diff = diffPosts({ feedUrl, sourceId, items, stored, keyOwners, now });
    const changed = [...diff.edited, ...diff.added];
    const judged = input.judge
      ? await judgeStoredPosts(posts.index('by-author-sort'), changed, input.judge)
      : changed;
    const edited = judged.slice(0, diff.edited.length);
    const added = judged.slice(diff.edited.length);

    for (const post of [...edited, ...diff.rekeyed, ...added]) {
      writes.push(putPost(tx, post));
    }
    for (const post of added) {
      const batch = announce?.(post) ?? null;
      if (batch) {
        writes.push(tx.objectStore('outbox').put({ postId: post.id, batch, queuedAt: now }));
      }
    }
    writes.push(tx.objectStore('feeds').put({ ...feedState, listedIds: diff.listedIds }));
    await Promise.all(writes);
    // Duplicates: the stored post stays as the user knows it (read state, first source);
    // it only learns the other copy's keys. Added posts of this batch are already written.
    for (const [id, keys] of diff.duplicates) {
      const owner = await posts.get(id);
      const withOtherKeys = owner && withKeys(owner, keys);
      if (withOtherKeys && withOtherKeys !== owner) await putPost(tx, withOtherKeys);
    }
    const pruned =
      changed.length > 0
        ? await prunePosts(tx, now, retention, await listedByAnyFeed(tx.objectStore('feeds')))
        : 0;
    await tx.done;
    const newestFirst = [...added].sort((a, b) => b.sortAt - a.sortAt);
    return { added: newestFirst, updated: edited.length, pruned, merged: diff.merged };
  } catch (error) {
    abortQuietly(tx, writes);
    throw error;
  }
}

/** Every post some feed listed at its last poll (this poll's feed state already written). */
async function listedByAnyFeed(feeds: { getAll(): Promise<FeedState[]> }): Promise<Set<string>> {
  return new Set((await feeds.getAll()).flatMap((state) => state.listedIds ?? []));
}

/**
 * Rolls back whatever was queued before a failure: a `put` that throws (say, a value that
 * cannot be cloned) does not abort the transaction by itself, and the writes queued before
 * it would otherwise commit without the rest.
 */
function abortQuietly(
  tx: { abort(): void; done: Promise<void> },
  writes: readonly Promise<unknown>[],
): void {
  // Their rejections are expected now; nobody awaits them any more.
  for (const pending of [tx.done, ...writes]) pending.catch(() => {});
  try {
    tx.abort();
  } catch {
    // Already aborted or finished: nothing left to undo.
  }
}
