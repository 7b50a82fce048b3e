import { english } from '../i18n/english';
import type { PlainMessageKey } from '../i18n/message-key';
import type { Translator } from '../i18n/translator';
import type { FeedError, FeedErrorCode, FeedParseResult } from './feed-error';

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
