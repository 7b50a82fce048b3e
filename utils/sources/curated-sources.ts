import type { Source } from './source';

/** The syndication format a feed is served in; `parseFeed` reads all of them. */
export type FeedFormat = 'rss2' | 'atom' | 'rdf' | 'json';

/** A Rust feed the extension offers with one switch, checked against its publisher. */
export interface CuratedSource {
  /** `curated:<name>`; never change one, stored posts and state are keyed by it. */
  id: string;
  /** The publication's own name: shown as is, not translated. */
  title: string;
  feedUrl: string;
  homepageUrl: string;
  format: FeedFormat;
  /** The optional host permission to request before the first poll (`host-permissions.ts`). */
  origin: string;
}

/**
 * The curated list. Each entry's comment says where its URL and format were confirmed: the
 * publisher's own source code or a real copy of the feed, not a guess from the site's name.
 * Order is the order the options page offers them in. (Pure: a bundle that imports this
 * module for something else, like the options page's early script, leaves the list out.)
 */
export const CURATED_SOURCES: readonly CuratedSource[] = /* @__PURE__ */ Object.freeze([
  {
    // rust-lang/this-week-in-rust pelicanconf.py: FEED_ALL_RSS = 'rss.xml' (FEED_ALL_ATOM =
    // 'atom.xml' also exists), FEED_MAX_ITEMS = 4, RSS_FEED_SUMMARY_ONLY = False; Pelican writes
    // RSS 2.0 (feedgenerator Rss201rev2Feed). Four whole issues: large items, few of them.
    id: 'curated:this-week-in-rust',
    title: 'This Week in Rust',
    feedUrl: 'https://this-week-in-rust.org/rss.xml',
    homepageUrl: 'https://this-week-in-rust.org/',
    format: 'rss2',
    origin: 'https://this-week-in-rust.org/*',
  },
  {
    // rust-lang/blog.rust-lang.org templates/feed.xml (Atom 1.0, self link
    // `{section.path}feed.xml`, no <category>) and the published feed.xml; the corpus copy
    // ../shared/corpus/feeds/rust-blog.atom.xml has rel="self" https://blog.rust-lang.org/feed.xml.
    id: 'curated:rust-blog',
    title: 'Rust Blog',
    feedUrl: 'https://blog.rust-lang.org/feed.xml',
    homepageUrl: 'https://blog.rust-lang.org/',
    format: 'atom',
    origin: 'https://blog.rust-lang.org/*',
  },
  {
    // Same template, section `inside-rust/`: rust-lang/blog.rust-lang.org inside-rust/feed.xml
    // (gh-pages), rel="self" https://blog.rust-lang.org/inside-rust/feed.xml (corpus copy).
    id: 'curated:inside-rust',
    title: 'Inside Rust',
    feedUrl: 'https://blog.rust-lang.org/inside-rust/feed.xml',
    homepageUrl: 'https://blog.rust-lang.org/inside-rust/',
    format: 'atom',
    origin: 'https://blog.rust-lang.org/*',
  },
  {
    // discourse/discourse config/routes.rb: get "latest.rss" => "list#latest_feed", format:
    // :rss; app/views/list/list.rss.erb renders RSS 2.0 with one <category> per topic (see
    // ../shared/corpus/feeds/discourse-ardour-blog.rss.xml, same generator).
    id: 'curated:rust-users-forum',
    title: 'Rust Users Forum',
    feedUrl: 'https://users.rust-lang.org/latest.rss',
    homepageUrl: 'https://users.rust-lang.org/',
    format: 'rss2',
    origin: 'https://users.rust-lang.org/*',
  },
  {
    // feed-rs/feed-rs fixture atom_example_reddit.xml (corpus reddit-rust.atom.xml): a real
    // r/rust feed, Atom despite the .rss name, rel="self" https://www.reddit.com/r/rust/.rss,
    // <category term="rust" label="r/rust"/> per entry. The "hot" listing: fewer, voted posts.
    id: 'curated:reddit-rust',
    title: 'r/rust',
    feedUrl: 'https://www.reddit.com/r/rust/.rss',
    homepageUrl: 'https://www.reddit.com/r/rust/',
    format: 'atom',
    origin: 'https://www.reddit.com/*',
  },
  {
    // lobsters/lobsters app/controllers/home_controller.rb single_tag: rss_link "RSS 2.0",
    // href "/t/#{tag}.rss"; app/views/home/stories.rss.builder: RSS 2.0, one <category> per
    // tag, <link> is the story's own URL (so cross-posts dedupe by URL), <ttl>120</ttl>.
    id: 'curated:lobsters-rust',
    title: 'Lobsters #rust',
    feedUrl: 'https://lobste.rs/t/rust.rss',
    homepageUrl: 'https://lobste.rs/t/rust',
    format: 'rss2',
    origin: 'https://lobste.rs/*',
  },
]);

/** The curated entry with this id, or undefined. */
export function findCuratedSource(id: string): CuratedSource | undefined {
  return CURATED_SOURCES.find((curated) => curated.id === id);
}

/** The curated entry whose feed is `feedUrl` (normalized), or undefined. */
export function findCuratedByFeedUrl(feedUrl: string): CuratedSource | undefined {
  return CURATED_SOURCES.find((curated) => curated.feedUrl === feedUrl);
}

/** A curated entry as a user's source; off until the user switches it on (and grants access). */
export function curatedToSource(curated: CuratedSource, enabled = false): Source {
  return {
    id: curated.id,
    kind: 'curated',
    title: curated.title,
    feedUrl: curated.feedUrl,
    homepageUrl: curated.homepageUrl,
    enabled,
  };
}
