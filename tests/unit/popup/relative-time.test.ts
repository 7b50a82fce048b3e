import { describe, expect, it } from 'vitest';
import { formatFullDate, formatRelativeTime } from '@/utils/popup/relative-time';

const NOW = Date.parse('2026-05-06T16:00:00Z');
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('formatRelativeTime', () => {
  it.each([
    [NOW, 'now'],
    [NOW - 20_000, 'now'],
    [NOW + 20_000, 'now'],
    [NOW - 3 * MIN, '3m ago'],
    [NOW - 3 * HOUR, '3h ago'],
    [NOW - 3 * HOUR - 50 * MIN, '3h ago'],
    [NOW + 9 * MIN + 50_000, 'in 9m'],
    [NOW - DAY, 'yesterday'],
    [NOW - 3 * DAY, '3d ago'],
    [NOW - 15 * DAY, '2w ago'],
    [NOW - 75 * DAY, '2mo ago'],
    [NOW - 800 * DAY, '2y ago'],
  ])('narrow: %i reads %s', (at, expected) => {
    expect(formatRelativeTime(at, NOW, { locale: 'en' })).toBe(expected);
  });

  it('speaks whole words in the long style, for sentences', () => {
    expect(formatRelativeTime(NOW + 10 * MIN, NOW, { locale: 'en', style: 'long' })).toBe(
      'in 10 minutes',
    );
    expect(formatRelativeTime(NOW - 2 * HOUR, NOW, { locale: 'en', style: 'long' })).toBe(
      '2 hours ago',
    );
  });

  it('follows the locale', () => {
    expect(formatRelativeTime(NOW - 3 * HOUR, NOW, { locale: 'de', style: 'long' })).toBe(
      'vor 3 Stunden',
    );
  });

  it('keeps each locale and style apart, however they alternate', () => {
    const say = (locale: string, style?: Intl.RelativeTimeFormatStyle) =>
      formatRelativeTime(NOW - 3 * HOUR, NOW, { locale, style });
    expect([say('en'), say('de', 'long'), say('en', 'long'), say('de'), say('en')]).toEqual([
      '3h ago',
      'vor 3 Stunden',
      '3 hours ago',
      'vor 3 Std.',
      '3h ago',
    ]);
  });
});

describe('formatFullDate', () => {
  it('gives weekday, date and time', () => {
    expect(formatFullDate(NOW, 'en')).toMatch(/^Wednesday, May 6, 2026 at \d{1,2}:00\s?[AP]M$/);
  });

  it('follows the locale on every call', () => {
    expect(formatFullDate(NOW, 'de')).toMatch(/^Mittwoch, 6\. Mai 2026/);
    expect(formatFullDate(NOW, 'en')).toMatch(/^Wednesday/);
  });
});
