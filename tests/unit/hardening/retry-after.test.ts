import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyFeedState } from '../../../utils/db/feed-state';
import type { FeedState } from '../../../utils/db/schema';
import { POLL_ALARM, ensurePollAlarm, schedulePollAlarm } from '../../../utils/poll/poll-alarm';
import { isServerAskingToWait } from '../../../utils/poll/schedule';
import { FEED_URL, HOUR, MINUTE, NOW } from '../db/helpers';
import { fakeAlarms } from '../poll/fake-feed';

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

describe('ensurePollAlarm while the server asks to wait', () => {
  it('does not bring the alarm before Retry-After when the interval is shortened', async () => {
    const retryAt = NOW + 3 * HOUR;
    await schedulePollAlarm(fakeAlarms, retryAt, 60);

    await ensurePollAlarm(fakeAlarms, {
      now: NOW,
      nextPollAt: retryAt,
      intervalMinutes: 15,
      notBefore: retryAt,
    });

    expect(await fakeBrowser.alarms.get(POLL_ALARM)).toEqual({
      name: POLL_ALARM,
      scheduledTime: retryAt,
      periodInMinutes: 15,
    });
  });

  it('still shortens the wait for a plain backoff', async () => {
    await schedulePollAlarm(fakeAlarms, NOW + 3 * HOUR, 60);

    await ensurePollAlarm(fakeAlarms, {
      now: NOW,
      nextPollAt: NOW + 3 * HOUR,
      intervalMinutes: 15,
      notBefore: null,
    });

    expect((await fakeBrowser.alarms.get(POLL_ALARM))?.scheduledTime).toBe(NOW + 15 * MINUTE);
  });

  it('recreates a lost alarm no sooner than Retry-After', async () => {
    await ensurePollAlarm(fakeAlarms, {
      now: NOW,
      nextPollAt: NOW + 2 * HOUR,
      intervalMinutes: 15,
      notBefore: NOW + 2 * HOUR,
    });

    expect((await fakeBrowser.alarms.get(POLL_ALARM))?.scheduledTime).toBe(NOW + 2 * HOUR);
  });
});
