import { IDBFactory, forceCloseDatabase } from 'fake-indexeddb';
import { openDB, unwrap } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { createDbProvider, openRadarDb } from '../../../utils/db/open-db';
import { DB_NAME, DB_VERSION } from '../../../utils/db/schema';

const uniqueName = () => `test-${crypto.randomUUID()}`;

describe('openRadarDb', () => {
  it('creates the posts store with both sort indexes and the feeds store', async () => {
    const db = await openRadarDb({ name: uniqueName() });
    const tx = db.transaction(['posts', 'feeds']);
    const posts = tx.objectStore('posts');

    expect([...db.objectStoreNames]).toEqual(expect.arrayContaining(['posts', 'feeds']));
    expect(posts.keyPath).toBe('id');
    expect(posts.index('by-sort').keyPath).toBe('sortAt');
    expect(posts.index('by-unread-sort').keyPath).toEqual(['unread', 'sortAt']);
    expect(tx.objectStore('feeds').keyPath).toBe('url');
    expect(db.version).toBe(DB_VERSION);
    db.close();
  });

  it('opens the database called rust-radar by default', async () => {
    const factory = new IDBFactory();

    const db = await openRadarDb({ factory });

    expect(db.name).toBe(DB_NAME);
    expect(DB_NAME).toBe('rust-radar');
    db.close();
  });

  it('opens in the factory it is given and leaves the global indexedDB as it was', async () => {
    const factory = new IDBFactory();
    const global = globalThis.indexedDB;
    const name = uniqueName();

    const db = await openRadarDb({ factory, name });

    expect(globalThis.indexedDB).toBe(global);
    expect((await factory.databases()).map((info) => info.name)).toContain(name);
    expect((await global.databases()).map((info) => info.name)).not.toContain(name);
    db.close();
  });

  it('upgrades a version 1 database without losing its posts', async () => {
    const name = uniqueName();
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        const posts = db.createObjectStore('posts', { keyPath: 'id' });
        posts.createIndex('by-sort', 'sortAt');
        posts.createIndex('by-unread-sort', ['unread', 'sortAt']);
        db.createObjectStore('feeds', { keyPath: 'url' });
      },
    });
    await v1.put('posts', { id: 'kept', sortAt: 1, unread: 1 });
    v1.close();

    const db = await openRadarDb({ name });

    expect(db.version).toBe(DB_VERSION);
    expect(await db.getAllKeys('posts')).toEqual(['kept']);
    db.close();
  });

  it('completes a database another context created empty by opening it without a version', async () => {
    const name = uniqueName();
    // indexedDB.open(name) with no version creates an empty database at version 1.
    (await openDB(name)).close();

    const db = await openRadarDb({ name });

    expect([...db.objectStoreNames].sort()).toEqual([
      'corrections',
      'facets',
      'feeds',
      'notifications',
      'outbox',
      'posts',
      'tallies',
    ]);
    expect([...db.transaction('posts').store.indexNames].sort()).toEqual([
      'by-author-sort',
      'by-correction',
      'by-dup-key',
      'by-saved',
      'by-snoozed',
      'by-sort',
      'by-source-sort',
      'by-source-unread-sort',
      'by-unread-sort',
      'by-verdict',
    ]);
    db.close();
  });

  it('closes itself and reports it when another context opens a newer schema', async () => {
    const name = uniqueName();
    const onClose = vi.fn();
    await openRadarDb({ name, onClose });

    // Would stay blocked for ever if the old connection did not step aside.
    const newer = await openDB(name, DB_VERSION + 1);

    expect(onClose).toHaveBeenCalledOnce();
    newer.close();
  });
});

describe('createDbProvider', () => {
  it('opens lazily, on the first call', async () => {
    const factory = new IDBFactory();
    const name = uniqueName();

    const getDb = createDbProvider({ factory, name });
    expect(await factory.databases()).toEqual([]);

    (await getDb()).close();
    expect((await factory.databases()).map((info) => info.name)).toEqual([name]);
  });

  it('shares one connection between calls', async () => {
    const getDb = createDbProvider({ name: uniqueName() });

    const [first, second] = await Promise.all([getDb(), getDb()]);

    expect(second).toBe(first);
    first.close();
  });

  it('opens a new connection after the browser closed the old one', async () => {
    const getDb = createDbProvider({ name: uniqueName() });
    const first = await getDb();

    // fake-indexeddb types the parameter as the class, but it takes a connection.
    forceCloseDatabase(unwrap(first) as unknown as typeof IDBDatabase);
    const second = await getDb();

    expect(second).not.toBe(first);
    expect(await second.count('posts')).toBe(0);
    second.close();
  });

  it('stops handing out a connection that a newer schema closed', async () => {
    const name = uniqueName();
    const getDb = createDbProvider({ name });
    await getDb();

    (await openDB(name, DB_VERSION + 1)).close();

    // The stored schema is now newer than this code: opening again fails instead of
    // returning the closed handle.
    await expect(getDb()).rejects.toMatchObject({ name: 'VersionError' });
  });

  it('tries again after a failed open', async () => {
    const name = uniqueName();
    (await openDB(name, DB_VERSION + 1)).close();
    const getDb = createDbProvider({ name });
    await expect(getDb()).rejects.toMatchObject({ name: 'VersionError' });

    const retry = getDb();

    await expect(retry).rejects.toMatchObject({ name: 'VersionError' });
    expect(getDb()).not.toBe(retry);
  });
});
