import { coerceSettings } from './coerce-settings';
import { compactSettings } from './compact-settings';

/**
 * The version of the stored settings' shape. Bump it together with a new entry in
 * `SETTINGS_MIGRATIONS`; never edit a released step (a user may jump from any old version).
 *
 * - v1: `Settings` as typed, tag maps could restate defaults (`career: 'show'`,
 *   `rust: true`), keys as typed, keywords de-duplicated only by exact spelling.
 * - v2: the canonical compact form of `compactSettings` — normalized keys, only non-default
 *   tag entries, keywords unique ignoring case — so the value stays far below sync's 8 KB.
 * - v3: `notRustPosts` (what becomes of posts the relevance judge folds), 'fold' when absent.
 */
export const SETTINGS_VERSION = 3;

/** One step: the stored value of version N-1 in, version N out. Pure; must accept garbage. */
export type SettingsMigration = (stored: unknown) => unknown;

/**
 * Steps keyed by the version they produce, in the shape WXT's `storage.defineItem`
 * `migrations` option expects (it runs them in order from the stored version).
 */
export const SETTINGS_MIGRATIONS: Readonly<Record<number, SettingsMigration>> = {
  // Coercing first also repairs a corrupt v1 value field by field instead of keeping it.
  2: (stored) => compactSettings(coerceSettings(stored)),
  // Coercing fills the new field with its default and keeps every other one.
  3: (stored) => compactSettings(coerceSettings(stored)),
};

/**
 * Runs every step from `fromVersion` up to `SETTINGS_VERSION` (used by import, which reads
 * files written by older versions). A version outside 1…SETTINGS_VERSION throws.
 */
export function migrateSettings(stored: unknown, fromVersion: number): unknown {
  if (!Number.isInteger(fromVersion) || fromVersion < 1 || fromVersion > SETTINGS_VERSION) {
    throw new RangeError(`No migration from settings version ${fromVersion}`);
  }
  let value = stored;
  for (let version = fromVersion + 1; version <= SETTINGS_VERSION; version++) {
    const step = SETTINGS_MIGRATIONS[version];
    if (step) value = step(value);
  }
  return value;
}
