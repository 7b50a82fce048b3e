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
