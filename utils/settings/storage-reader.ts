import { coerceSources } from '../sources/coerce-sources';
import type { Source } from '../sources/source';
import { coerceSettings } from './coerce-settings';
import type { Settings } from './settings';
import type { SettingsItem } from './settings-item';
import { SETTINGS_VERSION } from './settings-migrations';
import { SETTINGS_KEY, SETTINGS_STORAGE_KEYS, SOURCES_KEY } from './storage-keys';
import { settingsFromSnapshot, sourcesFromSnapshot } from './storage-snapshot';

// The popup's way to the settings and the source list: `browser.storage` directly, through
// the same coercion and migrations as the WXT items (`settings-item.ts`, `sources-item.ts`)
// that the worker and the options page use. WXT's storage module and its lock are 4 kB
// gzipped, an eighth of the popup's 30 kB budget, for what the popup needs of it: two reads,
// one watch and the odd write (muting an author from a preview).

/** The part of a `browser.storage` area used here. */
export interface StorageAreaLike {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** `browser.storage.onChanged`, the part used here. */
export interface StorageChangedEvent {
  addListener(listener: (changes: Record<string, unknown>, areaName: string) => void): void;
  removeListener(listener: (changes: Record<string, unknown>, areaName: string) => void): void;
}

/** What `area` holds under `keys`, or null when it cannot be read. */
async function readRaw(
  area: Pick<StorageAreaLike, 'get'>,
  keys: string | string[],
): Promise<Record<string, unknown> | null> {
  try {
    return await area.get(keys);
  } catch {
    return null;
  }
}

/** The settings as `loadSettings` gives them: always valid, migrated in memory if due. */
export async function readSettings(sync: Pick<StorageAreaLike, 'get'>): Promise<Settings> {
  // Unreadable storage: the defaults, as loadSettings does.
  return (
    settingsFromSnapshot(await readRaw(sync, [...SETTINGS_STORAGE_KEYS])) ??
    coerceSettings(undefined)
  );
}

/** The source list as `loadSources` gives it: always valid. */
export async function readSources(local: Pick<StorageAreaLike, 'get'>): Promise<Source[]> {
  // Unreadable storage: the defaults, as loadSources does.
  return sourcesFromSnapshot(await readRaw(local, SOURCES_KEY)) ?? coerceSources(undefined);
}

/**
 * What `saveSettings` needs of the settings item, over the raw area: the value and the
 * version WXT keeps beside it, so the item reads it back as current.
 */
export function rawSettingsItem(
  sync: Pick<StorageAreaLike, 'set'>,
): Pick<SettingsItem, 'key' | 'setValue'> {
  return {
    key: `sync:${SETTINGS_KEY}`,
    setValue: (value) =>
      sync.set({ [SETTINGS_KEY]: value, [SETTINGS_STORAGE_KEYS[1]]: { v: SETTINGS_VERSION } }),
  };
}

/** Calls `onChange` whenever `key` changes in the area `areaName`; returns the unsubscribe. */
export function watchStorageKey(
  onChanged: StorageChangedEvent,
  areaName: 'sync' | 'local',
  key: string,
  onChange: () => void,
): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === areaName && key in changes) onChange();
  };
  onChanged.addListener(listener);
  return () => onChanged.removeListener(listener);
}
