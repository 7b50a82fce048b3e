import { describe, expect, it, vi } from 'vitest';
import { getFeedState } from '../../../utils/db/feed-state';
import { createDbProvider } from '../../../utils/db/open-db';
import { setPostRead } from '../../../utils/db/read-state';
import { english } from '../../../utils/i18n/english';
import {
  flushAnnouncements,
  type NotificationsApi,
} from '../../../utils/notify/flush-announcements';
import type { setPollAlarm } from '../../../utils/schedule/poll-alarm';
import { createPollLock } from '../../../utils/poll/poll-lock';
import { runPollCycle } from '../../../utils/poll/run-poll-cycle';
import { DEFAULT_SETTINGS } from '../../../utils/settings/settings';
import { MINUTE, NOW } from '../db/helpers';
import { devRss, devUrl, fakeAlarms, rssResponse, type FakeFeedItem } from '../poll/fake-feed';

// A terminated MV3 worker stops mid-step: its JavaScript never runs again, the browser aborts
// the IndexedDB transaction it had open and closes its connection. Each test kills a worker at
// one stage of a poll exactly so, then lets "the next alarm" (a fresh worker: new connection,
// new lock, same database) run, and checks that the work is done once: no post twice, no post
// announced twice, no read state lost.

const OLD_POSTS: FakeFeedItem[] = [
  { slug: 'old-read', date: 'Sun, 10 May 2026 08:00:00 +0000' },
  { slug: 'old-unread', date: 'Sun, 10 May 2026 07:00:00 +0000' },
];
const NEW_POSTS: FakeFeedItem[] = [
  { slug: 'new-1', date: 'Sun, 10 May 2026 11:00:00 +0000' },
  { slug: 'new-2', date: 'Sun, 10 May 2026 10:30:00 +0000' },
  { slug: 'new-3', date: 'Sun, 10 May 2026 10:00:00 +0000' },
];
const READ_AT = NOW - 5 * MINUTE;

/** dev.to: serves `items` under `etag`, 304 when the client already has it. */
function feedServer(items: FakeFeedItem[], etag: string) {
  const body = devRss(items);
  return vi.fn(async (_url: RequestInfo | URL, init: RequestInit = {}) =>
    new Headers(init.headers).get('If-None-Match') === etag
      ? new Response(null, { status: 304 })
      : rssResponse(body, { ETag: etag }),
  ) as unknown as typeof globalThis.fetch;
}

/** What the user sees: one notification per id (creating an id again replaces it). */
function notificationCenter() {
  return { shown: new Map<string, string>(), everShown: [] as string[] };
}
type Center = ReturnType<typeof notificationCenter>;

class WorkerKilled extends Error {}
/** One clock for every worker: time goes on between a worker's death and the next alarm. */
let clock = NOW;
const never = () => new Promise<never>(() => {});

interface WorkerOptions {
  fetch: typeof globalThis.fetch;
  center: Center;
  alarms?: Parameters<typeof setPollAlarm>[0];
  notificationsCreate?: NotificationsApi['create'];
}

/** One worker's life: its own connection, lock and clock. `kill()` is what Chromium does. */
function startWorker(dbName: string, options: WorkerOptions) {
  const getDb = createDbProvider({ name: dbName });
  const notifications: NotificationsApi = {
    create:
      options.notificationsCreate ??
      (async (id, notification) => {
        options.center.shown.set(id, notification.title);
        options.center.everShown.push(id);
        return id;
      }),
    clear: async (id) => options.center.shown.delete(id),
  };
  const cycle = () =>
    runPollCycle({
      getDb,
      t: english,
      fetch: options.fetch,
      now: () => (clock += 1000),
      runExclusive: createPollLock(undefined),
      loadSettings: async () => DEFAULT_SETTINGS,
      alarms: options.alarms ?? fakeAlarms,
      updateBadge: async () => {},
      broadcast: () => {},
      flushAnnouncements: (db, settings) =>
        flushAnnouncements({
          db,
          notifications,
          settings,
          capabilities: { list: true, buttons: true },
          iconUrl: 'icon.png',
          now: clock,
          t: english,
        }),
    });
  return {
    getDb,
    cycle,
    /** Ends the worker: no open transaction commits, the connection is gone. */
    async kill() {
      (await getDb()).close();
    },
  };
}

/** A database that has polled OLD_POSTS once (welcome shown), with one post read. */
async function seasonedDatabase(center: Center): Promise<string> {
  const dbName = `test-${crypto.randomUUID()}`;
  const worker = startWorker(dbName, { fetch: feedServer(OLD_POSTS, '"v1"'), center });
  expect(await worker.cycle()).toEqual({ status: 'updated' });
  await setPostRead(await worker.getDb(), devUrl('old-read'), true, READ_AT);
  await worker.kill();
  center.shown.clear();
  center.everShown.length = 0;
  return dbName;
}

async function readAll(dbName: string) {
  const db = await createDbProvider({ name: dbName })();
  try {
    const [posts, outbox, state] = await Promise.all([
      db.getAll('posts'),
      db.getAll('outbox'),
      getFeedState(db, 'https://dev.to/feed/tag/rust'),
    ]);
    return { posts: new Map(posts.map((post) => [post.id, post])), outbox, state };
  } finally {
    db.close();
  }
}

/** Everything a finished poll of OLD_POSTS + NEW_POSTS must have left, exactly once. */
async function expectWorkDoneOnce(dbName: string, center: Center) {
  const { posts, outbox, state } = await readAll(dbName);
  expect([...posts.keys()].sort()).toEqual(
    [...OLD_POSTS, ...NEW_POSTS].map((post) => devUrl(post.slug)).sort(),
  );
  expect(posts.get(devUrl('old-read'))).toMatchObject({ unread: 0, readAt: READ_AT });
  expect(posts.get(devUrl('old-unread'))).toMatchObject({ unread: 1, readAt: null });
  for (const { slug } of NEW_POSTS) expect(posts.get(devUrl(slug))?.unread).toBe(1);
  expect(outbox).toEqual([]);
  expect(state).toMatchObject({ etag: '"v2"', lastError: null, consecutiveFailures: 0 });
  // Each new post is on screen once, under its own id; nothing else is.
  expect([...center.shown.keys()].sort()).toEqual(
    NEW_POSTS.map((post) => `radar-post:${devUrl(post.slug)}`).sort(),
  );
}

type Arrange = (kill: () => Promise<void>, died: () => void) => Partial<WorkerOptions>;

/**
 * Runs one poll that dies where `arrange` says: it either calls `kill` (async stages) or
 * kills the connection itself and calls `died` (inside a synchronous IndexedDB call).
 * Returns once the worker is dead.
 */
async function killedRun(
  dbName: string,
  center: Center,
  fetch: typeof globalThis.fetch,
  arrange: Arrange,
) {
  let died: () => void = () => {};
  const dead = new Promise<void>((resolve) => (died = resolve));
  const kill = async () => {
    await worker.kill();
    died();
  };
  // `kill` is only called once the run is under way, after `worker` is set.
  const worker = startWorker(dbName, { fetch, center, ...arrange(kill, died) });
  // A killed worker's promise may reject or hang forever; nobody is left to look at it.
  void worker.cycle().catch(() => {});
  await dead;
}

/**
 * Kills the worker whose poll transaction reaches its `n`-th write. The poll of 3 new posts
 * writes 10 times: post and its facets (× 3), outbox entry (× 3), feed state.
 */
function dieAtWrite(n: number, died: () => void) {
  let writes = 0;
  const original = IDBObjectStore.prototype.put;
  const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
    this: IDBObjectStore,
    ...args: Parameters<IDBObjectStore['put']>
  ) {
    const pollTransaction =
      this.transaction.objectStoreNames.contains('outbox') &&
      this.transaction.objectStoreNames.contains('posts');
    if (pollTransaction && ++writes === n) {
      spy.mockRestore();
      this.transaction.abort();
      this.transaction.db.close();
      died();
      throw new WorkerKilled(`killed at write ${n}`);
    }
    return original.apply(this, args);
  });
}

describe('a worker killed in the middle of a poll', () => {
  const v2 = [...NEW_POSTS, ...OLD_POSTS];

  it.each<[string, Arrange]>([
    [
      'while the request is in flight',
      (kill) => ({
        fetch: async () => {
          await kill();
          return never();
        },
      }),
    ],
    [
      'after the response arrived, before it was parsed',
      (kill) => {
        const serve = feedServer(v2, '"v2"');
        return {
          fetch: async (url, init) => {
            const response = await serve(url, init);
            await kill();
            return response;
          },
        };
      },
    ],
    [
      'after parsing, as the transaction opens',
      (_kill, died) => {
        const original = IDBDatabase.prototype.transaction;
        const spy = vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (
          this: IDBDatabase,
          ...args: Parameters<IDBDatabase['transaction']>
        ) {
          if (args[1] === 'readwrite' && [args[0]].flat().includes('posts')) {
            spy.mockRestore();
            this.close();
            died();
          }
          return original.apply(this, args);
        });
        return {};
      },
    ],
    ...[1, 2, 5, 7, 9, 10].map((n): [string, Arrange] => [
      `mid-transaction, at write ${n} of 10`,
      (_kill, died) => {
        dieAtWrite(n, died);
        return {};
      },
    ]),
  ])(
    '%s: leaves the old data whole, and the next alarm does the work once',
    async (_stage, arrange) => {
      const center = notificationCenter();
      const dbName = await seasonedDatabase(center);
      const before = await readAll(dbName);

      await killedRun(dbName, center, feedServer(v2, '"v2"'), arrange);

      // Nothing half-written: the posts, outbox and feed state are exactly as before the poll.
      const after = await readAll(dbName);
      expect(after.posts).toEqual(before.posts);
      expect(after.outbox).toEqual([]);
      expect(after.state).toEqual(before.state);
      expect(center.shown.size).toBe(0);

      const next = startWorker(dbName, { fetch: feedServer(v2, '"v2"'), center });
      expect(await next.cycle()).toEqual({ status: 'updated' });
      await expectWorkDoneOnce(dbName, center);

      // And a later poll finds nothing left to do or to announce.
      center.shown.clear();
      expect(await next.cycle()).toEqual({ status: 'not-modified' });
      expect(center.shown.size).toBe(0);
      await next.kill();
    },
  );

  it('after the commit, before rescheduling: the next alarm only announces, once', async () => {
    const center = notificationCenter();
    const dbName = await seasonedDatabase(center);

    await killedRun(dbName, center, feedServer(v2, '"v2"'), (kill) => ({
      alarms: {
        get: fakeAlarms.get,
        create: async () => {
          await kill();
          return never();
        },
      },
    }));
    const committed = await readAll(dbName);
    expect(committed.posts.size).toBe(5);
    expect(committed.outbox.map((entry) => entry.postId).sort()).toEqual(
      NEW_POSTS.map((post) => devUrl(post.slug)).sort(),
    );
    expect(center.shown.size).toBe(0);

    const next = startWorker(dbName, { fetch: feedServer(v2, '"v2"'), center });
    expect(await next.cycle()).toEqual({ status: 'not-modified' });
    await expectWorkDoneOnce(dbName, center);
    await next.kill();
  });

  it('while showing notifications: shown again under the same ids, never twice', async () => {
    const center = notificationCenter();
    const dbName = await seasonedDatabase(center);

    await killedRun(dbName, center, feedServer(v2, '"v2"'), (kill) => ({
      // The first notification reaches the screen, then the worker dies.
      notificationsCreate: async (id, notification) => {
        center.shown.set(id, notification.title);
        center.everShown.push(id);
        await kill();
        return never();
      },
    }));
    expect(center.shown.size).toBe(1);

    const next = startWorker(dbName, { fetch: feedServer(v2, '"v2"'), center });
    expect(await next.cycle()).toEqual({ status: 'not-modified' });
    await expectWorkDoneOnce(dbName, center);
    // The post shown before the crash was shown again under its id: a replacement.
    expect(center.everShown).toHaveLength(NEW_POSTS.length + 1);
    expect(new Set(center.everShown).size).toBe(NEW_POSTS.length);
    await next.kill();
  });

  // A summary's id comes from its post ids, so the re-show after a crash replaces it.
  it('while showing a summary: the re-shown summary replaces the first', async () => {
    const center = notificationCenter();
    const dbName = await seasonedDatabase(center);
    const many: FakeFeedItem[] = Array.from({ length: 5 }, (_, i) => ({
      slug: `burst-${i}`,
      date: `Sun, 10 May 2026 11:0${i}:00 +0000`,
    }));
    const feed = feedServer([...many, ...OLD_POSTS], '"v3"');

    await killedRun(dbName, center, feed, (kill) => ({
      notificationsCreate: async (id, notification) => {
        center.shown.set(id, notification.title);
        await kill();
        return never();
      },
    }));
    const next = startWorker(dbName, { fetch: feed, center });
    await next.cycle();
    await next.kill();

    expect([...center.shown.keys()].filter((id) => id.startsWith('radar-summary:'))).toHaveLength(
      1,
    );
  });
});
