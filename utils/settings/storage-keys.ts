// Where the settings and the source list live in `browser.storage`: the keys alone, in a module
// of their own, because the popup's early script reads them raw and must stay tiny (no
// coercion code, no source list). `settings-storage.ts` reads and writes them for everyone.

/** The settings, in `storage.sync`: they follow the user across browsers (posts stay local). */
export const SETTINGS_KEY = 'settings';
/**
 * The settings' shape version, `{ v: N }`, next to them. The name is the layout WXT's
 * versioned storage items use, which earlier releases stored with: nothing needs moving.
 */
export const SETTINGS_VERSION_KEY = `${SETTINGS_KEY}$`;
/** What to read for the settings: the value and its version. */
export const SETTINGS_STORAGE_KEYS = [SETTINGS_KEY, SETTINGS_VERSION_KEY] as const;
/**
 * The source list, in `storage.local`, not `sync`: sync allows 8 KB per item, and 500 sources
 * with their URLs and titles need far more (README "Storage").
 */
export const SOURCES_KEY = 'sources';
/**
 * Per-host rest times after a 429 (`utils/schedule/next-poll.ts`), in `storage.local`: kept
 * across worker restarts so a restarted worker does not hammer a host that asked it to wait.
 */
export const HOST_COOLDOWNS_KEY = 'hostCooldowns';
