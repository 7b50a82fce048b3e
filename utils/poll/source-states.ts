import { getFeedState, putFeedState } from '../db/feed-state';
import type { RadarDb } from '../db/open-db';
import type { FeedState } from '../db/schema';
import type { Source } from '../sources/source';

/** Each source's feed state (kept by feed URL), by source id. */
export async function loadSourceStates(
  db: RadarDb,
  sources: readonly Source[],
): Promise<Map<string, FeedState>> {
  const states = await Promise.all(sources.map((source) => getFeedState(db, source.feedUrl)));
  return new Map(sources.map((source, i) => [source.id, states[i]!]));
}

/**
 * Notes in each skipped source's state that it waits for its host permission, so the options
 * page and popup can say so. Its schedule and failure count stay as they are.
 */
export async function markNeedsPermission(
  db: RadarDb,
  sources: readonly Source[],
  states: Map<string, FeedState>,
): Promise<void> {
  for (const source of sources) {
    const state = states.get(source.id);
    if (!state || state.needsPermission === true) continue;
    const marked: FeedState = { ...state, sourceId: source.id, needsPermission: true };
    await putFeedState(db, marked);
    states.set(source.id, marked);
  }
}
