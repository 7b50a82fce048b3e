import { coerceSources } from '../sources/coerce-sources';
import type { Source } from '../sources/source';
import { coerceSettings } from './coerce-settings';
import type { Settings } from './settings';
import { SETTINGS_VERSION } from './settings-migrations';
import { SETTINGS_KEY, SETTINGS_STORAGE_KEYS, SOURCES_KEY } from './storage-keys';

// The popup's early script reads storage raw (see utils/popup/early-start.ts); these turn
// what it read into what `loadSettings` and `loadSources` would have answered.

/** A raw `storage.*.get` answer; null when the read failed. */
export type StorageSnapshot = Record<string, unknown> | null;

/**
 * The settings from a raw read of `SETTINGS_STORAGE_KEYS`, or null when that value is not
 * the current version (a migration is due: only the settings item runs those).
 */
export function settingsFromSnapshot(snapshot: StorageSnapshot): Settings | null {
  if (!snapshot) return null;
  const value = snapshot[SETTINGS_KEY];
  // Nothing stored: the item answers its fallback, the defaults.
  if (value == null) return coerceSettings(undefined);
  const meta = snapshot[SETTINGS_STORAGE_KEYS[1]] as { v?: unknown } | null | undefined;
  const version = meta?.v ?? 1;
  return version === SETTINGS_VERSION ? coerceSettings(value) : null;
}

/** The source list from a raw read of `SOURCES_KEY` (unversioned; coerced like `loadSources`). */
export function sourcesFromSnapshot(snapshot: StorageSnapshot): Source[] | null {
  return snapshot ? coerceSources(snapshot[SOURCES_KEY]) : null;
}
