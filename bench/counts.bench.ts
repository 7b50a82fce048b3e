import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FLOOR_PAGE,
  launchBench,
  prepareBenchExtension,
  type BenchBrowser,
} from '../tests/harness/bench-extension';
import { DEV_FEED } from '../tests/harness/dev-feed-builder';
import { seedCopiesOfStoredPosts } from '../tests/harness/edit-stored-posts';
import { waitForValue } from '../tests/harness/extension';
import { rssWithEtag, startFeedServer, type FeedServer } from '../tests/harness/feed-server';
import { storedPostCount } from '../tests/harness/stored-posts';
import { BENCH_FILTERS } from './lib/bench-filters';
import { bundleModule } from './lib/module-bundle';
import { recordRows } from './lib/rows';
import { pairedRatios, summarize } from './lib/stats';

// Counts with filters on, in the worker: the badge's count (`countUnread` with the filters,
// as after a poll or Mark all read) at 5,000 unread posts, timed inside the extension's
// worker with the extension's own code (bundled and evaluated there). Side by side in each
// round: the count without filters (an index count, no post read: the floor) and the count as
// it was before the facets store (a cursor over every full record).
const POSTS = 5000;
const WARMUP_ROUNDS = 3;
const ROUNDS = 30;
/** The old count takes seconds on a loaded machine: a few rounds of it tell enough. */
const FROM_POSTS_ROUNDS = 5;
const COUNTS_GLOBAL = 'RadarCounts';

interface CountTimings {
  filtered: number[];
  unfiltered: number[];
  fromPosts: number[];
  wholeStore: number[];
  counts: { filtered: number; unfiltered: number; fromPosts: number; wholeStore: number };
}

/** Runs in the worker: the three counts, in rotating order each round. */
async function timeCounts(options: {
  global: string;
  filters: unknown;
  warmup: number;
  rounds: number;
  fromPostsRounds: number;
}): Promise<CountTimings> {
  type Accept = (post: unknown) => boolean;
  const m = (globalThis as unknown as Record<string, Record<string, CallableFunction>>)[
    options.global
  ]!;
  const db = (await m.openRadarDb!()) as { close(): void };
  const accept = m.visibleOnly!(m.compileVisibility!(options.filters)) as Accept;
  const runs = {
    filtered: () => m.countUnread!(db, accept) as Promise<number>,
    unfiltered: () => m.countUnread!(db) as Promise<number>,
    fromPosts: () => m.countUnreadFromPosts!(db, accept) as Promise<number>,
    wholeStore: () => m.countUnreadFromFacetsStore!(db, accept) as Promise<number>,
  };
  const names = Object.keys(runs) as (keyof typeof runs)[];
  // Warm-up runs the old count too: the first read of the records pays for opening them.
  const timings: CountTimings = {
    filtered: [],
    unfiltered: [],
    fromPosts: [],
    wholeStore: [],
    counts: { filtered: 0, unfiltered: 0, fromPosts: 0, wholeStore: 0 },
  };
  for (let round = 0; round < options.warmup + options.rounds; round++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(round + i) % names.length]!;
      if (name === 'fromPosts' && round >= options.warmup + options.fromPostsRounds) continue;
      const t0 = performance.now();
      timings.counts[name] = await runs[name]();
      const ms = performance.now() - t0;
      if (round >= options.warmup) timings[name].push(ms);
    }
  }
  db.close();
  return timings;
}

describe('counts with filters on', () => {
  let server: FeedServer;
  let ext: BenchBrowser;

  beforeAll(async () => {
    server = await startFeedServer();
    server.respondWith(rssWithEtag(DEV_FEED));
    ext = await launchBench(prepareBenchExtension('counts'), server.port);
  });

  afterAll(async () => {
    await ext?.dispose();
    await server?.close();
  });

  it('counts 5,000 unread posts with filters on, in the worker', async () => {
    const page = await ext.context.newPage();
    await page.goto(ext.url(FLOOR_PAGE));
    expect(await waitForValue(() => storedPostCount(page), 12, 30_000)).toBe(12);
    expect(await seedCopiesOfStoredPosts(page, POSTS)).toBe(POSTS);

    await ext.worker.evaluate(await bundleModule('bench/lib/count-entry.ts', COUNTS_GLOBAL));
    const timings = await ext.worker.evaluate(timeCounts, {
      global: COUNTS_GLOBAL,
      filters: BENCH_FILTERS,
      warmup: WARMUP_ROUNDS,
      rounds: ROUNDS,
      fromPostsRounds: FROM_POSTS_ROUNDS,
    });
    expect(timings.counts.unfiltered).toBe(POSTS);
    expect(timings.counts.filtered).toBe(timings.counts.fromPosts);
    expect(timings.counts.filtered).toBeLessThan(POSTS);

    const filtered = summarize(timings.filtered);
    const vsFloor = summarize(pairedRatios(timings.filtered, timings.unfiltered));
    const before = summarize(timings.fromPosts).median;
    recordRows('counts', [
      {
        section: 'Counts',
        name: `5,000 unread posts, no filter (index count: the floor)`,
        unit: 'ms',
        stats: summarize(timings.unfiltered),
        note: 'in the worker',
      },
      {
        section: 'Counts',
        name: `5,000 unread posts, filters on (badge, header count, after Mark all read)`,
        unit: 'ms',
        stats: filtered,
        ratio: { value: vsFloor.median, of: 'no filter', p10: vsFloor.p10, p90: vsFloor.p90 },
        goal: { text: '< 20 ms', met: filtered.median < 20 },
        note: `reads the facets store; ${timings.counts.filtered} counted; reading the full records instead (as before): ${before.toFixed(0)} ms; every facet without the index: ${summarize(timings.wholeStore).median.toFixed(1)} ms`,
        details: timings,
      },
    ]);
  });
});
