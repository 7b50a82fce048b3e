import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { corpusFeedBytes, corpusMissingReason } from '../../tests/harness/shared-corpus';

export interface BenchFeed {
  /** File name without folder, e.g. "dev-to-rust.rss.xml". */
  name: string;
  bytes: Uint8Array;
  contentType: string;
  feedUrl: string;
}

const FIXTURES = resolve(__dirname, '../../tests/fixtures');

/**
 * The DEV fixture and the largest feeds of the shared corpus (../shared/corpus), served as
 * their servers would label them. Where the corpus is absent, the DEV fixture alone: the
 * corpus rows are left out and the bench says why (`corpusMissingReason`).
 */
export function loadBenchFeeds(): BenchFeed[] {
  const dev: BenchFeed = {
    name: 'dev-to-rust.rss.xml',
    bytes: new Uint8Array(readFileSync(resolve(FIXTURES, 'dev-to-rust.rss.xml'))),
    contentType: 'application/rss+xml; charset=utf-8',
    feedUrl: 'https://dev.to/feed/tag/rust',
  };
  if (corpusMissingReason) {
    console.warn(`bench: corpus feeds left out of the parse rows (${corpusMissingReason})`);
    return [dev];
  }
  const feed = (name: string, contentType: string, feedUrl: string): BenchFeed => ({
    name,
    bytes: corpusFeedBytes(name),
    contentType,
    feedUrl,
  });
  return [
    dev,
    feed(
      'blog-elijahpotter-rust-large.rss.xml',
      'application/rss+xml',
      'https://elijahpotter.dev/rss.xml',
    ),
    feed('planet-clojure.atom.xml', 'application/atom+xml', 'https://planet.clojure.in/atom.xml'),
    feed('eliotjones-utf16-declared.rss.xml', 'application/rss+xml', 'https://eliot-jones.com/rss'),
    feed('rust-blog.atom.xml', 'application/atom+xml', 'https://blog.rust-lang.org/feed.xml'),
  ];
}

export const PARSE_WARMUP_RUNS = 3;
/** At least this many timed runs per feed… */
export const PARSE_MIN_RUNS = 15;
/** …and more until this much time went into the feed (small feeds get more runs). */
export const PARSE_MIN_MS = 1500;
/** Never more than this many. */
export const PARSE_MAX_RUNS = 150;

/** "1.27 MB, 92 items" */
export function describeFeed(bytes: number, items: number): string {
  return `${(bytes / 1e6).toFixed(2)} MB, ${items} items`;
}
