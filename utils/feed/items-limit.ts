import type { FeedParseResult } from './feed-error';
import { feedFailure } from './feed-failure';
import { MAX_FEED_ITEMS } from './feed-limits';

/**
 * The `too-many-items` failure when a feed holds more than MAX_FEED_ITEMS items, else null.
 * Checked on the raw count, before any item is built.
 */
export function checkItemCount(count: number): FeedParseResult | null {
  if (count <= MAX_FEED_ITEMS) return null;
  return feedFailure('too-many-items', `it has ${count}`);
}
