import { describe, expect, it } from 'vitest';
import { emptyFeedState, getFeedState, putFeedState } from '../../../utils/db/feed-state';
import { FEED_URL, NOW, openTestDb } from './helpers';

describe('feed state', () => {
  it('is empty for a feed never polled', async () => {
    const db = await openTestDb();

    expect(await getFeedState(db, FEED_URL)).toEqual({
      url: FEED_URL,
      etag: null,
      lastModified: null,
      lastAttemptAt: null,
      lastSuccessAt: null,
      lastError: null,
      consecutiveFailures: 0,
      nextPollAt: null,
    });
  });

  it('reads back what was written, per feed url', async () => {
    const db = await openTestDb();
    const state = {
      ...emptyFeedState(FEED_URL),
      etag: '"abc"',
      lastError: { message: 'DEV did not answer (HTTP 503)', at: NOW, status: 503 },
      consecutiveFailures: 2,
    };

    await putFeedState(db, state);

    expect(await getFeedState(db, FEED_URL)).toEqual(state);
    expect(await getFeedState(db, 'https://example.com/feed')).toEqual(
      emptyFeedState('https://example.com/feed'),
    );
  });
});
