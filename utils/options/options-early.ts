import {
  readSnapshot,
  watchStorageKey,
  type StorageLike,
  type StorageSnapshot,
} from '../settings/settings-storage';
import { SETTINGS_KEY, SETTINGS_STORAGE_KEYS } from '../settings/storage-keys';
import type { TagCount } from './tag-counts';

/**
 * What the options page's early script (`entrypoints/options-early.ts`) reads before the page's
 * module loads: the settings and the last visit's tag counts, which its first frame (the tag
 * rows) is drawn from. A classic script in the head runs while the module is still being
 * fetched and compiled, so the reads overlap with loading code instead of following it.
 */
export interface OptionsEarlyStart {
  /** The kept tag counts (`readCachedTagCounts`); null when none or unreadable. */
  tagCounts: Promise<TagCount[] | null>;
  /** `storage.sync` under `SETTINGS_STORAGE_KEYS`, raw (`settingsFromSnapshot`); null: failed. */
  settings: Promise<StorageSnapshot>;
  /**
   * Whether the settings changed after the early read began, and stops watching: asked once,
   * by the page, right after it starts watching them itself. A change before that moment may
   * be missing from the early read and would reach the page by no other way; a change after
   * it reaches the page's own watch.
   */
  settingsChanged(): boolean;
}

/**
 * Starts the settings read of the early script: watching first, then reading, so no change can
 * fall between the read and the page's own watch unnoticed.
 */
export function readSettingsEarly(
  areas: Pick<StorageLike, 'sync' | 'onChanged'>,
): Pick<OptionsEarlyStart, 'settings' | 'settingsChanged'> {
  let changed = false;
  const unwatch = watchStorageKey(areas.onChanged, 'sync', SETTINGS_KEY, () => {
    changed = true;
  });
  return {
    settings: readSnapshot(areas.sync, SETTINGS_STORAGE_KEYS),
    settingsChanged() {
      unwatch();
      return changed;
    },
  };
}

/** Where the early script leaves its reads for the page: a property of the page's window. */
const OPTIONS_EARLY_KEY = 'rustRadarOptionsEarly';

export function publishOptionsEarly(target: object, start: OptionsEarlyStart): void {
  Object.defineProperty(target, OPTIONS_EARLY_KEY, { value: start, configurable: true });
}

/** The early reads, once: they are a snapshot of the moment the page opened. */
export function takeOptionsEarly(target: object): OptionsEarlyStart | null {
  const start = (target as Record<string, unknown>)[OPTIONS_EARLY_KEY] as
    OptionsEarlyStart | undefined;
  if (!start) return null;
  delete (target as Record<string, unknown>)[OPTIONS_EARLY_KEY];
  return start;
}
