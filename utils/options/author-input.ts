import type { Translator } from '../i18n/translator';
import type { AuthorCount } from './author-counts';

export type AuthorInput = { ok: true; key: string; name: string } | { ok: false; error: string };

/** DEV usernames: letters, digits and underscores (older accounts also have hyphens). */
const USERNAME = /^[a-z0-9_-]+$/;

/**
 * Reads what a user typed into "Mute an author": a DEV username (`@` optional), a profile or
 * post URL, or a display name as suggested from stored posts. The display name comes from
 * stored posts when the author is known, else the username stands in for it.
 */
export function parseAuthorInput(
  text: string,
  known: readonly AuthorCount[],
  t: Translator,
): AuthorInput {
  const typed = text.trim();
  if (!typed) return { ok: false, error: t('authorInputEmpty') };
  const byName = known.find((author) => author.name.toLowerCase() === typed.toLowerCase());
  const key = byName?.key ?? usernameFrom(typed);
  if (!key) {
    return { ok: false, error: t('authorInputInvalid', { text: typed }) };
  }
  const name = known.find((author) => author.key === key)?.name ?? key;
  return { ok: true, key, name };
}

function usernameFrom(typed: string): string | null {
  if (/^https?:\/\//i.test(typed)) {
    try {
      const url = new URL(typed);
      if (url.hostname !== 'dev.to' && url.hostname !== 'www.dev.to') return null;
      return checked(url.pathname.split('/')[1] ?? '');
    } catch {
      return null;
    }
  }
  return checked(typed.replace(/^@/, ''));
}

function checked(candidate: string): string | null {
  const username = candidate.toLowerCase();
  return USERNAME.test(username) ? username : null;
}
