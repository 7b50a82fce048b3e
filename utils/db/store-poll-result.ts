import type { AnnouncementBatch } from '../notify/plan-notifications';
import type { FeedItem } from '../post';
import type { RadarDb } from './open-db';
import { DEFAULT_RETENTION, prunePosts, type RetentionPolicy } from './retention';
import type { FeedState, StoredPost } from './schema';

export interface StorePollInput {
  feedUrl: string;
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
  // A feed may list the same post twice: the first copy counts, so it is announced once.
  const items = firstOfEachId(input.items);
  const tx = db.transaction(['posts', 'feeds', 'outbox'], 'readwrite');
  const writes: Promise<unknown>[] = [];
  try {
    const posts = tx.objectStore('posts');
    const existing = await Promise.all(items.map((item) => posts.get(item.id)));
    const added: StoredPost[] = [];
    let updated = 0;
    items.forEach((item, i) => {
      const known = existing[i];
      if (!known) {
        const post = newStoredPost(item, feedUrl, now);
        added.push(post);
        writes.push(posts.put(post));
        const batch = announce?.(post) ?? null;
        if (batch) {
          writes.push(tx.objectStore('outbox').put({ postId: post.id, batch, queuedAt: now }));
        }
      } else if (hasChanged(known, item)) {
        updated++;
        writes.push(posts.put(mergeEdit(known, item, feedUrl)));
      }
    });
    writes.push(tx.objectStore('feeds').put(feedState));
    await Promise.all(writes);
    const listed = new Set(items.map((item) => item.id));
    const pruned =
      added.length > 0 || updated > 0 ? await prunePosts(tx, now, retention, listed) : 0;
    await tx.done;
    added.sort((a, b) => b.sortAt - a.sortAt);
    return { added, updated, pruned };
  } catch (error) {
    abortQuietly(tx, writes);
    throw error;
  }
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

function newStoredPost(item: FeedItem, feedUrl: string, now: number): StoredPost {
  return {
    ...item,
    feedUrl,
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
