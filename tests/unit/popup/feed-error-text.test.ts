import { describe, expect, it } from 'vitest';
import { describeFeedError, describeSourceFailure } from '@/utils/popup/feed-error-text';
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

describe('describeSourceFailure', () => {
  const failure = (title: string, message: string) => ({
    sourceId: 'x',
    title,
    error: { message, at: NOW, status: 500 },
    nextPollAt: NOW + 10 * MIN,
  });

  it.each([
    // The worker's sentence already names the source: not twice.
    [
      'r/rust',
      'r/rust did not answer (HTTP 500)',
      true,
      'r/rust did not answer (HTTP 500) — retrying in 10 minutes',
    ],
    // DEV's rust feed keeps the name "DEV" in its sentences: which DEV feed, the title says.
    [
      'DEV #rust',
      'DEV did not answer (HTTP 500)',
      true,
      'DEV #rust: DEV did not answer (HTTP 500) — retrying in 10 minutes',
    ],
    ['Rust Blog', '', true, 'Rust Blog: The last update failed — retrying in 10 minutes'],
    // One source followed: nothing to tell apart, the sentence as it always read.
    [
      'DEV #rust',
      'DEV did not answer (HTTP 500)',
      false,
      'DEV did not answer (HTTP 500) — retrying in 10 minutes',
    ],
  ])('%s, %j, named %s → %j', (title, message, named, expected) => {
    expect(describeSourceFailure(failure(title, message), named, NOW, english)).toBe(expected);
  });
});
