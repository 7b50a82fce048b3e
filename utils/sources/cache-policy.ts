import { MAX_BACKOFF_MS, nextPollAt } from '../poll/schedule';
import { hostCooldownUntil, type HostCooldowns } from './host-cooldowns';

/** What of a response's `Cache-Control` matters to a feed poller (RFC 9111 §5.2.2). */
export interface CacheControl {
  /** `max-age` in seconds, null when absent or unreadable. */
  maxAgeSeconds: number | null;
  /** `no-store`: nothing may be kept, so nothing is promised fresh. */
  noStore: boolean;
  /** `no-cache`: the response must be revalidated before reuse, so it is fresh for 0 s. */
  noCache: boolean;
  /**
   * `private`: only a private cache may keep it. The extension is one user's cache, so this
   * changes nothing for us; recorded so tests and logs can say it was seen.
   */
  isPrivate: boolean;
}

const NOTHING_SAID: CacheControl = Object.freeze({
  maxAgeSeconds: null,
  noStore: false,
  noCache: false,
  isPrivate: false,
});

/** One directive: a token, then optionally `=` and a token or a quoted string (RFC 9110 §5.6). */
const DIRECTIVE = /(?:^|,)\s*([^\s=,"]+)\s*(?:=\s*("(?:[^"\\]|\\.)*"|[^,]*))?/g;

/**
 * Reads a `Cache-Control` header. Directive names are case-insensitive; values may be quoted
 * (`max-age="60"`, which RFC 9111 asks senders not to write but recipients to accept), and a
 * quoted value may hold commas. `s-maxage` is for shared caches and ignored. The qualified
 * forms `no-cache="Set-Cookie"` and `private="…"` only concern the named header fields, not
 * the feed, and are ignored. When `max-age` appears twice the first counts (RFC 9111 §4.2.1).
 * Never throws: an unreadable header says nothing.
 */
export function parseCacheControl(value: string | null | undefined): CacheControl {
  if (!value) return NOTHING_SAID;
  const result = { ...NOTHING_SAID };
  for (const [, rawName = '', rawArgument] of value.matchAll(DIRECTIVE)) {
    const name = rawName.toLowerCase();
    const argument = rawArgument?.trim().replace(/^"(.*)"$/, '$1');
    if (name === 'max-age') {
      if (result.maxAgeSeconds === null && argument !== undefined && /^\d+$/.test(argument)) {
        result.maxAgeSeconds = Number(argument);
      }
    } else if (argument === undefined) {
      if (name === 'no-store') result.noStore = true;
      else if (name === 'no-cache') result.noCache = true;
      else if (name === 'private') result.isPrivate = true;
    }
  }
  return result;
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
 * - the schedule of `utils/poll/schedule.ts`: one interval after a success; after failures the
 *   interval doubled per failure (capped at 6 h), never before the source's `Retry-After`;
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
