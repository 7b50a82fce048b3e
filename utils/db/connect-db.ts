import { openDB, wrap, type IDBPDatabase } from 'idb';
import type { EarlyConnection } from './open-if-current';
import { DB_NAME, DB_VERSION, type RadarDbSchema } from './schema';
import type { RadarDbUpgrade } from './upgrade-db';

// Opening the database, without its upgrade code: `open-db.ts` passes that code in, the popup
// a way to load it (it is needed only when the popup opens the database before the worker
// upgraded it: 1.1 kB gzipped the popup need not load at every open).

export type RadarDb = IDBPDatabase<RadarDbSchema>;

/** The upgrade code itself, or a loader for it (`{ load }`). */
export type UpgradeSource = RadarDbUpgrade | { load(): Promise<RadarDbUpgrade> };

export interface OpenRadarDbOptions {
  /**
   * The schema's upgrade code, or how to load it (the popup's): a loader is asked before every
   * open this makes itself — for the popup, only when its early script's connection was not
   * current or is gone (an older schema, a first run, a newer schema took it). `open-db.ts`
   * passes the code itself.
   */
  upgrade: UpgradeSource;
  /** Defaults to the global `indexedDB`; tests pass a fresh fake-indexeddb factory. */
  factory?: IDBFactory;
  /** Defaults to `rust-radar`. */
  name?: string;
  /** Called once the connection is closed for good (schema upgrade elsewhere, or browser). */
  onClose?: () => void;
}

/**
 * Opens the extension's database. Call it lazily (never at import time): WXT imports
 * entrypoints in Node during the build, where there is no IndexedDB.
 */
export function openRadarDbWith(options: OpenRadarDbOptions): Promise<RadarDb> {
  const { upgrade, factory, name = DB_NAME, onClose } = options;
  // A loader is asked before the open, not during it: an upgrade runs synchronously inside
  // the open request's versionchange transaction. (The popup opens the database itself only
  // when its early script found no current one — an older schema, a first run — or lost it.)
  if (typeof upgrade !== 'function') {
    return upgrade.load().then((loaded) => openRadarDbWith({ ...options, upgrade: loaded }));
  }
  const open = () =>
    openDB<RadarDbSchema>(name, DB_VERSION, {
      upgrade,
      // Another context (an updated worker, a popup) wants a newer schema: step aside.
      blocking(_current, _blocked, event) {
        (event.target as IDBDatabase).close();
        onClose?.();
      },
      terminated: onClose,
    });
  if (!factory) return open();
  // idb reads the global at call time; swap it only for the duration of the call.
  const previous = globalThis.indexedDB;
  globalThis.indexedDB = factory;
  try {
    return open();
  } finally {
    globalThis.indexedDB = previous;
  }
}

/**
 * Takes over a connection `openIfCurrent` opened at the current version, with the same
 * behaviour as `openRadarDbWith`: it steps aside for a newer schema and reports its closing.
 */
export function adoptRadarDb(early: EarlyConnection, onClose?: () => void): RadarDb {
  const { db } = early;
  db.onversionchange = () => {
    db.close();
    early.closed = true;
    onClose?.();
  };
  // 'close' fires only when the browser closes the connection (the `terminated` of idb).
  db.onclose = () => onClose?.();
  return wrap(db) as unknown as RadarDb;
}

export interface DbProviderOptions extends Omit<OpenRadarDbOptions, 'onClose'> {
  /**
   * A connection opened before this code ran (the popup's early script); used for the first
   * `getDb()` when it opened and is still open, otherwise the database is opened as usual.
   */
  adopt?: Promise<EarlyConnection | null>;
}

/**
 * One shared connection per context, opened on first use and reopened after it was closed.
 * @param options passed to `openRadarDbWith` (its `onClose` is taken over).
 */
export function createDbProviderWith({ adopt, ...options }: DbProviderOptions) {
  let pending: Promise<RadarDb> | null = null;
  let early = adopt;
  const forget = () => {
    pending = null;
  };
  const open = () => openRadarDbWith({ ...options, onClose: forget });
  return function getDb(): Promise<RadarDb> {
    if (!pending) {
      const adopting = early;
      early = undefined;
      pending = adopting
        ? adopting.then((connection) =>
            connection && !connection.closed ? adoptRadarDb(connection, forget) : open(),
          )
        : open();
      pending.catch(forget);
    }
    return pending;
  };
}

export type GetDb = ReturnType<typeof createDbProviderWith>;
