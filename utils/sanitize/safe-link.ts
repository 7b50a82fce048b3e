import { safeHttpUrl } from '../feed/safe-url';

/**
 * Resolves a link from a summary against the post's URL; null unless the result is http,
 * https or mailto (so `javascript:`, `data:`, `blob:`, `file:` and friends are dropped, and
 * so is `https://dev.to@evil.example/`, whose user part disguises the real host).
 */
export function safeLinkUrl(raw: string, base: string | null): string | null {
  const mailto = /^\s*mailto:/i.test(raw) ? parseAbsolute(raw) : null;
  if (mailto) return mailto.protocol === 'mailto:' ? mailto.href : null;
  return safeHttpUrl(raw, base);
}

/** Image sources: http and https only, resolved against the post's URL. */
export function safeImageUrl(raw: string, base: string | null): string | null {
  return safeHttpUrl(raw, base);
}

function parseAbsolute(raw: string): URL | null {
  try {
    return new URL(raw.trim());
  } catch {
    return null;
  }
}
