import { MAX_RETRY_AFTER_MS } from '../poll/schedule';

/**
 * Per-host rate-limit state: host → the time (ms) before which no source on that host is
 * polled. A plain object so it can be stored as is. One host's 429 delays every feed on that
 * host (they share the server's budget) and no feed anywhere else.
 */
export type HostCooldowns = Readonly<Record<string, number>>;

/** How long a host rests after a 429 that names no `Retry-After`: one default poll interval. */
export const DEFAULT_RATE_LIMIT_COOLDOWN_MS = 15 * 60_000;

/** The key of `feedUrl`'s host in a cooldown map (`www.reddit.com`, `localhost:8080`), or null. */
export function hostKey(feedUrl: string): string | null {
  try {
    const url = new URL(feedUrl);
    return url.host === '' ? null : url.host;
  } catch {
    return null;
  }
}

/**
 * How long the answer asks the whole host to rest, or null when it does not:
 * - 429 Too Many Requests: `Retry-After`, or DEFAULT_RATE_LIMIT_COOLDOWN_MS without one;
 * - 503 with `Retry-After`: the server said when to come back, and it serves all its feeds;
 * - anything else (503 without `Retry-After` included): a problem of that one feed, left to
 *   the feed's own backoff.
 * Capped at MAX_RETRY_AFTER_MS (24 h), like the per-feed schedule: a broken header must not
 * silence a host for weeks.
 */
export function hostCooldownMs(status: number | null, retryAfterMs: number | null): number | null {
  if (status === 429)
    return Math.min(MAX_RETRY_AFTER_MS, retryAfterMs ?? DEFAULT_RATE_LIMIT_COOLDOWN_MS);
  if (status === 503 && retryAfterMs !== null) return Math.min(MAX_RETRY_AFTER_MS, retryAfterMs);
  return null;
}

/** When `feedUrl`'s host may be contacted again, or null when it is not resting. */
export function hostCooldownUntil(cooldowns: HostCooldowns, feedUrl: string): number | null {
  const host = hostKey(feedUrl);
  return host !== null && Object.hasOwn(cooldowns, host) ? cooldowns[host]! : null;
}

/**
 * `cooldowns` with `feedUrl`'s host resting until `until`. A later cooldown already recorded
 * for the host wins: two sources answering 429 in a row must not shorten the wait.
 */
export function withHostCooldown(
  cooldowns: HostCooldowns,
  feedUrl: string,
  until: number,
): HostCooldowns {
  const host = hostKey(feedUrl);
  if (host === null) return cooldowns;
  const current = hostCooldownUntil(cooldowns, feedUrl);
  if (current !== null && current >= until) return cooldowns;
  return { ...cooldowns, [host]: until };
}

/** `cooldowns` without the hosts whose rest is over at `now`, so the map never grows. */
export function withoutExpiredCooldowns(cooldowns: HostCooldowns, now: number): HostCooldowns {
  const entries = Object.entries(cooldowns).filter(([, until]) => until > now);
  return entries.length === Object.keys(cooldowns).length ? cooldowns : Object.fromEntries(entries);
}
