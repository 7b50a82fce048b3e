import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { createDbProviderWith } from '../../../utils/db/connect-db';
import { openIfCurrent } from '../../../utils/db/open-if-current';
import { createDbProvider, openRadarDb } from '../../../utils/db/open-db';
import { DB_VERSION } from '../../../utils/db/schema';
import { upgradeRadarDb } from '../../../utils/db/upgrade-db';

const uniqueName = () => `test-${crypto.randomUUID()}`;

// The popup's early script opens the database this way, before any upgrade code is loaded.
describe('openIfCurrent', () => {
  it('opens a database that is already at the version asked for', async () => {
    const name = uniqueName();
    (await openRadarDb({ name })).close();

    const early = await openIfCurrent(indexedDB, name, DB_VERSION);

    expect(early?.closed).toBe(false);
    expect(early?.db.version).toBe(DB_VERSION);
    expect([...early!.db.objectStoreNames]).toContain('posts');
    early!.db.close();
  });

  it('answers null on a first run and leaves no database behind', async () => {
    const factory = new IDBFactory();
    const name = uniqueName();

    expect(await openIfCurrent(factory, name, DB_VERSION)).toBeNull();

    expect((await factory.databases()).map((info) => info.name)).not.toContain(name);
  });

  it('answers null for an older schema and leaves it (and its posts) as they were', async () => {
    const name = uniqueName();
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('posts', { keyPath: 'id' });
      },
    });
    await v1.put('posts', { id: 'kept' });
    v1.close();

    expect(await openIfCurrent(indexedDB, name, DB_VERSION)).toBeNull();

    const again = await openDB(name);
    expect(again.version).toBe(1);
    expect(await again.get('posts', 'kept')).toEqual({ id: 'kept' });
    again.close();
  });

  it('steps aside (closes) when another context upgrades before anyone adopts it', async () => {
    const name = uniqueName();
    (await openDB(name, 1)).close();
    const early = await openIfCurrent(indexedDB, name, 1);

    const newer = await openDB(name, 2);

    expect(early?.closed).toBe(true);
    expect(newer.version).toBe(2);
    newer.close();
  });
});

describe('createDbProvider with an early connection', () => {
  it('uses the early connection for its first answer instead of opening another', async () => {
    const name = uniqueName();
    const setup = await openRadarDb({ name });
    await setup.put('posts', { id: 'x' } as never);
    setup.close();
    const early = await openIfCurrent(indexedDB, name, DB_VERSION);

    const getDb = createDbProvider({ name, adopt: Promise.resolve(early) });
    const db = await getDb();

    expect(await db.get('posts', 'x')).toEqual({ id: 'x' });
    // The same connection, wrapped by idb.
    db.close();
    expect(() => early!.db.transaction('posts')).toThrow();
    expect(await getDb()).toBe(db);
  });

  it('opens (and upgrades) as usual when the early script found no current database', async () => {
    const factory = new IDBFactory();
    const name = uniqueName();

    const getDb = createDbProvider({
      factory,
      name,
      adopt: openIfCurrent(factory, name, DB_VERSION),
    });
    const db = await getDb();

    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames]).toEqual(expect.arrayContaining(['posts', 'feeds', 'outbox']));
    db.close();
  });

  it('opens anew when the early connection was closed before it was adopted', async () => {
    const name = uniqueName();
    (await openRadarDb({ name })).close();
    const early = await openIfCurrent(indexedDB, name, DB_VERSION);
    early!.db.close();
    early!.closed = true;

    const db = await createDbProvider({ name, adopt: Promise.resolve(early) })();

    expect(await db.count('posts')).toBe(0);
    db.close();
  });

  it('lets a newer schema in: the adopted connection closes and the next call reopens', async () => {
    const name = uniqueName();
    (await openRadarDb({ name })).close();
    const getDb = createDbProvider({ name, adopt: openIfCurrent(indexedDB, name, DB_VERSION) });
    const first = await getDb();

    const newer = await openDB(name, DB_VERSION + 1);
    newer.close();

    expect(() => first.transaction('posts')).toThrow();
    // Reopening at our version now fails (the database is newer): a new attempt, not the old one.
    await expect(getDb()).rejects.toThrow();
  });
});

// The popup passes a loader instead of the upgrade code: a tenth of its module, needed only
// when it opens the database before the worker upgraded it.
describe('createDbProviderWith an upgrade loaded on demand', () => {
  it('does not load the upgrade code when the early connection is current', async () => {
    const name = uniqueName();
    (await openRadarDb({ name })).close();
    const load = vi.fn(async () => upgradeRadarDb);

    const db = await createDbProviderWith({
      name,
      adopt: openIfCurrent(indexedDB, name, DB_VERSION),
      upgrade: { load },
    })();

    expect(db.version).toBe(DB_VERSION);
    expect(load).not.toHaveBeenCalled();
    db.close();
  });

  it('loads it and upgrades when the database is older than the code', async () => {
    const name = uniqueName();
    const old = await openDB(name, 1, {
      upgrade: (db) => db.createObjectStore('posts', { keyPath: 'id' }),
    });
    await old.put('posts', { id: 'kept', title: 'Kept', url: 'https://example.com/kept' });
    old.close();
    const load = vi.fn(async () => upgradeRadarDb);

    const getDb = createDbProviderWith({
      name,
      adopt: openIfCurrent(indexedDB, name, DB_VERSION),
      upgrade: { load },
    });
    const db = await getDb();

    expect(load).toHaveBeenCalledTimes(1);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames]).toEqual(expect.arrayContaining(['posts', 'facets']));
    expect((await db.get('posts', 'kept'))?.title).toBe('Kept');
    expect(await getDb()).toBe(db);
    db.close();
  });

  it('fails the open when the code cannot be loaded, and tries again on the next call', async () => {
    const name = uniqueName();
    const load = vi
      .fn<() => Promise<typeof upgradeRadarDb>>()
      .mockRejectedValueOnce(new Error('chunk failed'))
      .mockResolvedValue(upgradeRadarDb);
    const getDb = createDbProviderWith({ name, upgrade: { load } });

    await expect(getDb()).rejects.toThrow('chunk failed');
    const db = await getDb();
    expect(db.version).toBe(DB_VERSION);
    db.close();
  });
});
