import type { FeedErrorCode, FeedParseResult } from './feed-error';

/**
 * What users read for each failure. Kept next to the codes so every code has exactly one
 * sentence, and the parser never shows a library's internal wording on its own.
 */
const MESSAGES: Record<FeedErrorCode, string> = {
  'empty-body': 'The server sent an empty response instead of a feed.',
  'too-large': 'The feed is too large to read (over 5 MB).',
  'too-many-items': 'The feed lists too many posts to read (over 1,000).',
  'entity-expansion':
    'The feed was not read because it defines entities that could expand without bound.',
  'html-not-feed':
    'The server sent a web page instead of a feed — maybe a login or captive portal.',
  'malformed-xml': 'The feed is not valid XML.',
  'unknown-format': 'The document is not an RSS, Atom, RDF or JSON feed.',
};

/**
 * Builds the failed result for `code`. `detail` (e.g. "line 3: unclosed tag") is appended in
 * parentheses to the fixed sentence, so a message always starts the same way per code.
 */
export function feedFailure(code: FeedErrorCode, detail?: string): FeedParseResult {
  const base = MESSAGES[code];
  const message = detail ? `${base.slice(0, -1)} (${detail}).` : base;
  return { ok: false, error: { code, message } };
}
