import { describe, expect, it } from 'vitest';
import { compactSettings } from '../../../utils/settings/compact-settings';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings/settings';
import { SYNC_ITEM_QUOTA_BYTES, syncItemBytes } from '../../../utils/settings/settings-size';

describe('compactSettings', () => {
  it('keeps only tag entries that differ from the default', () => {
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      tagModes: { a: 'show', b: 'hide', c: 'only' },
      tagNotify: { a: true, b: false },
    };
    expect(compactSettings(settings)).toEqual({
      ...DEFAULT_SETTINGS,
      tagModes: { b: 'hide', c: 'only' },
      tagNotify: { b: false },
    });
  });

  it('de-duplicates keywords ignoring case, keeping the first spelling', () => {
    const settings = { ...DEFAULT_SETTINGS, titleKeywords: ['NFT', 'crypto', 'nft', 'Crypto'] };
    expect(compactSettings(settings).titleKeywords).toEqual(['NFT', 'crypto']);
  });

  it('does not change its input', () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, tagModes: { a: 'show' } };
    compactSettings(settings);
    expect(settings.tagModes).toEqual({ a: 'show' });
  });

  it('keeps a heavy but realistic user well inside the sync quota', () => {
    const tags = Array.from({ length: 300 }, (_, i) => `sometag${i}`);
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      tagModes: Object.fromEntries(tags.map((tag, i) => [tag, i % 10 === 0 ? 'hide' : 'show'])),
      tagNotify: Object.fromEntries(tags.map((tag, i) => [tag, i % 10 !== 1])),
      mutedAuthors: Object.fromEntries(
        tags.slice(0, 40).map((tag) => [`user_${tag}`, `User ${tag}`]),
      ),
      titleKeywords: tags.slice(0, 20),
    };
    expect(syncItemBytes('settings', settings)).toBeGreaterThan(SYNC_ITEM_QUOTA_BYTES);
    expect(syncItemBytes('settings', compactSettings(settings))).toBeLessThan(
      SYNC_ITEM_QUOTA_BYTES,
    );
  });
});

describe('syncItemBytes', () => {
  it('counts the key and the JSON value in UTF-8 bytes', () => {
    expect(syncItemBytes('k', 'é')).toBe(1 + 4); // k + "é" (é is two bytes)
  });
});
