import type { FeedItem } from '../feed/post';
import {
  addToDuplicateIndex,
  duplicateKeys,
  findDuplicate,
  type DuplicateIndex,
} from '../sources/dedupe';
import { needsOptionalPermission } from '../sources/host-permissions';
import { scopedPostId } from '../sources/scoped-post-id';
import type { StoredPost } from './schema';

// What one poll changes, worked out before anything is written: the parsed items against the
// stored posts. Pure: `storePollResult` reads what it needs, asks this, and writes the answer
// in one transaction.

/**
 * A poll's items as they are stored: ids from many feeds share one store, so a guid that is
 * not a URL is scoped to its host (DEV's feeds are not: their ids are DEV-wide, and posts
 * stored before sources keep theirs); a feed listing one post twice counts its first copy.
 */
export function itemsToStore(feedUrl: string, items: readonly FeedItem[]): FeedItem[] {
  const scoped = needsOptionalPermission({ feedUrl })
    ? items.map((item) => ({ ...item, id: scopedPostId(feedUrl, item.id) }))
    : items;
  const byId = new Map<string, FeedItem>();
  for (const item of scoped) if (!byId.has(item.id)) byId.set(item.id, item);
  return [...byId.values()];
}

export interface DiffInput {
  feedUrl: string;
  /** The source polled (`Source.id`), stored on new posts. */
  sourceId: string;
  /** `itemsToStore`'s answer. */
  items: readonly FeedItem[];
  /** The stored post under each item's id, in the same order; undefined for none. */
  stored: readonly (StoredPost | undefined)[];
  /**
   * Stored owners of the duplicate keys of the items not stored under their own id (from the
   * `by-dup-key` index): the same article already stored from another feed.
   */
  keyOwners: DuplicateIndex;
  now: number;
}

export interface PostDiff {
  /** Posts seen for the first time, in feed order, as they are to be stored (unread). */
  added: StoredPost[];
  /** Known posts whose content changed: the new content, read state and first-seen kept. */
  edited: StoredPost[];
  /** Known, unchanged posts that only learned duplicate keys (stored before v3). */
  rekeyed: StoredPost[];
  /** Known posts the feed lists as they are. */
  unchanged: number;
  /**
   * Items already stored under another id (the same article from another feed, a
   * cross-post, or twice in this batch): owner id → the keys it learns. Never stored again,
   * never announced.
   */
  duplicates: Map<string, string[]>;
  /** How many items were such duplicates. */
  merged: number;
  /** Ids of the stored posts this feed lists now (its own and the ones it shares). */
  listedIds: string[];
}

/**
 * Stored posts + parsed items → new, edited, unchanged and duplicate posts. A duplicate is
 * found by the stored owners first (canonical URL, then title+author), then among this
 * batch's new posts, so two copies within one poll are stored once too.
 */
export function diffPosts(input: DiffInput): PostDiff {
  const { feedUrl, sourceId, now } = input;
  const batchIndex = new Map<string, string>();
  const diff: PostDiff = {
    added: [],
    edited: [],
    rekeyed: [],
    unchanged: 0,
    duplicates: new Map(),
    merged: 0,
    listedIds: [],
  };
  input.items.forEach((item, i) => {
    const known = input.stored[i];
    const keys = duplicateKeys(item);
    if (known) {
      const withOwnKeys = withKeys(known, keys);
      if (hasChanged(known, item)) diff.edited.push(mergeEdit(withOwnKeys, item, feedUrl));
      else if (withOwnKeys !== known) diff.rekeyed.push(withOwnKeys);
      else diff.unchanged++;
      return;
    }
    const owner = findDuplicate(input.keyOwners, item)?.id ?? findDuplicate(batchIndex, item)?.id;
    if (owner !== undefined) {
      diff.duplicates.set(owner, [...(diff.duplicates.get(owner) ?? []), ...keys]);
      diff.merged++;
      return;
    }
    const post = newStoredPost(item, feedUrl, sourceId, keys, now);
    diff.added.push(post);
    addToDuplicateIndex(batchIndex, item, post.id);
  });
  diff.listedIds = [...new Set([...input.items.map((item) => item.id), ...diff.duplicates.keys()])];
  return diff;
}

/** `post` with `keys` added to its duplicate keys; `post` itself when it has them all. */
export function withKeys(post: StoredPost, keys: readonly string[]): StoredPost {
  const have = post.dupKeys ?? [];
  const missing = keys.filter((key) => !have.includes(key));
  return missing.length === 0 && post.dupKeys ? post : { ...post, dupKeys: [...have, ...missing] };
}

function sortKey(item: FeedItem, firstSeenAt: number): number {
  const published = Date.parse(item.publishedAt);
  return Number.isNaN(published) ? firstSeenAt : Math.min(published, firstSeenAt);
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

/** An edited post keeps who-read-it-when, its saved and snoozed state, and when we first saw it. */
function mergeEdit(known: StoredPost, item: FeedItem, feedUrl: string): StoredPost {
  return {
    ...item,
    feedUrl,
    ...(known.sourceId === undefined ? {} : { sourceId: known.sourceId }),
    ...(known.dupKeys === undefined ? {} : { dupKeys: known.dupKeys }),
    // The reader's word on a post outlives its edits; the judge's verdict is redone.
    ...(known.correction === undefined ? {} : { correction: known.correction }),
    firstSeenAt: known.firstSeenAt,
    sortAt: sortKey(item, known.firstSeenAt),
    unread: known.unread,
    readAt: known.readAt,
    ...(known.savedAt == null ? {} : { savedAt: known.savedAt }),
    ...(known.snoozedUntil == null ? {} : { snoozedUntil: known.snoozedUntil }),
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
