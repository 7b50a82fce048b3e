import { describe, expect, it } from 'vitest';
import { describeFeedError } from '@/utils/popup/feed-error-text';
import { english } from '@/utils/i18n/english';

const NOW = Date.parse('2026-05-06T16:00:00Z');
const MIN = 60_000;

describe('describeFeedError', () => {
  it.each([
    [
      'DEV did not answer (HTTP 503)',
      NOW + 10 * MIN,
      'DEV did not answer (HTTP 503) — retrying in 10 minutes',
    ],
    [
      'DEV could not be reached (network error)',
      NOW + 2 * 60 * MIN,
      'DEV could not be reached (network error) — retrying in 2 hours',
    ],
    [
      'DEV did not answer (HTTP 429)',
      NOW - 5 * MIN,
      'DEV did not answer (HTTP 429) — retrying now',
    ],
    ['DEV did not answer (HTTP 500)', null, 'DEV did not answer (HTTP 500)'],
    ['  ', null, 'The last update failed'],
  ])('%j, next poll %s → %j', (message, nextPollAt, expected) => {
    expect(describeFeedError({ message }, nextPollAt, NOW, english)).toBe(expected);
  });
});
