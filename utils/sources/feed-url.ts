/** Longer URLs are refused: no real feed needs one, and sources are kept in synced storage. */
export const MAX_FEED_URL_LENGTH = 2048;

export type FeedUrlProblem =
  'url-empty' | 'url-invalid' | 'url-scheme' | 'url-credentials' | 'url-too-long';

export type FeedUrlResult = { ok: true; url: string } | { ok: false; code: FeedUrlProblem };

/**
 * Checks and normalizes a feed address typed or imported by the user:
 * - absolute `http:` or `https:` only (no relative, `feed:`, `file:`, `javascript:` …);
 * - no `user:password@`: the extension sends no credentials, and they can disguise the real
 *   host (`https://dev.to@evil.example/`);
 * - normalized by the URL parser (lower-case scheme and host, punycode, default port and dot
 *   segments removed) and without its `#fragment`, which never reaches the server.
 * Path and query are kept as written: they choose the feed.
 */
export function normalizeFeedUrl(input: string): FeedUrlResult {
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, code: 'url-empty' };
  if (trimmed.length > MAX_FEED_URL_LENGTH) return { ok: false, code: 'url-too-long' };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, code: 'url-invalid' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { ok: false, code: 'url-scheme' };
  if (url.username !== '' || url.password !== '') return { ok: false, code: 'url-credentials' };
  if (url.hostname === '') return { ok: false, code: 'url-invalid' };
  url.hash = '';
  if (url.href.length > MAX_FEED_URL_LENGTH) return { ok: false, code: 'url-too-long' };
  return { ok: true, url: url.href };
}
