import { describe, expect, it, vi } from 'vitest';
import { saveSettings } from '../../../utils/settings/save-settings';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings/settings';
import { english } from '@/utils/i18n/english';

function fakeItem(setValue: (value: Settings) => Promise<void> = async () => {}) {
  const writeSettings = vi.fn(setValue);
  return { writeSettings, setValue: writeSettings };
}

describe('saveSettings', () => {
  it('writes the compact form and hands it back', async () => {
    const item = fakeItem();
    const result = await saveSettings(
      item,
      { ...DEFAULT_SETTINGS, tagModes: { career: 'hide', rust: 'show' } },
      english,
    );
    const stored = { ...DEFAULT_SETTINGS, tagModes: { career: 'hide' } };
    expect(item.setValue).toHaveBeenCalledWith(stored);
    expect(result).toEqual({ ok: true, stored });
  });

  it('refuses settings over the 8 KB sync quota without writing', async () => {
    const item = fakeItem();
    const mutedAuthors = Object.fromEntries(
      Array.from({ length: 300 }, (_, i) => [`author_number_${i}`, `Author Number ${i}`]),
    );
    const result = await saveSettings(item, { ...DEFAULT_SETTINGS, mutedAuthors }, english);
    expect(item.setValue).not.toHaveBeenCalled();
    expect(result).toEqual({
      ok: false,
      error: expect.stringMatching(
        /^Not saved: your settings need 1\d\.\d KB but browser sync allows 8\.0 KB\. Unmute some authors/,
      ),
    });
  });

  it.each<[string, string]>([
    [
      'QUOTA_BYTES_PER_ITEM quota exceeded',
      'Not saved: your settings are larger than browser sync allows. Unmute some authors or remove some keywords or tag filters.',
    ],
    [
      'MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded',
      'Not saved: browser sync accepts only so many changes a minute. Wait a minute and change the setting again.',
    ],
    [
      'Extension context invalidated.',
      'Not saved: the browser refused to store your settings (Extension context invalidated.).',
    ],
  ])('explains a rejected write: %s', async (message, error) => {
    const item = fakeItem(() => Promise.reject(new Error(message)));
    expect(await saveSettings(item, DEFAULT_SETTINGS, english)).toEqual({ ok: false, error });
  });
});
