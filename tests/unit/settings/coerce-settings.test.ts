import { describe, expect, it } from 'vitest';
import { coerceSettings, normalizeTag } from '../../../utils/settings/coerce-settings';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings/settings';

const VALID: Settings = {
  tagModes: { career: 'hide', webdev: 'only', rust: 'show' },
  tagNotify: { career: false, rust: true },
  mutedAuthors: { jane: 'Jane Doe' },
  titleKeywords: ['crypto', 'web assembly'],
  pollIntervalMinutes: 30,
  notificationsEnabled: false,
  quietHours: { enabled: true, start: '23:30', end: '06:45' },
  groupThreshold: 6,
  keepReadDays: 14,
  notRustPosts: 'hide',
};

describe('coerceSettings', () => {
  it('keeps valid settings as they are', () => {
    expect(coerceSettings(structuredClone(VALID))).toEqual(VALID);
  });

  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'settings'],
    ['a number', 42],
    ['an array', [VALID]],
    ['an empty object', {}],
  ])('returns the defaults for %s', (_name, value) => {
    expect(coerceSettings(value)).toEqual(DEFAULT_SETTINGS);
  });

  it.each<[keyof Settings, unknown]>([
    ['tagModes', 'career=hide'],
    ['tagModes', ['hide']],
    ['tagNotify', null],
    ['mutedAuthors', 7],
    ['titleKeywords', 'crypto'],
    ['titleKeywords', { 0: 'crypto' }],
    ['pollIntervalMinutes', '30'],
    ['pollIntervalMinutes', Number.NaN],
    ['pollIntervalMinutes', Number.POSITIVE_INFINITY],
    ['pollIntervalMinutes', null],
    ['notificationsEnabled', 'false'],
    ['notificationsEnabled', 0],
    ['quietHours', 'always'],
    ['quietHours', null],
    ['groupThreshold', {}],
    ['keepReadDays', '60'],
  ])('replaces only a corrupt %s (%j) with its default', (field, corrupt) => {
    const result = coerceSettings({ ...structuredClone(VALID), [field]: corrupt });

    expect(result).toEqual({ ...VALID, [field]: DEFAULT_SETTINGS[field] });
  });

  it.each<[keyof Settings, unknown, unknown]>([
    ['pollIntervalMinutes', 1, 5],
    ['pollIntervalMinutes', 0, 5],
    ['pollIntervalMinutes', -30, 5],
    ['pollIntervalMinutes', 5, 5],
    ['pollIntervalMinutes', 1440, 1440],
    ['pollIntervalMinutes', 100_000, 1440],
    ['pollIntervalMinutes', 17.6, 18],
    ['groupThreshold', 1, 2],
    ['groupThreshold', 99, 50],
    ['groupThreshold', 3.2, 3],
    ['keepReadDays', 0, 1],
    ['keepReadDays', 10_000, 3650],
  ])('clamps %s %j to %j', (field, value, expected) => {
    expect(coerceSettings({ ...structuredClone(VALID), [field]: value })[field]).toEqual(expected);
  });

  it('drops invalid tag modes and keeps the valid ones', () => {
    const result = coerceSettings({
      tagModes: { career: 'hide', webdev: 'ONLY', rust: 'mute', go: 3, wasm: 'only' },
    });

    expect(result.tagModes).toEqual({ career: 'hide', wasm: 'only' });
  });

  it('normalizes tag and author keys to trimmed lower case and drops empty ones', () => {
    const result = coerceSettings({
      tagModes: { ' Career ': 'hide', '  ': 'hide' },
      tagNotify: { WebDev: false, '': true },
      mutedAuthors: { ' JaneDoe ': 'Jane Doe', ' ': 'Nobody' },
    });

    expect(result).toMatchObject({
      tagModes: { career: 'hide' },
      tagNotify: { webdev: false },
      mutedAuthors: { janedoe: 'Jane Doe' },
    });
  });

  it('drops non-boolean notify flags and non-string author names', () => {
    const result = coerceSettings({
      tagNotify: { rust: 'no', career: false },
      mutedAuthors: { jane: 'Jane', bob: 42, eve: null },
    });

    expect(result.tagNotify).toEqual({ career: false });
    expect(result.mutedAuthors).toEqual({ jane: 'Jane' });
  });

  it('keeps only non-blank string keywords, trimmed and without duplicates', () => {
    const result = coerceSettings({
      titleKeywords: [' crypto ', 'crypto', '', '   ', 7, null, 'web assembly'],
    });

    expect(result.titleKeywords).toEqual(['crypto', 'web assembly']);
  });

  it.each<[string, unknown, Settings['quietHours']]>([
    [
      'a bad start',
      { enabled: true, start: '24:00', end: '06:00' },
      { enabled: true, start: '22:00', end: '06:00' },
    ],
    [
      'a one-digit hour',
      { enabled: true, start: '7:00', end: '08:00' },
      { enabled: true, start: '22:00', end: '08:00' },
    ],
    [
      'a bad end',
      { enabled: false, start: '21:00', end: '07:60' },
      { enabled: false, start: '21:00', end: '07:00' },
    ],
    [
      'a non-boolean switch',
      { enabled: 'yes', start: '21:00', end: '06:00' },
      { enabled: false, start: '21:00', end: '06:00' },
    ],
    ['missing times', { enabled: true }, { enabled: true, start: '22:00', end: '07:00' }],
  ])('repairs quiet hours with %s field by field', (_name, quietHours, expected) => {
    expect(coerceSettings({ quietHours }).quietHours).toEqual(expected);
  });

  it('ignores a __proto__ key in stored data without changing any prototype', () => {
    const stored = JSON.parse(
      '{"tagModes":{"__proto__":{"polluted":"hide"}},"mutedAuthors":{"__proto__":{"x":"y"}}}',
    ) as unknown;

    const result = coerceSettings(stored);

    expect(Object.getPrototypeOf(result.tagModes)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(result.mutedAuthors)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(result.tagModes)).toEqual([]);
  });

  it('returns settings that share nothing with the defaults, so editing them cannot change the defaults', () => {
    const result = coerceSettings(undefined);

    result.titleKeywords.push('crypto');
    result.tagModes.career = 'hide';
    result.tagNotify.career = false;
    result.mutedAuthors.jane = 'Jane';
    result.quietHours.enabled = true;

    expect(DEFAULT_SETTINGS).toEqual({
      tagModes: {},
      tagNotify: {},
      mutedAuthors: {},
      titleKeywords: [],
      pollIntervalMinutes: 15,
      notificationsEnabled: true,
      quietHours: { enabled: false, start: '22:00', end: '07:00' },
      groupThreshold: 4,
      keepReadDays: 60,
      notRustPosts: 'fold',
    });
  });
});

describe('normalizeTag', () => {
  it.each([
    ['Rust', 'rust'],
    ['  WebDev ', 'webdev'],
    ['rust', 'rust'],
  ])('normalizes %j to %j', (tag, expected) => {
    expect(normalizeTag(tag)).toBe(expected);
  });
});
