/**
 * DEV tags as forem (the software behind dev.to) accepts them: ASCII letters and digits only,
 * at most 30 characters, stored lower-case (forem `app/models/tag.rb`, `validate_name`).
 */
export const DEV_TAG_MAX_LENGTH = 30;
const DEV_TAG = /^[a-z0-9]+$/;

export type DevTagProblem = 'dev-tag-empty' | 'dev-tag-too-long' | 'dev-tag-invalid';

export type DevTagResult = { ok: true; tag: string } | { ok: false; code: DevTagProblem };

/**
 * Reads a tag as people type it: surrounding spaces and a leading `#` (copied from `#rust`)
 * are dropped and case is folded, since DEV tags are lower-case anyway. Anything else that is
 * not a DEV tag — spaces, dashes, `c++`, non-ASCII letters — is refused, not repaired: a
 * "fixed" tag would silently follow a different feed.
 */
export function parseDevTag(input: string): DevTagResult {
  const tag = input.trim().replace(/^#/, '').toLowerCase();
  if (tag === '') return { ok: false, code: 'dev-tag-empty' };
  if (tag.length > DEV_TAG_MAX_LENGTH) return { ok: false, code: 'dev-tag-too-long' };
  if (!DEV_TAG.test(tag)) return { ok: false, code: 'dev-tag-invalid' };
  return { ok: true, tag };
}

const DEV_HOSTS = new Set(['dev.to', 'www.dev.to']);
/** `/feed/tag/<tag>` (the feed) and `/t/<tag>` (the tag's page), a trailing slash allowed. */
const DEV_TAG_PATH = /^\/(?:feed\/tag|t)\/([^/]+)\/?$/;

/**
 * The DEV tag a URL stands for, or null: `https://dev.to/feed/tag/tokio` and the page people
 * copy from the address bar, `https://dev.to/t/tokio`, both mean the tag `tokio`. Lets "add a
 * feed URL" and OPML import turn DEV tag feeds into `dev-tag` sources (one id per tag, no
 * matter how the URL was written).
 */
export function devTagFromUrl(url: URL): string | null {
  if (url.protocol !== 'https:' || !DEV_HOSTS.has(url.hostname) || url.search !== '') {
    return null;
  }
  const match = DEV_TAG_PATH.exec(url.pathname);
  if (!match) return null;
  const parsed = parseDevTag(match[1]!);
  // A tag DEV itself could never have (`/t/C++`) is not a tag feed; leave the URL alone.
  return parsed.ok && parsed.tag === match[1] ? parsed.tag : null;
}
