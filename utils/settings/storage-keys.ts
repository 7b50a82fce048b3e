// The storage keys of the settings and sources items, in a module of their own: the popup's
// early script reads them raw and must stay tiny (no WXT storage, no coercion code).

/** The settings item's key in `storage.sync`. */
export const SETTINGS_KEY = 'settings';

/** What WXT keeps for the settings item: its value, and its version under the key plus `$`. */
export const SETTINGS_STORAGE_KEYS = [SETTINGS_KEY, `${SETTINGS_KEY}$`] as const;

/** The source list's key in `storage.local`. */
export const SOURCES_KEY = 'sources';
