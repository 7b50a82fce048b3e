/**
 * Query parameters that say how a reader arrived, never which page: campaign tags
 * (`utm_source`, `utm_medium`, …), DEV's and others' `ref`, and the click ids ad networks
 * append. Dropped so a link shared by two feeds compares equal.
 */
const TRACKING_PARAMETER = /^(?:utm_.*|ref|ref_src|fbclid|gclid|mc_cid|mc_eid)$/i;

/**
 * The form of a post URL two feeds agree on, for finding the same article twice — a key,
 * not a link to open:
 * - http and https are the same page (`https://` in the key);
 * - host lower-case, without `www.` and without a default port;
 * - no `#fragment`, no tracking parameters; the other parameters kept (they choose the page:
 *   `?id=42`), sorted so their order does not matter;
 * - the path as written (paths are case-sensitive) but without a trailing slash, so
 *   `/posts/1/` and `/posts/1` agree; the root stays `/`.
 * @returns null when `url` is not an absolute http(s) URL.
 */
export function canonicalUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  const host = parsed.hostname.replace(/^www\./, '');
  const port =
    parsed.port === '' || parsed.port === '443' || parsed.port === '80' ? '' : `:${parsed.port}`;
  const path = parsed.pathname.length > 1 ? parsed.pathname.replace(/\/+$/, '') || '/' : '/';
  const kept = [...parsed.searchParams].filter(([name]) => !TRACKING_PARAMETER.test(name));
  // Sort by name only: Array#sort is stable, so repeated names keep their relative order.
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = kept.length > 0 ? `?${new URLSearchParams(kept).toString()}` : '';
  return `https://${host}${port}${path}${query}`;
}
