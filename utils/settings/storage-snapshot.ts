import { coerceSources } from '../sources/coerce-sources';
import type { Source } from '../sources/source';
import { coerceSettings } from './coerce-settings';
import type { Settings } from './settings';
import { migrateSettings, SETTINGS_VERSION } from './settings-migrations';
import { SETTINGS_KEY, SETTINGS_STORAGE_KEYS, SOURCES_KEY } from './storage-keys';

// The popup's early script reads storage raw (see utils/popup/early-start.ts); these turn
// what it read into what `loadSettings` and `loadSources` would have answered.

/** A raw `storage.*.get` answer; null when the read failed. */
export type StorageSnapshot = Record<string, unknown> | null;

/**
 * The settings from a raw read of `SETTINGS_STORAGE_KEYS`, as `loadSettings` would answer:
 * the defaults when nothing is stored, and a value of an older version migrated in memory
 * with the item's own steps (the worker writes the migrated value back when it starts; a popup
 * opened in the moment before must not filter by the old shape). Null only when the read
 * failed.
 */
export function settingsFromSnapshot(snapshot: StorageSnapshot): Settings | null {
  if (!snapshot) return null;
  const value = snapshot[SETTINGS_KEY];
  if (value == null) return coerceSettings(undefined);
  const meta = snapshot[SETTINGS_STORAGE_KEYS[1]] as { v?: unknown } | null | undefined;
  const version = meta?.v ?? 1;
  if (version === SETTINGS_VERSION) return coerceSettings(value);
  try {
    return coerceSettings(migrateSettings(value, version as number));
  } catch {
    // A version from a newer release (or garbage): what can be read of it, field by field.
    return coerceSettings(value);
  }
}

/** The source list from a raw read of `SOURCES_KEY` (unversioned; coerced like `loadSources`). */
export function sourcesFromSnapshot(snapshot: StorageSnapshot): Source[] | null {
  return snapshot ? coerceSources(snapshot[SOURCES_KEY]) : null;
}
