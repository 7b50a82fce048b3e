const MINUTE_MS = 60_000;

/** Default poll interval (issue: 5 min – 24 h, default 15 min). */
export const DEFAULT_POLL_INTERVAL_MINUTES = 15;
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
