import { normalizeTag } from '../settings/coerce-settings';

/** DEV caps tags at 30 characters; a little slack for other sources. */
export const TAG_MAX_LENGTH = 40;

export type TagInput = { ok: true; tag: string } | { ok: false; error: string };

/**
 * Checks a tag typed into "Add a tag": a leading # is dropped (people copy `#rust`),
 * the rest normalized like every tag. Tags are single words on DEV, so spaces are refused.
 */
export function parseTagInput(text: string, listed: readonly string[]): TagInput {
  const tag = normalizeTag(text.trim().replace(/^#+/, ''));
  if (!tag) return { ok: false, error: 'Type a tag first.' };
  if (/\s/.test(tag)) return { ok: false, error: 'A tag is one word, without spaces.' };
  if (tag.length > TAG_MAX_LENGTH) {
    return { ok: false, error: `A tag has at most ${TAG_MAX_LENGTH} characters.` };
  }
  if (listed.includes(tag)) return { ok: false, error: `“${tag}” is already listed.` };
  return { ok: true, tag };
}
