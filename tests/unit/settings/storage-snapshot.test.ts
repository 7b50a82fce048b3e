import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../../utils/settings/settings';
import { defineSettingsItem, loadSettings } from '../../../utils/settings/settings-item';
import { SETTINGS_VERSION } from '../../../utils/settings/settings-migrations';
import { saveSettings } from '../../../utils/settings/save-settings';
import { defineSourcesItem, loadSources } from '../../../utils/settings/sources-item';
import {
  settingsFromSnapshot,
  sourcesFromSnapshot,
} from '../../../utils/settings/storage-snapshot';
import { SETTINGS_STORAGE_KEYS, SOURCES_KEY } from '../../../utils/settings/storage-keys';
import { devTagSource } from '../../../utils/sources/source';
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

  it('migrates an older value in memory, as the item would, and writes nothing', async () => {
    const v1 = { ...DEFAULT_SETTINGS, tagModes: { Career: 'hide', rust: 'show' } };
    await fakeBrowser.storage.sync.set({ settings: v1, settings$: { v: 1 } });
    const before = await snapshot();

    const settings = settingsFromSnapshot(before);

    expect(settings?.tagModes).toEqual({ career: 'hide' });
    expect(await snapshot()).toEqual(before);
    expect(settings).toEqual(await loadSettings(defineSettingsItem()));
  });

  it('treats a value without a version as v1, as the item does', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { ...DEFAULT_SETTINGS, tagModes: { Tokio: 'only' } },
    });
    expect(settingsFromSnapshot(await snapshot())?.tagModes).toEqual({ tokio: 'only' });
  });

  it('reads what it can of a value from a newer version', () => {
    expect(
      settingsFromSnapshot({
        settings: { ...DEFAULT_SETTINGS, pollIntervalMinutes: 60 },
        settings$: { v: SETTINGS_VERSION + 1 },
      })?.pollIntervalMinutes,
    ).toBe(60);
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

describe('sources from a raw storage snapshot', () => {
  const sourcesSnapshot = () => fakeBrowser.storage.local.get(SOURCES_KEY);

  it('reads what the sources item saved, under the key WXT gave it', async () => {
    const item = defineSourcesItem();
    await item.setValue([devTagSource('rust'), devTagSource('tokio', false)]);

    expect(sourcesFromSnapshot(await sourcesSnapshot())).toEqual(await loadSources(item));
    expect(sourcesFromSnapshot(await sourcesSnapshot())?.map((s) => s.id)).toEqual([
      'dev:rust',
      'dev:tokio',
    ]);
  });

  it('gives the defaults when nothing (or garbage) is stored, as loadSources does', async () => {
    const item = defineSourcesItem();
    expect(sourcesFromSnapshot(await sourcesSnapshot())).toEqual(await loadSources(item));
    await fakeBrowser.storage.local.set({ [SOURCES_KEY]: 'not a list' });
    expect(sourcesFromSnapshot(await sourcesSnapshot())).toEqual(await loadSources(item));
  });

  it('gives null when the read failed', () => {
    expect(sourcesFromSnapshot(null)).toBeNull();
  });
});
