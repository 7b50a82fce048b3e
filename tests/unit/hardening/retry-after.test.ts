import { describe, expect, it } from 'vitest';

// The alarm's side of Retry-After is tested with the planner (tests/unit/schedule/poll-alarm.test.ts).
import { emptyFeedState } from '../../../utils/db/feed-state';
import type { FeedState } from '../../../utils/db/schema';
import { isServerAskingToWait } from '../../../utils/schedule/next-poll';
import { FEED_URL, HOUR, MINUTE, NOW } from '../db/helpers';

function failedWith(status: number | null, nextPollAt: number | null): FeedState {
  return {
    ...emptyFeedState(FEED_URL),
    lastError: { message: 'DEV did not answer', at: NOW - MINUTE, status },
    consecutiveFailures: 1,
    nextPollAt,
  };
}

describe('isServerAskingToWait', () => {
  it.each<{ after: string; state: FeedState; waiting: boolean }>([
    { after: 'a 503 whose wait runs', state: failedWith(503, NOW + HOUR), waiting: true },
    { after: 'a 429 whose wait runs', state: failedWith(429, NOW + 1), waiting: true },
    { after: 'a 503 whose wait is over', state: failedWith(503, NOW), waiting: false },
    {
      after: 'a 500 (our backoff, not the server)',
      state: failedWith(500, NOW + HOUR),
      waiting: false,
    },
    { after: 'a network error', state: failedWith(null, NOW + HOUR), waiting: false },
    {
      after: 'a success',
      state: { ...emptyFeedState(FEED_URL), nextPollAt: NOW + HOUR },
      waiting: false,
    },
    { after: 'no poll yet', state: emptyFeedState(FEED_URL), waiting: false },
    { after: 'a 503 without a next poll time', state: failedWith(503, null), waiting: false },
  ])('after $after: waiting is $waiting', ({ state, waiting }) => {
    expect(isServerAskingToWait(state, NOW)).toBe(waiting);
  });
});
