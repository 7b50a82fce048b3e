import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { english } from '../../../utils/i18n/english';
import { saveSettings } from '../../../utils/settings/save-settings';
import { DEFAULT_SETTINGS } from '../../../utils/settings/settings';
import { SETTINGS_VERSION } from '../../../utils/settings/settings-migrations';
import {
  createSettingsStore,
  migrateStoredSettings,
  readSettings,
  readSources,
  settingsFromSnapshot,
  sourcesFromSnapshot,
  watchStorageKey,
} from '../../../utils/settings/settings-storage';
import { SETTINGS_STORAGE_KEYS, SOURCES_KEY } from '../../../utils/settings/storage-keys';
import { coerceSources } from '../../../utils/sources/coerce-sources';
import { curatedToSource, CURATED_SOURCES } from '../../../utils/sources/curated-sources';
import { DEFAULT_SOURCES, devTagSource } from '../../../utils/sources/source';

// Every context reads, writes and watches the settings, the source list and the host rests
// through this one layout: the worker and the options page through the store, the popup's
// early script through raw snapshots.
const store = () => createSettingsStore(fakeBrowser.storage);
const snapshot = () => fakeBrowser.storage.sync.get([...SETTINGS_STORAGE_KEYS]);

// The version lives next to the value, under "<key>$" (the layout earlier releases stored).
async function storeRaw(value: unknown, version?: number) {
  await fakeBrowser.storage.sync.set({
    settings: value,
    ...(version === undefined ? {} : { settings$: { v: version } }),
  });
}

describe('the settings in storage.sync', () => {
  it('starts from the defaults when nothing is stored', async () => {
    expect(await store().readSettings()).toEqual(DEFAULT_SETTINGS);
    expect(settingsFromSnapshot(await snapshot())).toEqual(DEFAULT_SETTINGS);
  });

  it('reads what was saved, raw snapshot and store alike', async () => {
    const saved = { ...DEFAULT_SETTINGS, tagModes: { career: 'hide' as const } };
    await saveSettings(store(), saved, english);

    expect(settingsFromSnapshot(await snapshot())).toEqual(await store().readSettings());
    expect(settingsFromSnapshot(await snapshot())?.tagModes).toEqual({ career: 'hide' });
  });

  it('migrates a v1 value in sync storage to the current version at worker start', async () => {
    await storeRaw({ ...DEFAULT_SETTINGS, tagModes: { Career: 'hide', rust: 'show' } }, 1);
    await migrateStoredSettings(fakeBrowser.storage.sync);
    expect(await store().readSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      tagModes: { career: 'hide' },
    });
    const raw = await fakeBrowser.storage.sync.get(['settings', 'settings$']);
    expect(raw.settings).toEqual({ ...DEFAULT_SETTINGS, tagModes: { career: 'hide' } });
    expect(raw.settings$).toEqual({ v: SETTINGS_VERSION });
  });

  it('migrates an older value in memory when read, and writes nothing', async () => {
    const v1 = { ...DEFAULT_SETTINGS, tagModes: { Career: 'hide', rust: 'show' } };
    await storeRaw(v1, 1);
    const before = await snapshot();

    const settings = settingsFromSnapshot(before);

    expect(settings?.tagModes).toEqual({ career: 'hide' });
    expect(await snapshot()).toEqual(before);
    expect(await store().readSettings()).toEqual(settings);
  });

  it('treats a value without a version as v1 (written before versioning)', async () => {
    await storeRaw({ ...DEFAULT_SETTINGS, tagNotify: { rust: true }, tagModes: { Tokio: 'only' } });
    expect(settingsFromSnapshot(await snapshot())?.tagModes).toEqual({ tokio: 'only' });
    await migrateStoredSettings(fakeBrowser.storage.sync);
    const raw = await fakeBrowser.storage.sync.get('settings');
    expect(raw.settings).toEqual({ ...DEFAULT_SETTINGS, tagModes: { tokio: 'only' } });
  });

  it('falls back to defaults for a corrupt value, and repairs a current one field by field', async () => {
    await storeRaw('{not settings', 1);
    expect(await store().readSettings()).toEqual(DEFAULT_SETTINGS);
    await storeRaw({ pollMinutes: 'often', keepReadDays: 9 }, SETTINGS_VERSION);
    expect(await store().readSettings()).toEqual({ ...DEFAULT_SETTINGS, keepReadDays: 9 });
  });

  it('keeps working on a value written by a newer version, reading what it can', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await storeRaw(
      { ...DEFAULT_SETTINGS, pollIntervalMinutes: 60, tagModes: 7 },
      SETTINGS_VERSION + 1,
    );
    await migrateStoredSettings(fakeBrowser.storage.sync);
    expect(await store().readSettings()).toEqual({ ...DEFAULT_SETTINGS, pollIntervalMinutes: 60 });
    expect(error).toHaveBeenCalled();
    expect((await snapshot()).settings$).toEqual({ v: SETTINGS_VERSION + 1 });
  });

  it('stores a new value with the current version', async () => {
    await store().writeSettings({ ...DEFAULT_SETTINGS, keepReadDays: 7 });
    const raw = await fakeBrowser.storage.sync.get('settings$');
    expect(raw.settings$).toEqual({ v: SETTINGS_VERSION });
  });

  it('writes settings it reads back as current (no migration rewrites them)', async () => {
    const muted = { ...DEFAULT_SETTINGS, mutedAuthors: { ana: 'Ana' } };
    const result = await saveSettings(store(), muted, english);
    expect(result.ok).toBe(true);
    const written = await fakeBrowser.storage.sync.get(null);

    await migrateStoredSettings(fakeBrowser.storage.sync);
    expect(await store().readSettings()).toEqual(muted);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual(written);
  });

  it('gives the defaults when storage cannot be read, and null for a failed snapshot', async () => {
    const broken = { get: vi.fn(async () => Promise.reject(new Error('gone'))) };
    expect(await readSettings(broken)).toEqual(DEFAULT_SETTINGS);
    expect(await readSources(broken)).toEqual([...DEFAULT_SOURCES]);
    expect(settingsFromSnapshot(null)).toBeNull();
    expect(sourcesFromSnapshot(null)).toBeNull();
  });

  it('reads what it can of a value from a newer version', () => {
    expect(
      settingsFromSnapshot({
        settings: { ...DEFAULT_SETTINGS, pollIntervalMinutes: 60 },
        settings$: { v: SETTINGS_VERSION + 1 },
      })?.pollIntervalMinutes,
    ).toBe(60);
  });
});

describe('watching storage', () => {
  it('watches one key in one area, until unsubscribed', async () => {
    const onChange = vi.fn();
    const stop = watchStorageKey(fakeBrowser.storage.onChanged, 'sync', 'settings', onChange);

    await fakeBrowser.storage.local.set({ settings: 1 });
    await fakeBrowser.storage.sync.set({ other: 1 });
    expect(onChange).not.toHaveBeenCalled();
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS } });
    expect(onChange).toHaveBeenCalledExactlyOnceWith({ ...DEFAULT_SETTINGS });

    stop();
    await fakeBrowser.storage.sync.set({ settings: {} });
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('hands the source list over coerced', async () => {
    const onChange = vi.fn();
    store().watchSources(onChange);
    await store().writeSources([devTagSource('rust'), devTagSource('bevy')]);
    expect(onChange).toHaveBeenCalledExactlyOnceWith([devTagSource('rust'), devTagSource('bevy')]);
  });
});

describe('the source list in storage.local', () => {
  it('starts with DEV’s rust feed, enabled', async () => {
    expect(await store().readSources()).toEqual([{ ...devTagSource('rust'), enabled: true }]);
    expect(DEFAULT_SOURCES[0]?.enabled).toBe(true);
  });

  it('keeps what was saved, in local storage (sync’s 8 KB item quota is too small)', async () => {
    const saved = [devTagSource('rust'), curatedToSource(CURATED_SOURCES[1]!, true)];
    await store().writeSources(saved);

    expect(await store().readSources()).toEqual(saved);
    expect(await fakeBrowser.storage.local.get('sources')).toEqual({ sources: saved });
    expect(await fakeBrowser.storage.sync.get('sources')).toEqual({});
    const raw = await fakeBrowser.storage.local.get(SOURCES_KEY);
    expect(sourcesFromSnapshot(raw)?.map((s) => s.id)).toEqual(['dev:rust', 'curated:rust-blog']);
  });

  it.each([
    ['a string', 'dev:rust'],
    ['an object', { 0: devTagSource('rust') }],
    ['too many entries', Array.from({ length: 501 }, (_, i) => devTagSource(`tag${i}`))],
  ])('falls back to the defaults when the stored value is %s', async (_what, value) => {
    await fakeBrowser.storage.local.set({ sources: value });
    expect(await store().readSources()).toEqual([...DEFAULT_SOURCES]);
    expect(sourcesFromSnapshot(await fakeBrowser.storage.local.get(SOURCES_KEY))).toEqual([
      ...DEFAULT_SOURCES,
    ]);
  });

  it('drops unusable entries and rebuilds the rest from their feed URL', () => {
    expect(
      coerceSources([
        null,
        { feedUrl: 'javascript:alert(1)', enabled: true },
        {
          id: 'curated:evil',
          kind: 'curated',
          feedUrl: 'https://dev.to/feed/tag/tokio',
          enabled: 'yes',
        },
        { feedUrl: 'https://dev.to/feed/tag/tokio', enabled: true },
        { feedUrl: 'https://example.org/feed.xml', title: ' My\u0000 blog ', enabled: true },
      ]),
    ).toEqual([
      devTagSource('tokio', false),
      expect.objectContaining({ kind: 'custom', title: 'My blog', enabled: true }),
    ]);
  });
});

describe('host cooldowns in storage.local', () => {
  it('reads none at first and ignores anything that is not a host → time map', async () => {
    expect(await store().readHostCooldowns()).toEqual({});
    await fakeBrowser.storage.local.set({ hostCooldowns: { 'a.example': 5, 'b.example': 'x' } });
    expect(await store().readHostCooldowns()).toEqual({ 'a.example': 5 });
    await fakeBrowser.storage.local.set({ hostCooldowns: [1] });
    expect(await store().readHostCooldowns()).toEqual({});
    await store().writeHostCooldowns({ 'c.example': 7 });
    expect(await store().readHostCooldowns()).toEqual({ 'c.example': 7 });
  });
});
