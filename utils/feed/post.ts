/**
 * A post as the extension knows it, independent of the feed format it came from.
 * Every feed-derived field is a plain string (never a number or object leaked from the XML
 * parser), so storage, filters and the UI can trust their shape.
 */
export interface Post {
  /** Stable id: the feed's guid/id, else its link, else a hash of title + date. Never empty. */
  id: string;
  /** Absolute http(s) URL of the post. Posts without one are dropped by the parser. */
  url: string;
  /** Plain text: entities decoded, tags stripped, whitespace collapsed. */
  title: string;
  /** Display name of the author, '' when the feed names none. */
  author: string;
  /** ISO 8601 UTC timestamp; the first-seen time when the feed gives no usable date. */
  publishedAt: string;
  /** Lower-case, de-duplicated, in feed order. */
  tags: string[];
  /** Raw summary HTML, bounded in size. Untrusted: only ever rendered after sanitizing. */
  summaryHtml: string;
}

/** Figures the parser derives from the full item body before the summary is trimmed. */
export interface PostStats {
  /** Estimated reading time in whole minutes, at least 1. */
  readingMinutes: number;
  /** True when the body holds a Rust code block (DEV marks them `highlight rust`). */
  hasRustCode: boolean;
}

/** What the parser hands to storage. */
export type FeedItem = Post & PostStats;
