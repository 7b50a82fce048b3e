import { beforeAll, describe, expect, it } from 'vitest';
import type { FeedParseResult } from '../../../utils/feed/feed-failure';
import { parseFeed } from '../../../utils/feed/parse-feed';
import type { FeedItem } from '../../../utils/feed/post';
import { findCuratedSource } from '../../../utils/sources/curated-sources';
import { readFixtureBytes } from '../feed/read-fixture';
import { corpusFeedBytes, describeWithCorpus, itWithCorpus } from '../../harness/shared-corpus';
import { feedErrorText } from '../feed/feed-error-text';

// Real documents of each curated source's format, parsed at the curated feed URL, as the
// poller will. Where the format carries categories, they must come out as tags (the tag
// filters and the popup's chips depend on them).

const NOW = Date.parse('2026-07-08T00:00:00Z');

function itemsOf(result: FeedParseResult): FeedItem[] {
  if (!result.ok)
    throw new Error(`expected a feed, got ${result.error.code}: ${feedErrorText(result.error)}`);
  return result.items;
}

/** `corpus/<file>` is a real feed in ../shared/corpus/feeds; anything else is our own fixture. */
const fromCorpus = (fixture: string) => fixture.startsWith('corpus/');

function parseAs(fixture: string, feedUrl: string): FeedItem[] {
  const bytes = fromCorpus(fixture)
    ? corpusFeedBytes(fixture.slice('corpus/'.length))
    : readFixtureBytes(fixture);
  return itemsOf(parseFeed(bytes, { feedUrl, now: NOW }));
}

const curatedUrl = (id: string) => findCuratedSource(id)!.feedUrl;

interface Case {
  source: string;
  fixture: string;
  /** Posts expected (the MANIFEST's item count). */
  count: number;
  /** Tags of every post (null: not the same for all). */
  tags: string[] | null;
  /** Every post URL starts with this. */
  urlPrefix: string;
}

const CASES: Case[] = [
  {
    // The Rust Blog's template writes no <category>: no tags, the title filters still work.
    source: 'curated:rust-blog',
    fixture: 'corpus/rust-blog.atom.xml',
    count: 10,
    tags: [],
    urlPrefix: 'https://blog.rust-lang.org/20',
  },
  {
    source: 'curated:inside-rust',
    fixture: 'corpus/inside-rust.atom.xml',
    count: 10,
    tags: [],
    urlPrefix: 'https://blog.rust-lang.org/inside-rust/',
  },
  {
    // Atom <category term="rust" label="r/rust"/>: the term is the tag.
    source: 'curated:reddit-rust',
    fixture: 'corpus/reddit-rust.atom.xml',
    count: 1,
    tags: ['rust'],
    urlPrefix: 'https://www.reddit.com/r/rust/comments/',
  },
  {
    // Discourse's latest.rss shape: one <category> per topic, the topic's category name.
    source: 'curated:rust-users-forum',
    fixture: 'corpus/discourse-ardour-blog.rss.xml',
    count: 25,
    tags: ['blog'],
    urlPrefix: 'https://discourse.ardour.org/t/',
  },
  {
    // Lobsters' stories.rss.builder shape: one <category> per Lobsters tag.
    source: 'curated:lobsters-rust',
    fixture: 'sources/lobsters-rust-shape.rss.xml',
    count: 3,
    tags: null,
    urlPrefix: 'https://',
  },
];

for (const { source, fixture, count, tags, urlPrefix } of CASES) {
  const describeCase = fromCorpus(fixture) ? describeWithCorpus : describe;
  describeCase(`${source} (${fixture})`, () => {
    // Parsed before the tests, not while they are collected: a skipped corpus case reads nothing.
    let items: FeedItem[] = [];
    beforeAll(() => {
      items = parseAs(fixture, curatedUrl(source));
    });

    it(`gives ${count} posts with URL, title and date`, () => {
      expect(items).toHaveLength(count);
      for (const item of items) {
        expect(item.url.startsWith(urlPrefix), item.url).toBe(true);
        expect(item.title).not.toBe('');
        expect(Number.isNaN(Date.parse(item.publishedAt))).toBe(false);
      }
    });

    it('names an author for every post', () => {
      for (const item of items) expect(item.author, item.url).not.toBe('');
    });

    if (tags !== null) {
      it(`tags every post ${JSON.stringify(tags)}`, () => {
        for (const item of items) expect(item.tags).toEqual(tags);
      });
    }
  });
}

describe('feed shapes the curated list relies on', () => {
  itWithCorpus(
    'reads Reddit’s current full-size feed (25 entries, each tagged with its subreddit)',
    () => {
      const items = parseAs(
        'corpus/reddit-homelab-new.atom.xml',
        'https://www.reddit.com/r/homelab/new/.rss',
      );
      expect(items).toHaveLength(25);
      for (const item of items) expect(item.tags).toEqual(['homelab']);
    },
  );

  it('keeps every Lobsters tag of a story, in feed order', () => {
    const items = parseAs(
      'sources/lobsters-rust-shape.rss.xml',
      curatedUrl('curated:lobsters-rust'),
    );
    expect(items.map((item) => item.tags)).toEqual([
      ['rust', 'release'],
      ['rust'],
      ['ask', 'rust'],
    ]);
    // <link> is the story itself; the guid is the Lobsters page.
    expect(items[0]!.url).toBe('https://blog.rust-lang.org/2026/06/30/Rust-1.96.1/');
    expect(items[0]!.id).toBe('https://lobste.rs/s/aaaaaa');
    expect(items[0]!.author).toBe('blog.rust-lang.org via example_user');
  });

  itWithCorpus(
    'reads a link aggregator’s RSS whose links leave the site (hnrss, Lobsters-like)',
    () => {
      const items = parseAs('corpus/hnrss-frontpage.rss.xml', 'https://hnrss.org/frontpage');
      expect(items).toHaveLength(20);
      expect(items.some((item) => !item.url.startsWith('https://news.ycombinator.com/'))).toBe(
        true,
      );
      // hnrss writes no <category>; no tags is the honest answer, not an error.
      for (const item of items) expect(item.tags).toEqual([]);
    },
  );

  for (const [fixture, feedUrl, count] of [
    [
      'corpus/github-releases-feed-rs.atom.xml',
      'https://github.com/feed-rs/feed-rs/releases.atom',
      4,
    ],
    ['corpus/github-releases-gulp.atom.xml', 'https://github.com/gulpjs/gulp/releases.atom', 10],
  ] as const) {
    itWithCorpus(`reads a custom GitHub releases feed ${fixture}`, () => {
      const items = parseAs(fixture, feedUrl);
      expect(items).toHaveLength(count);
      // gulp's entry links are relative: they must resolve against the custom feed's URL.
      for (const item of items) expect(item.url.startsWith('https://github.com/')).toBe(true);
    });
  }
});
