import { describe, expect, it } from 'vitest';
import { importSettings, MAX_SETTINGS_FILE_BYTES } from '../../../utils/settings/import-settings';
import { DEFAULT_SETTINGS } from '../../../utils/settings/settings';
import { exportSettings, type ReadLaterMarks } from '../../../utils/settings/settings-file';
import { english } from '@/utils/i18n/english';

const MARKS: ReadLaterMarks = {
  'https://dev.to/a/saved': { savedAt: 1_778_400_000_000 },
  'https://dev.to/b/snoozed': { snoozedUntil: 1_778_500_000_000 },
  'https://dev.to/c/both': { savedAt: 1_778_300_000_000, snoozedUntil: 1_778_600_000_000 },
};

describe('saved and snoozed posts in the settings backup', () => {
  it('reads back the marks an export wrote, keyed by post URL', () => {
    const result = importSettings(exportSettings(DEFAULT_SETTINGS, MARKS), english);
    expect(result).toEqual({ ok: true, settings: DEFAULT_SETTINGS, readLater: MARKS });
  });

  it('writes no readLater field when nothing is saved or snoozed', () => {
    expect(JSON.parse(exportSettings(DEFAULT_SETTINGS, {}))).not.toHaveProperty('readLater');
  });

  it.each<[string, unknown]>([
    ['a list instead of URLs', [{ savedAt: 1 }]],
    ['a key that is not a web address', { 'javascript:alert(1)': { savedAt: 1 } }],
    ['a time that is not a number', { 'https://dev.to/x': { savedAt: 'yesterday' } }],
    ['an unknown field', { 'https://dev.to/x': { savedAt: 1, pinned: true } }],
  ])('refuses the whole file for %s, changing nothing', (_name, readLater) => {
    const text = JSON.stringify({ ...JSON.parse(exportSettings(DEFAULT_SETTINGS)), readLater });
    expect(importSettings(text, english)).toEqual({
      ok: false,
      error: english('importBadReadLater'),
    });
  });
});

describe('a backup with every stored post saved and snoozed', () => {
  it('stays under the import size limit', () => {
    const marks: ReadLaterMarks = {};
    for (let i = 0; i < 5000; i++) {
      const url = `https://dev.to/a-rather-long-author-name/a-rather-long-post-title-slug-${i}-4k2j`;
      marks[url] = { savedAt: 1_778_400_000_000 + i, snoozedUntil: 1_778_500_000_000 + i };
    }
    const size = new TextEncoder().encode(exportSettings(DEFAULT_SETTINGS, marks)).length;
    expect(size).toBeLessThan(MAX_SETTINGS_FILE_BYTES);
  });
});
