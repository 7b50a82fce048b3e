import type { Translator } from '../i18n/translator';
import { normalizeTag } from '../settings/coerce-settings';

/** DEV caps tags at 30 characters; a little slack for other sources. */
export const TAG_MAX_LENGTH = 40;

export type TagInput = { ok: true; tag: string } | { ok: false; error: string };

/**
 * Checks a tag typed into "Add a tag": a leading # is dropped (people copy `#rust`),
 * the rest normalized like every tag. Tags are single words on DEV, so spaces are refused.
 */
export function parseTagInput(text: string, listed: readonly string[], t: Translator): TagInput {
  const tag = normalizeTag(text.trim().replace(/^#+/, ''));
  if (!tag) return { ok: false, error: t('tagInputEmpty') };
  if (/\s/.test(tag)) return { ok: false, error: t('tagInputSpaces') };
  if (tag.length > TAG_MAX_LENGTH) {
    return { ok: false, error: t('tagInputTooLong', { max: TAG_MAX_LENGTH }) };
  }
  if (listed.includes(tag)) return { ok: false, error: t('tagInputListed', { tag }) };
  return { ok: true, tag };
}
