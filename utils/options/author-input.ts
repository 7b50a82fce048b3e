import type { AuthorCount } from './author-counts';

export type AuthorInput = { ok: true; key: string; name: string } | { ok: false; error: string };

/** DEV usernames: letters, digits and underscores (older accounts also have hyphens). */
const USERNAME = /^[a-z0-9_-]+$/;

/**
 * Reads what a user typed into "Mute an author": a DEV username (`@` optional), a profile or
 * post URL, or a display name as suggested from stored posts. The display name comes from
 * stored posts when the author is known, else the username stands in for it.
 */
export function parseAuthorInput(text: string, known: readonly AuthorCount[]): AuthorInput {
  const typed = text.trim();
  if (!typed) return { ok: false, error: 'Type a DEV username or paste a post link first.' };
  const byName = known.find((author) => author.name.toLowerCase() === typed.toLowerCase());
  const key = byName?.key ?? usernameFrom(typed);
  if (!key) {
    return { ok: false, error: `“${typed}” is not a DEV username or a dev.to link.` };
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
