import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../../utils/settings/settings';
import { defineSettingsItem, loadSettings } from '../../../utils/settings/settings-item';
import { SETTINGS_VERSION } from '../../../utils/settings/settings-migrations';

// WXT keeps an item's version next to it, under "<key>$".
async function store(value: unknown, version?: number) {
  await fakeBrowser.storage.sync.set({
    settings: value,
    ...(version === undefined ? {} : { settings$: { v: version } }),
  });
}

describe('the settings storage item', () => {
  it('starts from the defaults when nothing is stored', async () => {
    expect(await loadSettings(defineSettingsItem())).toEqual(DEFAULT_SETTINGS);
  });

  it('migrates a v1 value in sync storage to the current version', async () => {
    await store({ ...DEFAULT_SETTINGS, tagModes: { Career: 'hide', rust: 'show' } }, 1);
    const item = defineSettingsItem();
    expect(await loadSettings(item)).toEqual({ ...DEFAULT_SETTINGS, tagModes: { career: 'hide' } });
    const raw = await fakeBrowser.storage.sync.get(['settings', 'settings$']);
    expect(raw.settings).toEqual({ ...DEFAULT_SETTINGS, tagModes: { career: 'hide' } });
    expect(raw.settings$).toEqual({ v: SETTINGS_VERSION });
  });

  it('treats a value without a version as v1 (written before versioning)', async () => {
    await store({ ...DEFAULT_SETTINGS, tagNotify: { rust: true } });
    await loadSettings(defineSettingsItem());
    const raw = await fakeBrowser.storage.sync.get('settings');
    expect(raw.settings).toEqual(DEFAULT_SETTINGS);
  });

  it('falls back to defaults for a corrupt value', async () => {
    await store('{not settings', 1);
    expect(await loadSettings(defineSettingsItem())).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps working on a value written by a newer version, reading what it can', async () => {
    // WXT refuses to downgrade and logs it; the extension must carry on regardless.
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await store(
      { ...DEFAULT_SETTINGS, pollIntervalMinutes: 60, tagModes: 7 },
      SETTINGS_VERSION + 1,
    );
    expect(await loadSettings(defineSettingsItem())).toEqual({
      ...DEFAULT_SETTINGS,
      pollIntervalMinutes: 60,
    });
    expect(error).toHaveBeenCalled();
  });

  it('stores a new value with the current version', async () => {
    const item = defineSettingsItem();
    await item.setValue({ ...DEFAULT_SETTINGS, keepReadDays: 7 });
    const raw = await fakeBrowser.storage.sync.get('settings$');
    expect(raw.settings$).toEqual({ v: SETTINGS_VERSION });
  });
});
