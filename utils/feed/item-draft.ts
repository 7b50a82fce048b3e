/**
 * What a format normalizer reads out of one item, before the shared rules (URL safety, ids,
 * plain text, dates, bounds, stats) turn it into a `FeedItem`. Strings are raw feed text, with
 * XML already decoded; '' means absent.
 */
export interface ItemDraft {
  /** guid, Atom id, JSON Feed id or rdf:about. */
  feedId: string;
  /** Possible post URLs, best first, possibly relative; the first safe one wins. */
  urlCandidates: readonly string[];
  /** Base for relative URLs: the feed URL, or the `xml:base` in force. */
  baseUrl: string;
  /** Title as found; may hold markup and character references. */
  title: string;
  /** Display name(s), already plain. */
  author: string;
  /** Date text in any format `parseFeedDate` knows. */
  date: string;
  /** Category labels as found. */
  tags: readonly string[];
  /** The short form of the body, as HTML. */
  summaryHtml: string;
  /** The `xml:base` for relative URLs inside the summary, or null when none was given. */
  summaryBaseUrl: string | null;
  /** The longest form of the body, as HTML, for reading time and code detection. */
  fullHtml: string;
}
