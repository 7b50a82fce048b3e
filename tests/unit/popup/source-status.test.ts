import { describe, expect, it } from 'vitest';
import { emptyFeedState } from '@/utils/db/feed-state';
import type { FeedState } from '@/utils/db/schema';
import { failingSources, latestSuccessAt, sourceOptions } from '@/utils/popup/source-status';
import { curatedToSource, findCuratedSource } from '@/utils/sources/curated-sources';
import { devTagSource, type Source } from '@/utils/sources/source';

const NOW = Date.parse('2026-05-10T12:00:00Z');
const HOUR = 3_600_000;

const DEV_RUST = devTagSource('rust');
const DEV_TOKIO = devTagSource('tokio');
const REDDIT = curatedToSource(findCuratedSource('curated:reddit-rust')!, true);
const BLOG_OFF = curatedToSource(findCuratedSource('curated:rust-blog')!, false);
const FORUM_OFF = curatedToSource(findCuratedSource('curated:rust-users-forum')!, false);

function state(source: Pick<Source, 'feedUrl'>, fields: Partial<FeedState> = {}): FeedState {
  return { ...emptyFeedState(source.feedUrl), ...fields };
}
const ok = (at: number) => ({ lastAttemptAt: at, lastSuccessAt: at });
const failed = (message: string, status: number | null, nextPollAt: number | null) => ({
  lastAttemptAt: NOW,
  lastError: { message, at: NOW, status },
  nextPollAt,
});

describe('sourceOptions', () => {
  it('offers the enabled sources and those that may still have posts, in the user’s order', () => {
    const options = sourceOptions(
      [DEV_RUST, BLOG_OFF, REDDIT, FORUM_OFF],
      [
        state(DEV_RUST, ok(NOW)),
        // Switched off after a successful poll: its posts are still stored.
        state(BLOG_OFF, ok(NOW - HOUR)),
        // Enabled and never polled yet: offered all the same.
        // Switched off and never polled: nothing of it can be stored.
      ],
    );
    expect(options).toEqual([
      { id: 'dev:rust', title: 'DEV #rust' },
      { id: 'curated:rust-blog', title: 'Rust Blog' },
      { id: 'curated:reddit-rust', title: 'r/rust' },
    ]);
  });

  it('keeps removed sources that were polled, named without their list entry', () => {
    const removedCustom = { feedUrl: 'https://www.example.org/feed.xml' };
    const options = sourceOptions(
      [REDDIT],
      [
        state(REDDIT, ok(NOW)),
        state(DEV_TOKIO, { ...ok(NOW), sourceId: 'dev:tokio' }),
        state(removedCustom, { ...ok(NOW), sourceId: 'custom:feedfacefeedface' }),
        // Written before sources existed: DEV's rust feed, no id stored.
        state(DEV_RUST, ok(NOW - HOUR)),
        // Polled and failed only: no posts of it.
        state(
          { feedUrl: 'https://lobste.rs/t/rust.rss' },
          { sourceId: 'curated:lobsters-rust', ...failed('x', 500, null) },
        ),
      ],
    );
    expect(options).toEqual([
      { id: 'curated:reddit-rust', title: 'r/rust' },
      { id: 'dev:rust', title: 'DEV #rust' },
      { id: 'dev:tokio', title: 'DEV #tokio' },
      { id: 'custom:feedfacefeedface', title: 'example.org' },
    ]);
  });

  it('offers a single source for the DEV-only user (the filter then stays hidden)', () => {
    expect(sourceOptions([DEV_RUST], [state(DEV_RUST, ok(NOW))])).toHaveLength(1);
  });
});

describe('failingSources', () => {
  it('lists every enabled source whose last poll failed, with its reason and retry time', () => {
    const failures = failingSources(
      [DEV_RUST, DEV_TOKIO, REDDIT, BLOG_OFF],
      [
        state(DEV_RUST, failed('DEV did not answer (HTTP 503)', 503, NOW + HOUR)),
        state(DEV_TOKIO, ok(NOW)),
        state(REDDIT, failed('r/rust did not answer (HTTP 500)', 500, NOW + 2 * HOUR)),
        // Off: its old failure is not news.
        state(BLOG_OFF, failed('Rust Blog could not be reached (network error)', null, null)),
      ],
    );
    expect(failures).toEqual([
      {
        sourceId: 'dev:rust',
        title: 'DEV #rust',
        error: { message: 'DEV did not answer (HTTP 503)', at: NOW, status: 503 },
        nextPollAt: NOW + HOUR,
      },
      {
        sourceId: 'curated:reddit-rust',
        title: 'r/rust',
        error: { message: 'r/rust did not answer (HTTP 500)', at: NOW, status: 500 },
        nextPollAt: NOW + 2 * HOUR,
      },
    ]);
  });

  it('is empty when every source is well or not polled yet', () => {
    expect(failingSources([DEV_RUST, REDDIT], [state(DEV_RUST, ok(NOW))])).toEqual([]);
  });
});

describe('latestSuccessAt', () => {
  it('is the newest success of an enabled source', () => {
    const states = [
      state(DEV_RUST, ok(NOW - HOUR)),
      state(REDDIT, ok(NOW - 2 * HOUR)),
      state(BLOG_OFF, ok(NOW)),
    ];
    expect(latestSuccessAt([DEV_RUST, REDDIT, BLOG_OFF], states)).toBe(NOW - HOUR);
    expect(latestSuccessAt([REDDIT], [])).toBeNull();
  });
});
