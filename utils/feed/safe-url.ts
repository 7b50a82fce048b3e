/**
 * Turns a URL found in a feed into one that is safe to open: absolute, http or https, without
 * user:password@ (which can disguise the real host: `https://dev.to@evil.example/`).
 * `javascript:`, `data:`, `file:` and everything else become null.
 */
export function safeHttpUrl(raw: string | undefined, base?: string | null): string | null {
  const url = parseUrl(raw, base);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return null;
  if (url.username || url.password) return null;
  return url.href;
}

/**
 * Resolves `raw` against `base` (the feed URL or an `xml:base`), whatever the scheme, or
 * returns null when it is empty or cannot be parsed. Used for `xml:base` chains, where the
 * result is a base, not a link to open.
 */
export function resolveUrl(raw: string | undefined, base?: string | null): string | null {
  return parseUrl(raw, base)?.href ?? null;
}

function parseUrl(raw: string | undefined, base?: string | null): URL | null {
  const trimmed = raw?.trim();
  if (!trimmed) return null;
  try {
    return new URL(trimmed, base ?? undefined);
  } catch {
    return null;
  }
}
