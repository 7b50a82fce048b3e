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
 * Builds the failed result for `code`, with no words: the worker says it in the reader's
 * language with `describeFeedParseError` (so the worker bundles no English messages file).
 */
export function feedFailure(code: FeedErrorCode, detail?: string): FeedParseResult {
  return { ok: false, error: detail ? { code, detail } : { code } };
}

/**
 * The failure as a sentence in `t`'s language. `detail` (e.g. "line 3: unclosed tag") is
 * appended in parentheses to the fixed sentence, so a message always starts the same way
 * per code. The detail stays as the parser found it:
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
