import type { Source } from './source';

/**
 * Host access the manifest grants at install (`host_permissions`): DEV only. Every other
 * source's host is an `optional_host_permissions` origin, requested when the user enables the
 * source and given back when no enabled source needs it any more.
 */
export const REQUIRED_ORIGINS: readonly string[] = Object.freeze(['https://dev.to/*']);

/**
 * The match pattern that grants fetching `feedUrl`: `<scheme>://<host>/*`. No port: Chrome
 * treats a missing port as "any port", and Firefox refuses patterns that name one. null when
 * `feedUrl` is not an http(s) URL.
 */
export function originPattern(feedUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(feedUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  return `${url.protocol}//${url.hostname}/*`;
}

/** True when polling `source` needs an optional host permission (its host is not DEV's). */
export function needsOptionalPermission(source: Pick<Source, 'feedUrl'>): boolean {
  const pattern = originPattern(source.feedUrl);
  return pattern !== null && !REQUIRED_ORIGINS.includes(pattern);
}

/**
 * The optional origins the enabled sources need, each once, sorted. This is the set to hold:
 * request it (or the part not yet granted) when sources are enabled; anything granted outside
 * it can be released.
 */
export function originsNeeded(sources: readonly Source[]): string[] {
  const origins = new Set<string>();
  for (const source of sources) {
    if (!source.enabled || !needsOptionalPermission(source)) continue;
    origins.add(originPattern(source.feedUrl)!);
  }
  return [...origins].sort();
}

/**
 * Origins to give back after the list changed from `before` to `after` (a source disabled or
 * removed): needed before, needed by no enabled source now. Two sources on one host (the Rust
 * Blog and Inside Rust) keep the host until both are off.
 */
export function originsToRelease(before: readonly Source[], after: readonly Source[]): string[] {
  const still = new Set(originsNeeded(after));
  return originsNeeded(before).filter((origin) => !still.has(origin));
}
