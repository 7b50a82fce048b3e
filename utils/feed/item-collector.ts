import type { FeedItem } from '../post';
import { buildFeedItem } from './build-feed-item';
import type { ItemDraft } from './item-draft';

/** Accumulates items in feed order, dropping URL-less ones and later duplicates of an id. */
export interface ItemCollector {
  add(draft: ItemDraft): void;
  readonly items: FeedItem[];
}

/**
 * Creates a collector. Duplicate ids (the same guid repeated, as Al-Monitor and Scripting
 * News do) keep the first occurrence, which is the one highest in the feed.
 * @param now first-seen time for items without a usable date.
 */
export function createItemCollector(now: number): ItemCollector {
  const items: FeedItem[] = [];
  const seenIds = new Set<string>();
  return {
    items,
    add(draft) {
      const item = buildFeedItem(draft, now);
      if (item === null || seenIds.has(item.id)) return;
      seenIds.add(item.id);
      items.push(item);
    },
  };
}
