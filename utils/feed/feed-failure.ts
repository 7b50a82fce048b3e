import { english } from '../i18n/english';
import type { PlainMessageKey } from '../i18n/message-key';
import type { Translator } from '../i18n/translator';
import type { FeedItem } from './post';
import { MAX_FEED_ITEMS } from './feed-limits';

/** Why a feed body could not be turned into posts. Each code has a user-facing message. */
export type FeedErrorCode =
  | 'empty-body'
  | 'too-large'
  | 'too-many-items'
  | 'entity-expansion'
  | 'html-not-feed'
  | 'malformed-xml'
  | 'unknown-format';

export interface FeedError {
  code: FeedErrorCode;
  /**
   * A sentence a user understands, in English, e.g. "The feed is not valid XML (line 3:
   * unclosed tag)." (`describeFeedParseError` says it in the user's language).
   */
  message: string;
  /** The technical part of the message ("line 3: unclosed tag"), when there is one. */
  detail?: string;
}

export type FeedParseResult =
  { ok: true; title: string; items: FeedItem[] } | { ok: false; error: FeedError };

/**
 * What users read for each failure (public/_locales). Kept next to the codes so every code
 * has exactly one sentence, and the parser never shows a library's internal wording on its own.
 */
const MESSAGE_KEYS: Record<FeedErrorCode, PlainMessageKey> = {
  'empty-body': 'feedErrorEmptyBody',
  'too-large': 'feedErrorTooLarge',
  'too-many-items': 'feedErrorTooManyItems',
  'entity-expansion': 'feedErrorEntityExpansion',
  'html-not-feed': 'feedErrorHtmlNotFeed',
  'malformed-xml': 'feedErrorMalformedXml',
  'unknown-format': 'feedErrorUnknownFormat',
};

/**
 * Builds the failed result for `code`. `detail` (e.g. "line 3: unclosed tag") is appended in
 * parentheses to the fixed sentence, so a message always starts the same way per code. The
 * result's `message` is English (the parser runs without `browser.i18n`); the worker words
 * it for the user with `describeFeedParseError`.
 */
export function feedFailure(code: FeedErrorCode, detail?: string): FeedParseResult {
  const message = describeFeedParseError({ code, detail }, english);
  return { ok: false, error: detail ? { code, message, detail } : { code, message } };
}

/**
 * The failure as a sentence in `t`'s language. The detail stays as the parser found it:
 * technical words, often the XML library's own, that no messages file could list.
 */
export function describeFeedParseError(
  error: Pick<FeedError, 'code' | 'detail'>,
  t: Translator,
): string {
  const problem = t(MESSAGE_KEYS[error.code]);
  return error.detail
    ? t('feedErrorSentenceWithDetail', { problem, detail: error.detail })
    : t('feedErrorSentence', { problem });
}

/**
 * The `too-many-items` failure when a feed holds more than MAX_FEED_ITEMS items, else null.
 * Checked on the raw count, before any item is built.
 */
export function checkItemCount(count: number): FeedParseResult | null {
  if (count <= MAX_FEED_ITEMS) return null;
  return feedFailure('too-many-items', `it has ${count}`);
}
