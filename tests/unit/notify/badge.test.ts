import { describe, expect, it } from 'vitest';
import { badgeText, badgeTitle } from '../../../utils/notify/badge';
import { english } from '@/utils/i18n/english';

describe('badgeText', () => {
  it.each<[number, string]>([
    [-1, ''],
    [0, ''],
    [1, '1'],
    [42, '42'],
    [999, '999'],
    [1000, '999+'],
    [5000, '999+'],
  ])('shows %i unread posts as %j', (unread, text) => {
    expect(badgeText(unread)).toBe(text);
  });
});

describe('badgeTitle', () => {
  it.each<[number, string]>([
    [0, 'Rust Radar — all caught up'],
    [1, 'Rust Radar — 1 unread Rust post'],
    [2, 'Rust Radar — 2 unread Rust posts'],
    // Counts are written the reader's way: "1,234" in English.
    [1234, 'Rust Radar — 1,234 unread Rust posts'],
  ])('describes %i unread posts as %j', (unread, title) => {
    expect(badgeTitle(unread, english)).toBe(title);
  });
});
