import type { Translator } from '../i18n/translator';
import { coerceSettings } from '../settings/coerce-settings';
import { saveSettings, type SaveResult } from '../settings/save-settings';
import type { Settings } from '../settings/settings';
import { settingsFromSnapshot, type SettingsStore } from '../settings/settings-storage';
import { canonicalJson } from './canonical-json';
import type { OptionsEarlyStart } from './options-early';

export interface SettingsSync {
  /**
   * The stored settings, coerced to valid ones. Call once before the first `save`.
   * @param early the early script's read: taken when nothing changed between it and this
   *   sync's own watch (which began when the sync was created), read again otherwise.
   */
  load(early?: Pick<OptionsEarlyStart, 'settings' | 'settingsChanged'> | null): Promise<Settings>;
  /** Writes `settings`; resolves with the outcome (never rejects). */
  save(settings: Settings): Promise<SaveResult>;
  /** Stops listening for changes. */
  stop(): void;
}

/**
 * Keeps an open options page and stored settings in step. The page saves on every change and
 * shows its own state at once; storage then reports each write back as a change. Those echoes
 * must be ignored — after two quick clicks the first echo would otherwise put the first click's
 * state back on screen — while real changes from elsewhere (the popup muting an author,
 * another synced browser) must reach the page.
 * @param onExternalChange called with settings changed by someone else.
 * @param t words for the sentence a failed save comes back with.
 */
export function createSettingsSync(
  store: Pick<SettingsStore, 'readSettings' | 'writeSettings' | 'watchSettings'>,
  onExternalChange: (settings: Settings) => void,
  t: Translator,
): SettingsSync {
  // Writes whose change events have not arrived yet, oldest first, as canonical JSON.
  const pendingEchoes: string[] = [];
  // What storage holds as far as this page knows; writing it again would bring no echo.
  let lastStored: string | null = null;
  const unwatch = store.watchSettings((value) => {
    const json = canonicalJson(value);
    const index = pendingEchoes.indexOf(json);
    // Change events arrive in write order: an echo also settles every earlier write.
    if (index !== -1) {
      pendingEchoes.splice(0, index + 1);
      return;
    }
    lastStored = json;
    onExternalChange(coerceSettings(value));
  });

  return {
    async load(early) {
      // Asked now, after this sync's watch began: a change the early read may lack happened
      // before it, and the early watch saw it; any later one reaches the watch above.
      const preRead = early && !early.settingsChanged() ? await early.settings : null;
      const settings = settingsFromSnapshot(preRead) ?? (await store.readSettings());
      lastStored = canonicalJson(settings);
      return settings;
    },
    async save(settings) {
      return saveSettings(
        {
          writeSettings: async (value) => {
            const json = canonicalJson(value);
            // Storage reports no change for an unchanged value: no echo to wait for.
            if (json === lastStored) return;
            // Updated before the write resolves, so a quick second save compares against it.
            const previous = lastStored;
            lastStored = json;
            pendingEchoes.push(json);
            try {
              await store.writeSettings(value);
            } catch (error) {
              pendingEchoes.splice(pendingEchoes.lastIndexOf(json), 1);
              lastStored = previous;
              throw error;
            }
          },
        },
        settings,
        t,
      );
    },
    stop: unwatch,
  };
}
