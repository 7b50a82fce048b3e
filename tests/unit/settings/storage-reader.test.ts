import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { english } from '../../../utils/i18n/english';
import { saveSettings } from '../../../utils/settings/save-settings';
import { DEFAULT_SETTINGS } from '../../../utils/settings/settings';
import { defineSettingsItem, loadSettings } from '../../../utils/settings/settings-item';
import { defineSourcesItem, loadSources } from '../../../utils/settings/sources-item';
import {
  rawSettingsItem,
  readSettings,
  readSources,
  watchStorageKey,
} from '../../../utils/settings/storage-reader';
import { devTagSource } from '../../../utils/sources/source';

// The popup reads storage without WXT's items; it must agree with them in every case.
describe('the popup’s storage reader', () => {
  it('reads the settings the item saved, and the defaults when there are none', async () => {
    expect(await readSettings(fakeBrowser.storage.sync)).toEqual(DEFAULT_SETTINGS);
    const item = defineSettingsItem();
    await saveSettings(item, { ...DEFAULT_SETTINGS, titleKeywords: ['hiring'] }, english);

    expect(await readSettings(fakeBrowser.storage.sync)).toEqual(await loadSettings(item));
    expect((await readSettings(fakeBrowser.storage.sync)).titleKeywords).toEqual(['hiring']);
  });

  it('gives the defaults when storage cannot be read', async () => {
    const broken = { get: vi.fn(async () => Promise.reject(new Error('gone'))) };
    expect(await readSettings(broken)).toEqual(DEFAULT_SETTINGS);
    expect(await readSources(broken)).toEqual(await loadSources(defineSourcesItem()));
  });

  it('reads the source list the item saved', async () => {
    const item = defineSourcesItem();
    await item.setValue([devTagSource('rust'), devTagSource('bevy')]);
    expect(await readSources(fakeBrowser.storage.local)).toEqual(await loadSources(item));
  });

  it('writes settings the item reads back as current (no migration rewrites them)', async () => {
    const muted = { ...DEFAULT_SETTINGS, mutedAuthors: { ana: 'Ana' } };
    const result = await saveSettings(rawSettingsItem(fakeBrowser.storage.sync), muted, english);
    expect(result.ok).toBe(true);
    const written = await fakeBrowser.storage.sync.get(null);

    expect(await loadSettings(defineSettingsItem())).toEqual(muted);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual(written);
  });

  it('watches one key in one area, until unsubscribed', async () => {
    const onChange = vi.fn();
    const stop = watchStorageKey(fakeBrowser.storage.onChanged, 'sync', 'settings', onChange);

    await fakeBrowser.storage.local.set({ settings: 1 });
    await fakeBrowser.storage.sync.set({ other: 1 });
    expect(onChange).not.toHaveBeenCalled();
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS } });
    expect(onChange).toHaveBeenCalledTimes(1);

    stop();
    await fakeBrowser.storage.sync.set({ settings: {} });
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
