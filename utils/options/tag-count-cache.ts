import type { TagCount } from './tag-counts';

/**
 * In `storage.local`: the tag counts the options page last computed from every stored post.
 * Reading all posts takes most of a second with 5,000 of them (one `getAll` of 3 MB of facets,
 * nearly all of it IndexedDB's own time), while this one key reads in milliseconds: the page
 * lists the tags from it at once and replaces the counts when the posts are read. Settings
 * never come from here, so the first frame can only be stale in its counts.
 */
export const TAG_COUNTS_KEY = 'optionsTagCounts';

/** The part of a `browser.storage` area used here. */
export interface TagCountArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** The last counts stored, or null when there are none, they are damaged or unreadable. */
export async function readCachedTagCounts(area: TagCountArea): Promise<TagCount[] | null> {
  try {
    return coerceTagCounts((await area.get(TAG_COUNTS_KEY))[TAG_COUNTS_KEY]);
  } catch {
    return null;
  }
}

/** Stores `counts` for the next visit; a failed write only costs the next visit its head start. */
export async function writeCachedTagCounts(
  area: TagCountArea,
  counts: readonly TagCount[],
): Promise<void> {
  try {
    await area.set({ [TAG_COUNTS_KEY]: counts.map(({ tag, count }) => [tag, count]) });
  } catch {
    // Nothing to tell the reader: the page shows the right counts either way.
  }
}

/** `[tag, count]` pairs (half the bytes of objects) back into counts; null unless all valid. */
function coerceTagCounts(value: unknown): TagCount[] | null {
  if (!Array.isArray(value)) return null;
  const counts: TagCount[] = [];
  for (const pair of value as unknown[]) {
    if (!Array.isArray(pair) || pair.length !== 2) return null;
    const [tag, count] = pair as unknown[];
    if (typeof tag !== 'string' || !Number.isSafeInteger(count) || (count as number) < 0) {
      return null;
    }
    counts.push({ tag, count: count as number });
  }
  return counts;
}
