import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  publishOptionsEarly,
  readSettingsEarly,
  takeOptionsEarly,
} from '@/utils/options/options-early';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings';
import { settingsFromSnapshot } from '@/utils/settings/settings-storage';

describe('options early start', () => {
  it('hands the early reads to the page once', async () => {
    const page = {};
    const early = {
      tagCounts: Promise.resolve([{ tag: 'rust', count: 2 }]),
      settings: Promise.resolve(null),
      settingsChanged: () => false,
    };
    publishOptionsEarly(page, early);

    expect(takeOptionsEarly(page)).toBe(early);
    expect(takeOptionsEarly(page)).toBeNull();
  });

  it('is null when the early script did not run', () => {
    expect(takeOptionsEarly({})).toBeNull();
  });

  it('reads the settings, and says nothing changed when nothing did', async () => {
    const hidden = { ...DEFAULT_SETTINGS, tagModes: { career: 'hide' as const } };
    await fakeBrowser.storage.sync.set({ settings: hidden });
    const early = readSettingsEarly(fakeBrowser.storage);

    expect(settingsFromSnapshot(await early.settings)).toEqual(hidden);
    expect(early.settingsChanged()).toBe(false);
  });

  it('says the settings changed when they did after the read began', async () => {
    const early = readSettingsEarly(fakeBrowser.storage);
    await early.settings;
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, keepReadDays: 3 } });

    expect(early.settingsChanged()).toBe(true);
  });

  it('stops watching once asked: the page watches for itself from then on', async () => {
    const early = readSettingsEarly(fakeBrowser.storage);
    expect(early.settingsChanged()).toBe(false);
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, keepReadDays: 3 } });

    expect(early.settingsChanged()).toBe(false);
  });

  it('ignores other keys and areas', async () => {
    const early = readSettingsEarly(fakeBrowser.storage);
    await fakeBrowser.storage.local.set({ settings: 'not the synced settings' });
    await fakeBrowser.storage.sync.set({ other: 1 });

    expect(early.settingsChanged()).toBe(false);
  });

  it('gives null when the settings cannot be read', async () => {
    const early = readSettingsEarly({
      sync: { get: () => Promise.reject(new Error('no sync')), set: async () => {} },
      onChanged: fakeBrowser.storage.onChanged,
    });
    expect(await early.settings).toBeNull();
  });
});
