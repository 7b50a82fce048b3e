import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FLOOR_PAGE,
  launchBench,
  prepareBenchExtension,
  type BenchBrowser,
} from '../tests/harness/bench-extension';
import { DEV_FEED } from '../tests/harness/dev-feed-builder';
import { SEEDED_POST_PREFIX, seedCopiesOfStoredPosts } from '../tests/harness/edit-stored-posts';
import { waitForValue } from '../tests/harness/extension';
import { rssWithEtag, startFeedServer, type FeedServer } from '../tests/harness/feed-server';
import { storedPostCount } from '../tests/harness/stored-posts';
import { BENCH_FILTERS } from './lib/bench-filters';
import { bundleModule } from './lib/module-bundle';
import { recordRows } from './lib/rows';
import { pairedRatios, summarize } from './lib/stats';

// Counts with filters on, in the worker: the badge's count (`countUnread` with the filters,
// as after a poll or Mark all read) at 5,000 unread posts, timed inside the extension's
// worker with the extension's own code (bundled and evaluated there). Each round first
// changes a post's read state (the kept counts move with it; that write is timed too), then
// counts, side by side: the count without filters (an index count, no post read: the floor),
// every unread facet read (as before the kept counts), a recount (what the first count after
// a filter change costs) and, in a few rounds, a cursor over every full record (as before the
// facets store).
const POSTS = 5000;
const WARMUP_ROUNDS = 3;
const ROUNDS = 30;
/** The oldest count takes seconds on a loaded machine: a few rounds of it tell enough. */
const FROM_POSTS_ROUNDS = 5;
const COUNTS_GLOBAL = 'RadarCounts';

type CountName = 'filtered' | 'unfiltered' | 'fromFacets' | 'recount' | 'fromPosts';

interface CountTimings extends Record<CountName, number[]> {
  /** A post marked read or unread (one transaction, its counts moved with it). */
  change: number[];
  counts: Record<CountName, number>;
}

/** Runs in the worker: a read-state change, then the counts in rotating order, each round. */
async function timeCounts(options: {
  global: string;
  filters: unknown;
  changedPostId: string;
  warmup: number;
  rounds: number;
  fromPostsRounds: number;
}): Promise<CountTimings> {
  type Accept = (post: unknown) => boolean;
  const m = (globalThis as unknown as Record<string, Record<string, CallableFunction>>)[
    options.global
  ]!;
  const db = (await m.openRadarDb!()) as { close(): void };
  const rule = m.compileVisibility!(options.filters) as unknown;
  const accept = m.visibleOnly!(rule) as Accept;
  const count = (value: unknown) => (typeof value === 'number' ? value : -1);
  const runs: Record<CountName, () => Promise<number>> = {
    filtered: async () => count(await m.countUnread!(db, rule)),
    unfiltered: async () => count(await m.countUnread!(db)),
    fromFacets: async () => count(await m.countUnreadFromFacets!(db, accept)),
    recount: async () =>
      ((await m.recountUnread!(db, rule)) as { all: { visible: number } }).all.visible,
    fromPosts: async () => count(await m.countUnreadFromPosts!(db, accept)),
  };
  const names = Object.keys(runs) as CountName[];
  // Warm-up runs the old counts too: the first read of the records pays for opening them.
  const timings: CountTimings = {
    filtered: [],
    unfiltered: [],
    fromFacets: [],
    recount: [],
    fromPosts: [],
    change: [],
    counts: { filtered: 0, unfiltered: 0, fromFacets: 0, recount: 0, fromPosts: 0 },
  };
  for (let round = 0; round < options.warmup + options.rounds; round++) {
    const measured = round >= options.warmup;
    // Read on even rounds, unread again on odd ones: the post count stays where it was.
    let t0 = performance.now();
    await m.setPostRead!(db, options.changedPostId, round % 2 === 0, Date.now());
    if (measured) timings.change.push(performance.now() - t0);
    for (let i = 0; i < names.length; i++) {
      const name = names[(round + i) % names.length]!;
      if (name === 'fromPosts' && round >= options.warmup + options.fromPostsRounds) continue;
      t0 = performance.now();
      timings.counts[name] = await runs[name]();
      const ms = performance.now() - t0;
      if (measured) timings[name].push(ms);
    }
    // Every way of counting agrees, after every change.
    const { filtered, fromFacets, recount } = timings.counts;
    if (filtered !== fromFacets || filtered !== recount) {
      throw new Error(`counts disagree in round ${round}: ${JSON.stringify(timings.counts)}`);
    }
  }
  // Unread again, as seeded, and counted so: the caller checks the counts against the seed.
  await m.setPostRead!(db, options.changedPostId, false, Date.now());
  timings.counts.filtered = await runs.filtered();
  timings.counts.unfiltered = await runs.unfiltered();
  timings.counts.fromPosts = await runs.fromPosts();
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
      // A copy, not one of the fixture's posts: visible under the bench's filters or not,
      // its change moves the counts all the same (the loop checks they agree).
      changedPostId: `${SEEDED_POST_PREFIX}post-100`,
      warmup: WARMUP_ROUNDS,
      rounds: ROUNDS,
      fromPostsRounds: FROM_POSTS_ROUNDS,
    });
    expect(timings.counts.unfiltered).toBe(POSTS);
    expect(timings.counts.filtered).toBe(timings.counts.fromPosts);
    expect(timings.counts.filtered).toBeLessThan(POSTS);

    const filtered = summarize(timings.filtered);
    const vsFloor = summarize(pairedRatios(timings.filtered, timings.unfiltered));
    const median = (name: keyof typeof timings) =>
      summarize(timings[name] as number[]).median.toFixed(1);
    recordRows('counts', [
      {
        section: 'Counts',
        name: `5,000 unread posts, no filter (an index count, reads no post)`,
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
        note: `reads the counts kept as posts change; ${timings.counts.filtered} counted; the read-state change before it, counts moved with it: ${median('change')} ms; as before, every unread facet: ${median('fromFacets')} ms; the full records: ${median('fromPosts')} ms; after a filter change (one recount): ${median('recount')} ms`,
        details: timings,
      },
    ]);
  });
});
