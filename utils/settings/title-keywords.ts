import type { Translator } from '../i18n/translator';
import type { Settings } from './settings';

/** Longer than any sensible phrase; keeps one paste from eating the sync quota. */
export const KEYWORD_MAX_LENGTH = 80;

export type KeywordInput = { ok: true; keyword: string } | { ok: false; error: string };

/**
 * Checks a keyword typed on the options page: trimmed, inner whitespace collapsed (matching
 * treats any run of spaces alike), not empty, not too long, not already listed (ignoring case).
 */
export function parseKeywordInput(
  text: string,
  existing: readonly string[],
  t: Translator,
): KeywordInput {
  const keyword = text.trim().replace(/\s+/g, ' ');
  if (!keyword) return { ok: false, error: t('keywordInputEmpty') };
  if (keyword.length > KEYWORD_MAX_LENGTH) {
    return { ok: false, error: t('keywordInputTooLong', { max: KEYWORD_MAX_LENGTH }) };
  }
  const lower = keyword.toLowerCase();
  if (existing.some((known) => known.toLowerCase() === lower)) {
    return { ok: false, error: t('keywordInputListed', { keyword }) };
  }
  return { ok: true, keyword };
}

/** New settings with `keyword` appended (callers validate it with `parseKeywordInput`). */
export function addTitleKeyword(settings: Settings, keyword: string): Settings {
  return { ...settings, titleKeywords: [...settings.titleKeywords, keyword] };
}

/** New settings without `keyword` (exact spelling, as listed). */
export function removeTitleKeyword(settings: Settings, keyword: string): Settings {
  return { ...settings, titleKeywords: settings.titleKeywords.filter((k) => k !== keyword) };
}
