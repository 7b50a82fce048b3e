import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../../utils/settings/settings';
import { defineSettingsItem, loadSettings } from '../../../utils/settings/settings-item';
import { SETTINGS_VERSION } from '../../../utils/settings/settings-migrations';
import { saveSettings } from '../../../utils/settings/save-settings';
import { settingsFromSnapshot } from '../../../utils/settings/settings-snapshot';
import { SETTINGS_STORAGE_KEYS } from '../../../utils/settings/settings-storage-keys';
import { english } from '../../../utils/i18n/english';

const snapshot = () => fakeBrowser.storage.sync.get([...SETTINGS_STORAGE_KEYS]);

// The popup's early script reads the settings raw; this is how those bytes become settings.
describe('settings from a raw storage snapshot', () => {
  it('reads what the settings item saved, under the keys WXT gave it', async () => {
    const item = defineSettingsItem();
    const saved = { ...DEFAULT_SETTINGS, tagModes: { career: 'hide' as const } };
    await saveSettings(item, saved, english);

    expect(settingsFromSnapshot(await snapshot())).toEqual(await loadSettings(item));
    expect(settingsFromSnapshot(await snapshot())?.tagModes).toEqual({ career: 'hide' });
  });

  it('gives the defaults when nothing is stored, as the item does', async () => {
    expect(settingsFromSnapshot(await snapshot())).toEqual(DEFAULT_SETTINGS);
  });

  it('gives null for a value that still needs a migration (only the item runs those)', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS }, settings$: { v: 1 } });
    expect(settingsFromSnapshot(await snapshot())).toBeNull();
    await fakeBrowser.storage.sync.set({ settings$: null });
    expect(settingsFromSnapshot(await snapshot())).toBeNull();
    expect(SETTINGS_VERSION).toBeGreaterThan(1);
  });

  it('gives null when the read failed', () => {
    expect(settingsFromSnapshot(null)).toBeNull();
  });

  it('repairs a corrupt current value field by field, like loadSettings', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { pollMinutes: 'often' },
      settings$: { v: SETTINGS_VERSION },
    });
    expect(settingsFromSnapshot(await snapshot())).toEqual(
      await loadSettings(defineSettingsItem()),
    );
  });
});
