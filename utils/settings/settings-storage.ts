import { coerceSources } from '../sources/coerce-sources';
import { DEFAULT_SOURCES, type Source } from '../sources/source';
import { coerceSettings } from './coerce-settings';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import { migrateSettings, SETTINGS_VERSION } from './settings-migrations';
import {
  HOST_COOLDOWNS_KEY,
  SETTINGS_KEY,
  SETTINGS_STORAGE_KEYS,
  SETTINGS_VERSION_KEY,
  SOURCES_KEY,
} from './storage-keys';

// The one way every
// context reads, writes and watches them: the worker, the options page, the popup and its
// early script. `browser.storage` comes in as a parameter, so tests pass WXT's fake browser.

/** `browser.storage`, the part used here. */
export interface StorageLike {
  sync: StorageArea;
  local: StorageArea;
  onChanged: StorageChangedEvent;
}

/** The part of a `browser.storage` area used here. */
export interface StorageArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** `browser.storage.onChanged`, the part used here. */
export interface StorageChangedEvent {
  addListener(listener: StorageChangeListener): void;
  removeListener(listener: StorageChangeListener): void;
}
type StorageChangeListener = (changes: Record<string, unknown>, areaName: string) => void;

/** A raw `storage.*.get` answer; null when the read failed. */
export type StorageSnapshot = Record<string, unknown> | null;

/** What `area` holds under `keys`, or null when it cannot be read. */
export async function readSnapshot(
  area: Pick<StorageArea, 'get'>,
  keys: string | readonly string[],
): Promise<StorageSnapshot> {
  try {
    return await area.get(typeof keys === 'string' ? keys : [...keys]);
  } catch {
    return null;
  }
}

/**
 * The stored settings value, migrated in memory when it is of an older version (the worker
 * writes the migrated value back at start: `migrateStoredSettings`); undefined when none.
 * A version from a newer release (or garbage) is left for coercion to read field by field.
 */
function storedSettingsValue(snapshot: Record<string, unknown>): unknown {
  const value = snapshot[SETTINGS_KEY];
  if (value == null) return undefined;
  const meta = snapshot[SETTINGS_VERSION_KEY] as { v?: unknown } | null | undefined;
  const version = meta?.v ?? 1;
  if (version === SETTINGS_VERSION) return value;
  try {
    return migrateSettings(value, version as number);
  } catch {
    return value;
  }
}

/**
 * The settings from a raw read of `SETTINGS_STORAGE_KEYS`: always valid, the defaults when
 * nothing is stored, an older version migrated in memory. Null only when the read failed.
 */
export function settingsFromSnapshot(snapshot: StorageSnapshot): Settings | null {
  return snapshot ? coerceSettings(storedSettingsValue(snapshot)) : null;
}

/** The source list from a raw read of `SOURCES_KEY` (unversioned, coerced); null: read failed. */
export function sourcesFromSnapshot(snapshot: StorageSnapshot): Source[] | null {
  return snapshot ? coerceSources(snapshot[SOURCES_KEY]) : null;
}

/** The current settings, always valid: unreadable storage or corrupt values give defaults. */
export async function readSettings(sync: Pick<StorageArea, 'get'>): Promise<Settings> {
  return settingsFromSnapshot(await readSnapshot(sync, SETTINGS_STORAGE_KEYS)) ?? DEFAULT_SETTINGS;
}

/** The source list, always valid: unreadable or corrupt, it is DEV's rust feed. */
export async function readSources(local: Pick<StorageArea, 'get'>): Promise<Source[]> {
  return sourcesFromSnapshot(await readSnapshot(local, SOURCES_KEY)) ?? [...DEFAULT_SOURCES];
}

/** Writes settings (give them compact: `saveSettings` does) with the current version. */
export async function writeSettings(sync: Pick<StorageArea, 'set'>, value: Settings) {
  await sync.set({ [SETTINGS_KEY]: value, [SETTINGS_VERSION_KEY]: { v: SETTINGS_VERSION } });
}

export async function writeSources(local: Pick<StorageArea, 'set'>, sources: readonly Source[]) {
  await local.set({ [SOURCES_KEY]: sources });
}

/**
 * Calls `onChange` with the new raw value whenever `key` changes in `areaName`; returns the
 * unsubscribe function.
 */
export function watchStorageKey(
  onChanged: StorageChangedEvent,
  areaName: 'sync' | 'local',
  key: string,
  onChange: (newValue: unknown) => void,
): () => void {
  const listener: StorageChangeListener = (changes, area) => {
    if (area !== areaName || !(key in changes)) return;
    onChange((changes[key] as { newValue?: unknown } | undefined)?.newValue);
  };
  onChanged.addListener(listener);
  return () => onChanged.removeListener(listener);
}

/**
 * Brings stored settings of an older version up to the current one (at every worker start).
 * A value written by a newer release is left alone, and read field by field meanwhile.
 */
export async function migrateStoredSettings(sync: StorageArea): Promise<void> {
  const snapshot = await readSnapshot(sync, SETTINGS_STORAGE_KEYS);
  if (!snapshot || snapshot[SETTINGS_KEY] == null) return;
  const version = (snapshot[SETTINGS_VERSION_KEY] as { v?: unknown } | undefined)?.v ?? 1;
  if (version === SETTINGS_VERSION) return;
  if (typeof version !== 'number' || version > SETTINGS_VERSION) {
    console.error(
      `Rust Radar: settings of version ${String(version)} are newer than this release; ` +
        'reading what can be read of them',
    );
    return;
  }
  await writeSettings(sync, coerceSettings(storedSettingsValue(snapshot)));
}

/** Host → rest-until time; anything that is not such a map reads as none. */
async function readHostCooldowns(local: Pick<StorageArea, 'get'>): Promise<Record<string, number>> {
  const value = (await readSnapshot(local, HOST_COOLDOWNS_KEY))?.[HOST_COOLDOWNS_KEY];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter(
      (entry): entry is [string, number] =>
        typeof entry[1] === 'number' && Number.isFinite(entry[1]),
    ),
  );
}

/**
 * The extension's storage, for one context: every read, write and watch of the settings,
 * the source list and the host rests goes through this one layout.
 *
 * (The parameter is not called `storage`: WXT's build runs unimport even with `imports: false`,
 * which took that name for WXT's own `storage` and bundled @wxt-dev/storage into every page and
 * the worker, 3 kB gzipped each; tests/browser/bundle-contents.test.ts keeps it out.)
 */
export function createSettingsStore(areas: StorageLike) {
  return {
    readSettings: () => readSettings(areas.sync),
    /** A raw write; `saveSettings` compacts and checks sync's quota first. */
    writeSettings: (value: Settings) => writeSettings(areas.sync, value),
    /** Calls `onChange` with the new raw value (coerce it) whenever the settings change. */
    watchSettings: (onChange: (raw: unknown) => void) =>
      watchStorageKey(areas.onChanged, 'sync', SETTINGS_KEY, onChange),
    readSources: () => readSources(areas.local),
    writeSources: (sources: readonly Source[]) => writeSources(areas.local, sources),
    watchSources: (onChange: (sources: Source[]) => void) =>
      watchStorageKey(areas.onChanged, 'local', SOURCES_KEY, (raw) => onChange(coerceSources(raw))),
    readHostCooldowns: () => readHostCooldowns(areas.local),
    writeHostCooldowns: (cooldowns: Readonly<Record<string, number>>) =>
      areas.local.set({ [HOST_COOLDOWNS_KEY]: cooldowns }),
    migrateSettings: () => migrateStoredSettings(areas.sync),
  };
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;
