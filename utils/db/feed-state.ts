import type { Source } from '../sources/source';
import type { RadarDb } from './open-db';
import type { FeedState } from './schema';

/** The state of a feed never polled before. */
export function emptyFeedState(url: string): FeedState {
  return {
    url,
    etag: null,
    lastModified: null,
    lastAttemptAt: null,
    lastSuccessAt: null,
    lastError: null,
    consecutiveFailures: 0,
    nextPollAt: null,
  };
}

export async function getFeedState(db: RadarDb, url: string): Promise<FeedState> {
  return (await db.get('feeds', url)) ?? emptyFeedState(url);
}

export async function putFeedState(db: RadarDb, state: FeedState): Promise<void> {
  await db.put('feeds', state);
}

/**
 * Every stored feed state (one per feed URL ever polled), for showing which source failed:
 * match them to sources by `feedUrl` (or `sourceId` once a source has been polled).
 */
export async function listFeedStates(db: RadarDb): Promise<FeedState[]> {
  return db.getAll('feeds');
}

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
