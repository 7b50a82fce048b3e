import { coerceSettings } from './coerce-settings';
import type { Settings } from './settings';
import { SETTINGS_VERSION } from './settings-migrations';
import { SETTINGS_STORAGE_KEYS } from './settings-storage-keys';

/**
 * The settings from a raw read of `SETTINGS_STORAGE_KEYS`, or null when that value is not
 * the current version (a migration is due: only the settings item runs those).
 */
export function settingsFromSnapshot(snapshot: Record<string, unknown> | null): Settings | null {
  if (!snapshot) return null;
  const value = snapshot[SETTINGS_STORAGE_KEYS[0]];
  // Nothing stored: the item answers its fallback, the defaults.
  if (value == null) return coerceSettings(undefined);
  const meta = snapshot[SETTINGS_STORAGE_KEYS[1]] as { v?: unknown } | null | undefined;
  const version = meta?.v ?? 1;
  return version === SETTINGS_VERSION ? coerceSettings(value) : null;
}
