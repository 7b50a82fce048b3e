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
 * posts updated without touching read state or first-seen time, the feed state, and pruning.
 * Either all of it lands or none of it (a worker killed mid-poll leaves the old data).
 * Parse and fetch before calling: nothing but IndexedDB is awaited inside.
 */
export async function storePollResult(
  db: RadarDb,
  input: StorePollInput,
): Promise<StorePollOutcome> {
  const { feedUrl, items, feedState, now, retention = DEFAULT_RETENTION } = input;
  const tx = db.transaction(['posts', 'feeds'], 'readwrite');
  const posts = tx.objectStore('posts');
  const existing = await Promise.all(items.map((item) => posts.get(item.id)));
  const added: StoredPost[] = [];
  let updated = 0;
  const writes: Promise<unknown>[] = [];
  items.forEach((item, i) => {
    const known = existing[i];
    if (!known) {
      const post = newStoredPost(item, feedUrl, now);
      added.push(post);
      writes.push(posts.put(post));
    } else if (hasChanged(known, item)) {
      updated++;
      writes.push(posts.put(mergeEdit(known, item, feedUrl)));
    }
  });
  writes.push(tx.objectStore('feeds').put(feedState));
  await Promise.all(writes);
  const pruned = added.length > 0 || updated > 0 ? await prunePosts(tx, now, retention) : 0;
  await tx.done;
  added.sort((a, b) => b.sortAt - a.sortAt);
  return { added, updated, pruned };
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
