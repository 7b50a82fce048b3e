import type { CacheControl } from './cache-control';

// The one owner of backoff: when a source may be polled again after a success (interval,
// the response's freshness), after failures (doubling, Retry-After), and when a host that
// answered 429 may be contacted again.

const MINUTE_MS = 60_000;
/** Backoff never waits longer than this after failures. */
export const MAX_BACKOFF_MS = 6 * 60 * MINUTE_MS;
/** A `Retry-After` beyond this is treated as this (a broken header must not silence us for weeks). */
export const MAX_RETRY_AFTER_MS = 24 * 60 * MINUTE_MS;

export interface NextPollInput {
  now: number;
  intervalMinutes: number;
  /** Failures in a row including this poll; 0 after a success. */
  consecutiveFailures: number;
  /** The server's `Retry-After`, in ms from now. */
  retryAfterMs?: number | null;
}

/**
 * When to poll next. After a success: one interval. After n failures in a row: the interval
 * doubled n-1 times, capped at 6 h — and never sooner than the server's `Retry-After`.
 */
export function nextPollAt(input: NextPollInput): number {
  const interval = input.intervalMinutes * MINUTE_MS;
  if (input.consecutiveFailures <= 0) return input.now + interval;
  const backoff = Math.min(MAX_BACKOFF_MS, interval * 2 ** (input.consecutiveFailures - 1));
  const retryAfter = Math.min(MAX_RETRY_AFTER_MS, input.retryAfterMs ?? 0);
  return input.now + Math.max(backoff, retryAfter);
}

/**
 * True while the server's own request to wait is running: the last poll got HTTP 429 or 503
 * (whose `Retry-After` the schedule honours) and the next poll is not due yet. Polls outside
 * the schedule — at browser start, after an update, on an interval change — must not cut that
 * wait short; the popup's Refresh, a user's explicit request, still may.
 */
export function isServerAskingToWait(
  state: { lastError: { status: number | null } | null; nextPollAt: number | null },
  now: number,
): boolean {
  const status = state.lastError?.status;
  return (status === 429 || status === 503) && state.nextPollAt !== null && state.nextPollAt > now;
}

/**
 * A server's max-age beyond this is not honoured in full: six hours, the longest backoff.
 * Year-long max-ages are CDN defaults for static files, not a statement about how often a feed
 * changes, and waiting them out would miss every post.
 */
export const MAX_FRESHNESS_MS = MAX_BACKOFF_MS;

/**
 * How long, from now, the response stays fresh: `max-age` minus the `Age` a cache in between
 * already spent (RFC 9111 §4.2.3), clamped to 0 … MAX_FRESHNESS_MS. 0 under `no-store` or
 * `no-cache`, or without `max-age`.
 * @param ageHeader the response's `Age` header (seconds), if any.
 */
export function freshnessMs(cacheControl: CacheControl, ageHeader?: string | null): number {
  if (cacheControl.noStore || cacheControl.noCache || cacheControl.maxAgeSeconds === null) return 0;
  const age = ageHeader && /^\s*\d+\s*$/.test(ageHeader) ? Number(ageHeader) : 0;
  const remainingSeconds = Math.max(0, cacheControl.maxAgeSeconds - age);
  return Math.min(MAX_FRESHNESS_MS, remainingSeconds * 1000);
}

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

export interface NextSourcePollInput {
  /** The source's feed, whose host `hostCooldowns` is looked up by. */
  feedUrl: string;
  now: number;
  /** The user's poll interval (minutes). */
  intervalMinutes: number;
  /** Failures in a row including this poll; 0 after a success (200 or 304). */
  consecutiveFailures: number;
  /** The server's `Retry-After` on this failure, in ms from now. */
  retryAfterMs?: number | null;
  /** `Cache-Control` of this poll's 200 or 304; ignored after a failure. Default: none. */
  cacheControl?: CacheControl | null;
  /** The `Age` header of that response. */
  ageHeader?: string | null;
  /** Per-host rest times, this poll's 429 already recorded. Default: none. */
  hostCooldowns?: HostCooldowns;
}

/**
 * The earliest time this source may be polled again — the latest of:
 * - `nextPollAt`: one interval after a success; after failures the interval doubled per
 *   failure (capped at 6 h), never before the source's `Retry-After`;
 * - after a success, the end of the response's freshness (`max-age − Age`, capped at 6 h):
 *   polling earlier would only fetch the same document again;
 * - the end of its host's cooldown (a 429 from this or any other feed on the host).
 * Pure: the same input always gives the same time.
 */
export function nextSourcePollAt(input: NextSourcePollInput): number {
  const { now, consecutiveFailures } = input;
  const scheduled = nextPollAt({
    now,
    intervalMinutes: input.intervalMinutes,
    consecutiveFailures,
    retryAfterMs: input.retryAfterMs,
  });
  const fresh =
    consecutiveFailures <= 0 && input.cacheControl
      ? now + freshnessMs(input.cacheControl, input.ageHeader)
      : now;
  const hostFree = input.hostCooldowns
    ? hostCooldownUntil(input.hostCooldowns, input.feedUrl)
    : null;
  return Math.max(scheduled, fresh, hostFree ?? now);
}
