import { describe, expect, it } from 'vitest';
import {
  DEFAULT_POLL_INTERVAL_MINUTES,
  MAX_BACKOFF_MS,
  MAX_RETRY_AFTER_MS,
  nextPollAt,
} from '../../../utils/poll/schedule';

const NOW = Date.parse('2026-05-10T12:00:00Z');
const MIN = 60_000;
const HOUR = 60 * MIN;

describe('nextPollAt', () => {
  it('uses 15 minutes by default, backs off to at most 6 h, honours Retry-After up to 24 h', () => {
    expect([DEFAULT_POLL_INTERVAL_MINUTES, MAX_BACKOFF_MS, MAX_RETRY_AFTER_MS]).toEqual([
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
