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
