import type { AnnouncementBatch } from '../notify/plan-notifications';
import type { FeedItem } from '../post';
import { addToDuplicateIndex, duplicateKeys } from '../sources/dedupe';
import { needsOptionalPermission } from '../sources/host-permissions';
import { scopedPostId } from '../sources/scoped-post-id';
import type { RadarDb } from './open-db';
import { DEFAULT_RETENTION, prunePosts, type RetentionPolicy } from './retention';
import type { FeedState, StoredPost } from './schema';

export interface StorePollInput {
  feedUrl: string;
  /** The source polled (`Source.id`); stored on new posts. Default: `dev:rust`. */
  sourceId?: string;
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
  const { feedUrl, feedState, now, retention = DEFAULT_RETENTION, announce } = input;
  const sourceId = input.sourceId ?? 'dev:rust';
  // Ids from many feeds share one store: a guid that is not a URL is scoped to its host.
  // DEV's feeds are not: their ids are DEV-wide, and posts stored before sources keep theirs.
  const scope = needsOptionalPermission({ feedUrl });
  const scoped = scope
    ? input.items.map((item) => ({ ...item, id: scopedPostId(feedUrl, item.id) }))
    : input.items;
  // A feed may list the same post twice: the first copy counts, so it is announced once.
  const items = firstOfEachId(scoped);
  const tx = db.transaction(['posts', 'feeds', 'outbox'], 'readwrite');
  const writes: Promise<unknown>[] = [];
  try {
    const posts = tx.objectStore('posts');
    const byDupKey = posts.index('by-dup-key');
    const existing = await Promise.all(items.map((item) => posts.get(item.id)));
    // For items not stored under their own id: the stored post owning one of their keys
    // (canonical URL first, then title+author), looked up before anything is written.
    const keysOf = items.map((item) => duplicateKeys(item));
    const owners = await Promise.all(
      items.map((_item, i) =>
        existing[i]
          ? []
          : Promise.all(
              keysOf[i]!.map((key) => byDupKey.getKey(key) as Promise<string | undefined>),
            ),
      ),
    );
    // Keys claimed by this batch's new posts, so two copies within one poll store once too.
    const batchIndex = new Map<string, string>();
    const added: StoredPost[] = [];
    const mergedInto = new Map<string, string[]>();
    let updated = 0;
    let merged = 0;
    items.forEach((item, i) => {
      const known = existing[i];
      const keys = keysOf[i]!;
      if (known) {
        const withOwnKeys = withKeys(known, keys);
        if (hasChanged(known, item)) {
          updated++;
          writes.push(posts.put(mergeEdit(withOwnKeys, item, feedUrl)));
        } else if (withOwnKeys !== known) {
          writes.push(posts.put(withOwnKeys));
        }
        return;
      }
      const owner =
        owners[i]!.find((id) => id !== undefined) ??
        keys.map((key) => batchIndex.get(key)).find((id) => id !== undefined);
      if (owner !== undefined) {
        merged++;
        mergedInto.set(owner, [...(mergedInto.get(owner) ?? []), ...keys]);
        return;
      }
      const post = newStoredPost(item, feedUrl, sourceId, keys, now);
      added.push(post);
      addToDuplicateIndex(batchIndex, item, post.id);
      writes.push(posts.put(post));
      const batch = announce?.(post) ?? null;
      if (batch) {
        writes.push(tx.objectStore('outbox').put({ postId: post.id, batch, queuedAt: now }));
      }
    });
    const listedIds = [...new Set([...items.map((item) => item.id), ...mergedInto.keys()])];
    writes.push(tx.objectStore('feeds').put({ ...feedState, listedIds }));
    await Promise.all(writes);
    // Duplicates: the stored post stays as the user knows it (read state, first source);
    // it only learns the other copy's keys. Added posts of this batch are already written.
    for (const [id, keys] of mergedInto) {
      const stored = await posts.get(id);
      const withOtherKeys = stored && withKeys(stored, keys);
      if (withOtherKeys && withOtherKeys !== stored) await posts.put(withOtherKeys);
    }
    const pruned =
      added.length > 0 || updated > 0
        ? await prunePosts(tx, now, retention, await listedByAnyFeed(tx.objectStore('feeds')))
        : 0;
    await tx.done;
    added.sort((a, b) => b.sortAt - a.sortAt);
    return { added, updated, pruned, merged };
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

function firstOfEachId(items: readonly FeedItem[]): FeedItem[] {
  const byId = new Map<string, FeedItem>();
  for (const item of items) if (!byId.has(item.id)) byId.set(item.id, item);
  return [...byId.values()];
}

function sortKey(item: FeedItem, firstSeenAt: number): number {
  const published = Date.parse(item.publishedAt);
  return Number.isNaN(published) ? firstSeenAt : Math.min(published, firstSeenAt);
}

/** `post` with `keys` added to its duplicate keys; `post` itself when it has them all. */
function withKeys(post: StoredPost, keys: readonly string[]): StoredPost {
  const have = post.dupKeys ?? [];
  const missing = keys.filter((key) => !have.includes(key));
  return missing.length === 0 && post.dupKeys ? post : { ...post, dupKeys: [...have, ...missing] };
}

function newStoredPost(
  item: FeedItem,
  feedUrl: string,
  sourceId: string,
  dupKeys: string[],
  now: number,
): StoredPost {
  return {
    ...item,
    feedUrl,
    sourceId,
    dupKeys,
    firstSeenAt: now,
    sortAt: sortKey(item, now),
    unread: 1,
    readAt: null,
  };
}

/** An edited post keeps who-read-it-when and when we first saw it. */
function mergeEdit(known: StoredPost, item: FeedItem, feedUrl: string): StoredPost {
  return {
    ...item,
    feedUrl,
    ...(known.sourceId === undefined ? {} : { sourceId: known.sourceId }),
    ...(known.dupKeys === undefined ? {} : { dupKeys: known.dupKeys }),
    firstSeenAt: known.firstSeenAt,
    sortAt: sortKey(item, known.firstSeenAt),
    unread: known.unread,
    readAt: known.readAt,
  };
}

function hasChanged(known: StoredPost, item: FeedItem): boolean {
  return (
    known.title !== item.title ||
    known.url !== item.url ||
    known.author !== item.author ||
    known.publishedAt !== item.publishedAt ||
    known.summaryHtml !== item.summaryHtml ||
    known.readingMinutes !== item.readingMinutes ||
    known.hasRustCode !== item.hasRustCode ||
    known.tags.length !== item.tags.length ||
    known.tags.some((tag, i) => tag !== item.tags[i])
  );
}
