import type { EarlyConnection } from '../db/open-if-current';

/**
 * What the popup's early script (`entrypoints/popup-early.ts`) starts before the popup's
 * modules load: the database connection, the settings and the source list. A classic script in the
 * page's head runs while the module scripts are still being fetched and compiled, so by the
 * time the popup asks for its first posts both are (nearly) there.
 */
export interface EarlyStart {
  db: Promise<EarlyConnection | null>;
  /** `storage.sync` under `SETTINGS_STORAGE_KEYS`, raw; null if reading failed. */
  settings: Promise<Record<string, unknown> | null>;
  /** `storage.local` under `SOURCES_KEY`, raw; null if reading failed. */
  sources: Promise<Record<string, unknown> | null>;
  /**
   * The unread tally's revision as the early script read it — before the popup read any post —
   * or null (no tally, no early connection); and whether it drew the stored first-frame copy.
   */
  firstFrame: Promise<{ revision: number | null; drawn: boolean }>;
}

/** Where the early script leaves its work for the popup: a property of the page's window. */
const EARLY_START_KEY = 'rustRadarEarlyStart';

export function publishEarlyStart(target: object, start: EarlyStart): void {
  Object.defineProperty(target, EARLY_START_KEY, { value: start, configurable: true });
}

/** The early start, once: it is removed, so nothing else can take over its connection. */
export function takeEarlyStart(target: object): EarlyStart | null {
  const start = (target as Record<string, unknown>)[EARLY_START_KEY] as EarlyStart | undefined;
  if (!start) return null;
  delete (target as Record<string, unknown>)[EARLY_START_KEY];
  return start;
}

/**
 * A loader whose first call answers from `early` (when it has an answer) and every later call
 * from `load`: the early value is a snapshot of the moment the popup opened, right for its
 * first read and for nothing after.
 */
export function firstFromEarly<T>(
  early: Promise<T | null> | undefined,
  load: () => Promise<T>,
): () => Promise<T> {
  let pending = early;
  return () => {
    const first = pending;
    pending = undefined;
    return first ? first.then((value) => value ?? load(), load) : load();
  };
}
