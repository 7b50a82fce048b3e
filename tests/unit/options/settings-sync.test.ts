import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readSettingsEarly } from '../../../utils/options/options-early';
import { createSettingsSync } from '../../../utils/options/settings-sync';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings/settings';
import { createSettingsStore } from '../../../utils/settings/settings-storage';

const settingsStore = () => createSettingsStore(fakeBrowser.storage);
import { english } from '@/utils/i18n/english';

const HIDE_CAREER: Settings = { ...DEFAULT_SETTINGS, tagModes: { career: 'hide' } };
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createSettingsSync', () => {
  it('loads the stored settings, coerced', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, keepReadDays: 'x' } });
    const sync = createSettingsSync(settingsStore(), () => {}, english);
    expect(await sync.load()).toEqual(DEFAULT_SETTINGS);
  });

  it("takes the early script's read instead of reading again", async () => {
    await fakeBrowser.storage.sync.set({ settings: HIDE_CAREER });
    const early = readSettingsEarly(fakeBrowser.storage);
    const store = settingsStore();
    const readSettings = vi.spyOn(store, 'readSettings');
    const sync = createSettingsSync(store, () => {}, english);

    expect(await sync.load(early)).toEqual(HIDE_CAREER);
    expect(readSettings).not.toHaveBeenCalled();
    // And knows them as stored: saving them again writes nothing (no echo to wait for).
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    await sync.save(HIDE_CAREER);
    expect(set).not.toHaveBeenCalled();
  });

  it('reads again when the settings changed between the early read and its own watch', async () => {
    const early = readSettingsEarly(fakeBrowser.storage);
    await early.settings;
    // The popup mutes an author while the options page's module is still loading.
    await settingsStore().writeSettings(HIDE_CAREER);
    const external = vi.fn();
    const sync = createSettingsSync(settingsStore(), external, english);

    expect(await sync.load(early)).toEqual(HIDE_CAREER);
    expect(external).not.toHaveBeenCalled();
  });

  it('reads the settings itself when the early read failed or there was none', async () => {
    await fakeBrowser.storage.sync.set({ settings: HIDE_CAREER });
    const failed = { settings: Promise.resolve(null), settingsChanged: () => false };
    const sync = createSettingsSync(settingsStore(), () => {}, english);
    expect(await sync.load(failed)).toEqual(HIDE_CAREER);
    expect(await createSettingsSync(settingsStore(), () => {}, english).load(null)).toEqual(
      HIDE_CAREER,
    );
  });

  it('does not report its own writes back, even several in a row', async () => {
    const external = vi.fn();
    const sync = createSettingsSync(settingsStore(), external, english);
    await sync.load();
    await Promise.all([
      sync.save(HIDE_CAREER),
      sync.save({ ...HIDE_CAREER, tagModes: { career: 'hide', tokio: 'only' } }),
      sync.save(DEFAULT_SETTINGS),
    ]);
    await flush();
    expect(external).not.toHaveBeenCalled();
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual(DEFAULT_SETTINGS);
  });

  it('reports a change written elsewhere (the popup, another browser)', async () => {
    const external = vi.fn();
    const sync = createSettingsSync(settingsStore(), external, english);
    await sync.load();
    await sync.save(HIDE_CAREER);
    await settingsStore().writeSettings({ ...HIDE_CAREER, mutedAuthors: { jane: 'Jane' } });
    await flush();
    expect(external).toHaveBeenCalledExactlyOnceWith({
      ...HIDE_CAREER,
      mutedAuthors: { jane: 'Jane' },
    });
  });

  it('still writes a value it wrote before, once someone else changed it', async () => {
    const external = vi.fn();
    const sync = createSettingsSync(settingsStore(), external, english);
    await sync.load();
    await sync.save(HIDE_CAREER);
    await settingsStore().writeSettings(DEFAULT_SETTINGS);
    await flush();
    await sync.save(HIDE_CAREER);
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual(HIDE_CAREER);
  });

  it('returns the error sentence when the write fails, and recovers afterwards', async () => {
    const sync = createSettingsSync(settingsStore(), () => {}, english);
    await sync.load();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(
      new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'),
    );
    const failed = await sync.save(HIDE_CAREER);
    expect(failed).toEqual({ ok: false, error: expect.stringContaining('Wait a minute') });
    expect(await sync.save(HIDE_CAREER)).toEqual({ ok: true, stored: HIDE_CAREER });
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual(HIDE_CAREER);
  });

  it('stops listening when stopped', async () => {
    const external = vi.fn();
    const sync = createSettingsSync(settingsStore(), external, english);
    sync.stop();
    await settingsStore().writeSettings(HIDE_CAREER);
    await flush();
    expect(external).not.toHaveBeenCalled();
  });
});
