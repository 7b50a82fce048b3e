import { storage } from 'wxt/utils/storage';
import { coerceSettings } from './coerce-settings';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION } from './settings-migrations';
import { SETTINGS_KEY } from './storage-keys';

// Re-exported so existing imports keep working; the number lives with its migrations.
export { SETTINGS_VERSION };

/**
 * The settings' storage item (sync area: they follow the user; posts stay local), versioned
 * with `SETTINGS_MIGRATIONS`. A function, not a module constant: defining a versioned item
 * starts its migration, which must not happen when WXT imports this file in Node during the
 * build.
 *
 * A failed migration, or a value written by a newer version (WXT refuses to downgrade), is
 * only logged by WXT; `loadSettings` then coerces whatever is stored, so the extension keeps
 * working on defaults for anything it cannot read.
 */
export function defineSettingsItem() {
  return storage.defineItem<Settings>(`sync:${SETTINGS_KEY}`, {
    fallback: DEFAULT_SETTINGS,
    version: SETTINGS_VERSION,
    migrations: SETTINGS_MIGRATIONS,
  });
}

export type SettingsItem = ReturnType<typeof defineSettingsItem>;

/** Current settings, always valid: corrupt values fall back to defaults field by field. */
export async function loadSettings(item: SettingsItem): Promise<Settings> {
  try {
    return coerceSettings(await item.getValue());
  } catch {
    return coerceSettings(undefined);
  }
}
