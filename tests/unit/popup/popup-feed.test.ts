import { describe, expect, it } from 'vitest';
import { DEV_RUST_FEED } from '@/utils/poll/run-poll-cycle';
import { POPUP_FEED_URL } from '@/utils/popup/popup-feed';

describe('POPUP_FEED_URL', () => {
  it('is the feed the worker polls', () => {
    expect(POPUP_FEED_URL).toBe(DEV_RUST_FEED.url);
  });
});
