import { describe, expect, it } from 'vitest';
import { MAX_BACKOFF_MS, MAX_RETRY_AFTER_MS } from '../../../utils/poll/schedule';
import {
  freshnessMs,
  MAX_FRESHNESS_MS,
  nextSourcePollAt,
  parseCacheControl,
  type CacheControl,
} from '../../../utils/sources/cache-policy';
import {
  DEFAULT_RATE_LIMIT_COOLDOWN_MS,
  hostCooldownMs,
  hostCooldownUntil,
  hostKey,
  withHostCooldown,
  withoutExpiredCooldowns,
} from '../../../utils/sources/host-cooldowns';

const NONE: CacheControl = {
  maxAgeSeconds: null,
  noStore: false,
  noCache: false,
  isPrivate: false,
};
const MINUTE = 60_000;
const NOW = Date.parse('2026-07-08T12:00:00Z');

describe('parseCacheControl', () => {
  it.each<[string | null | undefined, Partial<CacheControl>]>([
    [null, {}],
    [undefined, {}],
    ['', {}],
    ['max-age=300', { maxAgeSeconds: 300 }],
    ['public, max-age=600', { maxAgeSeconds: 600 }],
    ['MAX-AGE=60', { maxAgeSeconds: 60 }],
    ['max-age="120"', { maxAgeSeconds: 120 }],
    ['max-age = 30', { maxAgeSeconds: 30 }],
    ['max-age=0', { maxAgeSeconds: 0 }],
    ['max-age=60, max-age=3600', { maxAgeSeconds: 60 }],
    ['max-age=-5', {}],
    ['max-age=1.5', {}],
    ['max-age=', {}],
    ['max-age', {}],
    ['s-maxage=3600', {}],
    ['s-maxage=3600, max-age=60', { maxAgeSeconds: 60 }],
    ['no-store', { noStore: true }],
    ['no-cache', { noCache: true }],
    ['private, max-age=900', { isPrivate: true, maxAgeSeconds: 900 }],
    ['No-Cache, No-Store, must-revalidate', { noCache: true, noStore: true }],
    ['no-cache="Set-Cookie, X-Foo", max-age=300', { maxAgeSeconds: 300 }],
    ['private="Set-Cookie", max-age=300', { maxAgeSeconds: 300 }],
    ['garbage;;;, ,,', {}],
  ])('%j', (header, expected) => {
    expect(parseCacheControl(header)).toEqual({ ...NONE, ...expected });
  });
});

describe('freshnessMs', () => {
  it.each<[string, CacheControl, string | null, number]>([
    ['no header: 0', NONE, null, 0],
    ['max-age in ms', { ...NONE, maxAgeSeconds: 300 }, null, 300_000],
    ['minus the Age a cache already spent', { ...NONE, maxAgeSeconds: 300 }, '120', 180_000],
    ['never negative', { ...NONE, maxAgeSeconds: 300 }, '999', 0],
    ['an unreadable Age counts as 0', { ...NONE, maxAgeSeconds: 300 }, 'soon', 300_000],
    ['no-store: 0', { ...NONE, maxAgeSeconds: 300, noStore: true }, null, 0],
    ['no-cache: 0', { ...NONE, maxAgeSeconds: 300, noCache: true }, null, 0],
    ['capped at 6 h', { ...NONE, maxAgeSeconds: 31_536_000 }, null, MAX_FRESHNESS_MS],
  ])('%s', (_name, cacheControl, age, ms) => {
    expect(freshnessMs(cacheControl, age)).toBe(ms);
  });

  it('caps at the longest backoff', () => {
    expect(MAX_FRESHNESS_MS).toBe(MAX_BACKOFF_MS);
  });
});

describe('host cooldowns', () => {
  it.each<[number | null, number | null, number | null]>([
    [429, 120_000, 120_000],
    [429, null, DEFAULT_RATE_LIMIT_COOLDOWN_MS],
    [429, 90 * 24 * 60 * MINUTE, MAX_RETRY_AFTER_MS],
    [503, 300_000, 300_000],
    [503, null, null],
    [500, 300_000, null],
    [404, null, null],
    [null, null, null],
  ])('status %j with Retry-After %j rests the host %j ms', (status, retryAfter, cooldown) => {
    expect(hostCooldownMs(status, retryAfter)).toBe(cooldown);
  });

  it('keys hosts with their port, so two servers on one name stay apart', () => {
    expect(hostKey('https://www.reddit.com/r/rust/.rss')).toBe('www.reddit.com');
    expect(hostKey('http://localhost:8080/feed')).toBe('localhost:8080');
    expect(hostKey('nonsense')).toBeNull();
  });

  it('applies a host’s rest to every feed on that host, and to no other', () => {
    const cooldowns = withHostCooldown({}, 'https://www.reddit.com/r/rust/.rss', NOW + 10 * MINUTE);
    expect(hostCooldownUntil(cooldowns, 'https://www.reddit.com/r/programming/.rss')).toBe(
      NOW + 10 * MINUTE,
    );
    expect(hostCooldownUntil(cooldowns, 'https://lobste.rs/t/rust.rss')).toBeNull();
    expect(hostCooldownUntil(cooldowns, 'https://reddit.com/r/rust/.rss')).toBeNull();
  });

  it('never shortens a rest already recorded, and leaves the input alone', () => {
    const first = withHostCooldown({}, 'https://lobste.rs/a', NOW + 30 * MINUTE);
    expect(withHostCooldown(first, 'https://lobste.rs/b', NOW + 5 * MINUTE)).toBe(first);
    const longer = withHostCooldown(first, 'https://lobste.rs/b', NOW + 60 * MINUTE);
    expect(longer).toEqual({ 'lobste.rs': NOW + 60 * MINUTE });
    expect(first).toEqual({ 'lobste.rs': NOW + 30 * MINUTE });
  });

  it('ignores a feed URL without a host', () => {
    expect(withHostCooldown({}, 'nonsense', NOW + MINUTE)).toEqual({});
  });

  it('forgets rests that are over', () => {
    const cooldowns = { 'a.example': NOW - 1, 'b.example': NOW, 'c.example': NOW + 1 };
    expect(withoutExpiredCooldowns(cooldowns, NOW)).toEqual({ 'c.example': NOW + 1 });
    const fresh = { 'c.example': NOW + 1 };
    expect(withoutExpiredCooldowns(fresh, NOW)).toBe(fresh);
  });

  it('treats a host named like an Object property as data', () => {
    const cooldowns = withHostCooldown({}, 'https://__proto__/feed', NOW + MINUTE);
    expect(hostCooldownUntil(cooldowns, 'https://__proto__/x')).toBe(NOW + MINUTE);
    expect(hostCooldownUntil({}, 'https://constructor/x')).toBeNull();
  });
});

describe('nextSourcePollAt', () => {
  const base = { feedUrl: 'https://lobste.rs/t/rust.rss', now: NOW, intervalMinutes: 15 };
  const maxAge = (seconds: number): CacheControl => ({ ...NONE, maxAgeSeconds: seconds });

  it.each<[string, Partial<Parameters<typeof nextSourcePollAt>[0]>, number]>([
    ['success: one interval', { consecutiveFailures: 0 }, NOW + 15 * MINUTE],
    [
      'a max-age shorter than the interval changes nothing',
      { consecutiveFailures: 0, cacheControl: maxAge(300) },
      NOW + 15 * MINUTE,
    ],
    [
      'a max-age longer than the interval is waited out',
      { consecutiveFailures: 0, cacheControl: maxAge(3600) },
      NOW + 60 * MINUTE,
    ],
    [
      '…minus the Age',
      { consecutiveFailures: 0, cacheControl: maxAge(3600), ageHeader: '1200' },
      NOW + 40 * MINUTE,
    ],
    [
      '…but at most 6 h',
      { consecutiveFailures: 0, cacheControl: maxAge(86_400) },
      NOW + MAX_BACKOFF_MS,
    ],
    [
      'no-cache never delays',
      { consecutiveFailures: 0, cacheControl: { ...maxAge(3600), noCache: true } },
      NOW + 15 * MINUTE,
    ],
    [
      'a failure backs off and ignores max-age',
      { consecutiveFailures: 2, cacheControl: maxAge(86_400) },
      NOW + 30 * MINUTE,
    ],
    [
      'Retry-After beyond the backoff wins',
      { consecutiveFailures: 1, retryAfterMs: 2 * 60 * MINUTE },
      NOW + 120 * MINUTE,
    ],
    [
      'a host cooldown holds back even a success',
      { consecutiveFailures: 0, hostCooldowns: { 'lobste.rs': NOW + 50 * MINUTE } },
      NOW + 50 * MINUTE,
    ],
    [
      'another host’s cooldown does not',
      { consecutiveFailures: 0, hostCooldowns: { 'www.reddit.com': NOW + 50 * MINUTE } },
      NOW + 15 * MINUTE,
    ],
    [
      'an expired cooldown does not',
      { consecutiveFailures: 0, hostCooldowns: { 'lobste.rs': NOW - MINUTE } },
      NOW + 15 * MINUTE,
    ],
  ])('%s', (_name, input, expected) => {
    expect(nextSourcePollAt({ ...base, consecutiveFailures: 0, ...input })).toBe(expected);
  });
});
