import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface BenchFeed {
  /** File name without folder, e.g. "dev-to-rust.rss.xml". */
  name: string;
  bytes: Uint8Array;
  contentType: string;
  feedUrl: string;
}

const FIXTURES = resolve(__dirname, '../../tests/fixtures');

/** The DEV fixture and the largest corpus feeds, served as their servers would label them. */
export function loadBenchFeeds(): BenchFeed[] {
  const feed = (path: string, contentType: string, feedUrl: string): BenchFeed => ({
    name: path.split('/').pop()!,
    bytes: new Uint8Array(readFileSync(resolve(FIXTURES, path))),
    contentType,
    feedUrl,
  });
  return [
    feed(
      'dev-to-rust.rss.xml',
      'application/rss+xml; charset=utf-8',
      'https://dev.to/feed/tag/rust',
    ),
    feed(
      'corpus/blog-elijahpotter-rust-large.rss.xml',
      'application/rss+xml',
      'https://elijahpotter.dev/rss.xml',
    ),
    feed(
      'corpus/planet-clojure.atom.xml',
      'application/atom+xml',
      'https://planet.clojure.in/atom.xml',
    ),
    feed(
      'corpus/eliotjones-utf16-declared.rss.xml',
      'application/rss+xml',
      'https://eliot-jones.com/rss',
    ),
    feed(
      'corpus/rust-blog.atom.xml',
      'application/atom+xml',
      'https://blog.rust-lang.org/feed.xml',
    ),
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
