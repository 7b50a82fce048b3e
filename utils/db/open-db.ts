import {
  createDbProviderWith,
  openRadarDbWith,
  type DbProviderOptions,
  type OpenRadarDbOptions,
} from './connect-db';
import { upgradeRadarDb } from './upgrade-db';

// The database for the worker, the options page and the tests, upgrade code included. (The
// popup loads that code on demand: utils/db/connect-db.ts.)

export type { GetDb, RadarDb } from './connect-db';
export { adoptRadarDb } from './connect-db';
export { upgradeRadarDb } from './upgrade-db';

/**
 * Opens the extension's database. Call it lazily (never at import time): WXT imports
 * entrypoints in Node during the build, where there is no IndexedDB.
 */
export function openRadarDb(options: Omit<OpenRadarDbOptions, 'upgrade'> = {}) {
  return openRadarDbWith({ ...options, upgrade: upgradeRadarDb });
}

/**
 * One shared connection per context, opened on first use and reopened after it was closed.
 * @param options passed to `openRadarDb` (its `onClose` is taken over).
 */
export function createDbProvider(options: Omit<DbProviderOptions, 'upgrade'> = {}) {
  return createDbProviderWith({ ...options, upgrade: upgradeRadarDb });
}
