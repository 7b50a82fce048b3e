import { storage } from 'wxt/utils/storage';
import { coerceSettings } from './coerce-settings';
import { DEFAULT_SETTINGS, type Settings } from './settings';

/** Bump with a migration below when the stored shape changes. */
export const SETTINGS_VERSION = 1;

/**
 * The settings' storage item (sync area: they follow the user; posts stay local).
 * A function, not a module constant: defining a versioned item starts its migration, which
 * must not happen when WXT imports this file in Node during the build.
 */
export function defineSettingsItem() {
  return storage.defineItem<Settings>('sync:settings', {
    fallback: DEFAULT_SETTINGS,
    version: SETTINGS_VERSION,
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
