/**
 * The storage keys of the settings item (`sync:settings`, see `settings-item.ts`): WXT keeps
 * the value under the item's key and its version under the key plus `$` (`{ v: 2 }`).
 * A module of its own: the popup's early script reads them and must stay tiny.
 */
export const SETTINGS_STORAGE_KEYS = ['settings', 'settings$'] as const;
