import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../utils/settings/settings';
import type { CacheControl } from '../../../utils/schedule/cache-control';
import {
  DEFAULT_RATE_LIMIT_COOLDOWN_MS,
  freshnessMs,
  hostCooldownMs,
  hostCooldownUntil,
  hostKey,
  MAX_FRESHNESS_MS,
  nextSourcePollAt,
  withHostCooldown,
  withoutExpiredCooldowns,
  MAX_BACKOFF_MS,
  MAX_RETRY_AFTER_MS,
  nextPollAt,
} from '../../../utils/schedule/next-poll';

const NOW = Date.parse('2026-05-10T12:00:00Z');
const MIN = 60_000;
const HOUR = 60 * MIN;

describe('nextPollAt', () => {
  it('uses 15 minutes by default, backs off to at most 6 h, honours Retry-After up to 24 h', () => {
    expect([DEFAULT_SETTINGS.pollIntervalMinutes, MAX_BACKOFF_MS, MAX_RETRY_AFTER_MS]).toEqual([
      15,
      6 * HOUR,
      24 * HOUR,
    ]);
  });

  it.each<[number, number, number]>([
    // [interval minutes, failures in a row, expected delay]
    [15, 0, 15 * MIN],
    [5, 0, 5 * MIN],
    [1440, 0, 24 * HOUR],
    [15, 1, 15 * MIN],
    [15, 2, 30 * MIN],
    [15, 3, 60 * MIN],
    [15, 4, 2 * HOUR],
    [15, 5, 4 * HOUR],
    [15, 6, 6 * HOUR],
    [15, 7, 6 * HOUR],
    [15, 60, 6 * HOUR],
    [15, 2000, 6 * HOUR],
    [60, 4, 6 * HOUR],
    [1440, 1, 6 * HOUR],
  ])(
    'with a %i-minute interval and %i failures, waits %i ms',
    (intervalMinutes, failures, delay) => {
      expect(nextPollAt({ now: NOW, intervalMinutes, consecutiveFailures: failures })).toBe(
        NOW + delay,
      );
    },
  );

  it.each<[number, number | null, number]>([
    // [failures in a row, Retry-After ms, expected delay]
    [1, null, 15 * MIN],
    [1, 0, 15 * MIN],
    [1, 5 * MIN, 15 * MIN],
    [1, 2 * HOUR, 2 * HOUR],
    [3, 30 * MIN, 60 * MIN],
    [6, 12 * HOUR, 12 * HOUR],
    [1, 7 * 24 * HOUR, 24 * HOUR],
  ])('after %i failures with Retry-After %s ms, waits %i ms', (failures, retryAfterMs, delay) => {
    expect(
      nextPollAt({ now: NOW, intervalMinutes: 15, consecutiveFailures: failures, retryAfterMs }),
    ).toBe(NOW + delay);
  });
});

// Freshness, host rests and a source's next poll time: the rest of backoff.
const CC_NOW = Date.parse('2026-07-08T12:00:00Z');
const MINUTE = 60_000;
const NONE: CacheControl = {
  maxAgeSeconds: null,
  noStore: false,
  noCache: false,
  isPrivate: false,
};

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
    const cooldowns = withHostCooldown(
      {},
      'https://www.reddit.com/r/rust/.rss',
      CC_NOW + 10 * MINUTE,
    );
    expect(hostCooldownUntil(cooldowns, 'https://www.reddit.com/r/programming/.rss')).toBe(
      CC_NOW + 10 * MINUTE,
    );
    expect(hostCooldownUntil(cooldowns, 'https://lobste.rs/t/rust.rss')).toBeNull();
    expect(hostCooldownUntil(cooldowns, 'https://reddit.com/r/rust/.rss')).toBeNull();
  });

  it('never shortens a rest already recorded, and leaves the input alone', () => {
    const first = withHostCooldown({}, 'https://lobste.rs/a', CC_NOW + 30 * MINUTE);
    expect(withHostCooldown(first, 'https://lobste.rs/b', CC_NOW + 5 * MINUTE)).toBe(first);
    const longer = withHostCooldown(first, 'https://lobste.rs/b', CC_NOW + 60 * MINUTE);
    expect(longer).toEqual({ 'lobste.rs': CC_NOW + 60 * MINUTE });
    expect(first).toEqual({ 'lobste.rs': CC_NOW + 30 * MINUTE });
  });

  it('ignores a feed URL without a host', () => {
    expect(withHostCooldown({}, 'nonsense', CC_NOW + MINUTE)).toEqual({});
  });

  it('forgets rests that are over', () => {
    const cooldowns = { 'a.example': CC_NOW - 1, 'b.example': CC_NOW, 'c.example': CC_NOW + 1 };
    expect(withoutExpiredCooldowns(cooldowns, CC_NOW)).toEqual({ 'c.example': CC_NOW + 1 });
    const fresh = { 'c.example': CC_NOW + 1 };
    expect(withoutExpiredCooldowns(fresh, CC_NOW)).toBe(fresh);
  });

  it('treats a host named like an Object property as data', () => {
    const cooldowns = withHostCooldown({}, 'https://__proto__/feed', CC_NOW + MINUTE);
    expect(hostCooldownUntil(cooldowns, 'https://__proto__/x')).toBe(CC_NOW + MINUTE);
    expect(hostCooldownUntil({}, 'https://constructor/x')).toBeNull();
  });
});

describe('nextSourcePollAt', () => {
  const base = { feedUrl: 'https://lobste.rs/t/rust.rss', now: CC_NOW, intervalMinutes: 15 };
  const maxAge = (seconds: number): CacheControl => ({ ...NONE, maxAgeSeconds: seconds });

  it.each<[string, Partial<Parameters<typeof nextSourcePollAt>[0]>, number]>([
    ['success: one interval', { consecutiveFailures: 0 }, CC_NOW + 15 * MINUTE],
    [
      'a max-age shorter than the interval changes nothing',
      { consecutiveFailures: 0, cacheControl: maxAge(300) },
      CC_NOW + 15 * MINUTE,
    ],
    [
      'a max-age longer than the interval is waited out',
      { consecutiveFailures: 0, cacheControl: maxAge(3600) },
      CC_NOW + 60 * MINUTE,
    ],
    [
      '…minus the Age',
      { consecutiveFailures: 0, cacheControl: maxAge(3600), ageHeader: '1200' },
      CC_NOW + 40 * MINUTE,
    ],
    [
      '…but at most 6 h',
      { consecutiveFailures: 0, cacheControl: maxAge(86_400) },
      CC_NOW + MAX_BACKOFF_MS,
    ],
    [
      'no-cache never delays',
      { consecutiveFailures: 0, cacheControl: { ...maxAge(3600), noCache: true } },
      CC_NOW + 15 * MINUTE,
    ],
    [
      'a failure backs off and ignores max-age',
      { consecutiveFailures: 2, cacheControl: maxAge(86_400) },
      CC_NOW + 30 * MINUTE,
    ],
    [
      'Retry-After beyond the backoff wins',
      { consecutiveFailures: 1, retryAfterMs: 2 * 60 * MINUTE },
      CC_NOW + 120 * MINUTE,
    ],
    [
      'a host cooldown holds back even a success',
      { consecutiveFailures: 0, hostCooldowns: { 'lobste.rs': CC_NOW + 50 * MINUTE } },
      CC_NOW + 50 * MINUTE,
    ],
    [
      'another host’s cooldown does not',
      { consecutiveFailures: 0, hostCooldowns: { 'www.reddit.com': CC_NOW + 50 * MINUTE } },
      CC_NOW + 15 * MINUTE,
    ],
    [
      'an expired cooldown does not',
      { consecutiveFailures: 0, hostCooldowns: { 'lobste.rs': CC_NOW - MINUTE } },
      CC_NOW + 15 * MINUTE,
    ],
  ])('%s', (_name, input, expected) => {
    expect(nextSourcePollAt({ ...base, consecutiveFailures: 0, ...input })).toBe(expected);
  });
});
