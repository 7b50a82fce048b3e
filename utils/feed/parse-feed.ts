import { decodeBody } from './decode-body';
import { feedFailure, type FeedParseResult } from './feed-failure';
import { isLargerThan, MAX_FEED_BYTES } from './feed-limits';
import { normalizeJsonFeed } from './normalize-json-feed';
import { isFeedRootName } from './normalize-xml-document';
import { parseXmlFeed } from './parse-xml-feed';
import { sniffDocument } from './sniff-document';

/** Everything `parseFeed` needs besides the body. */
export interface ParseFeedOptions {
  /** URL the feed was fetched from; resolves relative links. */
  feedUrl: string;
  /** Content-Type header value, if any (charset + sniffing hints). */
  contentType?: string | null;
  /** Clock, ms since epoch: the first-seen time for items without a usable date. */
  now: number;
}

const HTML_CONTENT_TYPE = /^\s*(?:text\/html|application\/xhtml\+xml)\b/i;

/**
 * Turns a fetched feed body — RSS 2.0/0.9x, RSS 1.0/0.90 (RDF), Atom 1.0 or JSON Feed 1.x —
 * into posts. Never throws: every failure, expected or not, comes back as a typed error.
 * A feed with no items is a success with `items: []`.
 *
 * Limits: bodies over MAX_FEED_BYTES (5 MiB), feeds over MAX_FEED_ITEMS (1,000) items and
 * documents whose entities could expand without bound are refused; summaries are cut to
 * MAX_SUMMARY_HTML_CHARS.
 * @param body the raw bytes (decoded per `contentType`, XML declaration, BOM) or text.
 */
export function parseFeed(body: Uint8Array | string, options: ParseFeedOptions): FeedParseResult {
  try {
    return parseFeedOrThrow(body, options);
  } catch (error) {
    // A bug or an engine limit (say, a stack overflow on a pathological document) must not
    // take down the poll loop.
    return feedFailure('unknown-format', `unexpected error: ${String(error)}`);
  }
}

function parseFeedOrThrow(body: Uint8Array | string, options: ParseFeedOptions): FeedParseResult {
  if (isLargerThan(body, MAX_FEED_BYTES)) return feedFailure('too-large');
  const text = typeof body === 'string' ? withoutBom(body) : decodeBody(body, options.contentType);
  const context = { feedUrl: options.feedUrl, now: options.now };

  const sniffed = sniffDocument(text);
  switch (sniffed.kind) {
    case 'empty':
      return feedFailure('empty-body');
    case 'html':
      return feedFailure('html-not-feed');
    case 'json':
      return normalizeJsonFeed(text, context);
    case 'xml':
      // Servers mislabel feeds as text/html, so the label alone does not condemn a real feed.
      if (HTML_CONTENT_TYPE.test(options.contentType ?? '') && !isFeedRootName(sniffed.rootName)) {
        return feedFailure('html-not-feed');
      }
      return parseXmlFeed(text, sniffed.internalSubset, context);
  }
}

function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
