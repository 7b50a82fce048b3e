import { english } from '@/utils/i18n/english';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getFeedState, putFeedState } from '../../../utils/db/feed-state';
import { createDbProvider, type RadarDb } from '../../../utils/db/open-db';
import { setPostRead } from '../../../utils/db/read-state';
import { POLL_ALARM } from '../../../utils/schedule/poll-alarm';
import { pollFeed } from '../../../utils/poll/poll-feed';
import { createPollLock } from '../../../utils/poll/poll-lock';
import { runPollCycle } from '../../../utils/poll/run-poll-cycle';
import { DEFAULT_SETTINGS } from '../../../utils/settings/settings';
import { FEED_URL, HOUR, MINUTE, NOW, postsById } from '../db/helpers';
import { devRss, devUrl, fakeAlarms, fakeFetch, rssResponse } from '../poll/fake-feed';

// A full disk, as Chromium reports it: a write *request* fails asynchronously with
// QuotaExceededError and the browser aborts its transaction. fake-indexeddb runs each request
// through `_execRequestAsync`; wrapping the request's operation makes exactly that happen.

const QUOTA_MESSAGE = 'DEV posts could not be saved: the browser says storage is full';
const OLD = devRss([
  { slug: 'read-one', date: 'Sun, 10 May 2026 09:00:00 +0000' },
  { slug: 'unread-one', date: 'Sun, 10 May 2026 08:00:00 +0000' },
]);
const NEW = devRss([
  { slug: 'brand-new', date: 'Sun, 10 May 2026 11:30:00 +0000' },
  { slug: 'read-one', title: 'Retitled', date: 'Sun, 10 May 2026 09:00:00 +0000' },
  { slug: 'unread-one', date: 'Sun, 10 May 2026 08:00:00 +0000' },
]);

interface FakeRequestPlan {
  operation: () => unknown;
  source?: { name?: string; transaction?: IDBTransaction } | null;
}

/**
 * From now on, write requests for which `fails(storeName, n)` is true (n counts writes to
 * that store) fail with QuotaExceededError. Reads keep working.
 */
function fillDisk(fails: (store: string, n: number) => boolean) {
  const counts = new Map<string, number>();
  const proto = IDBTransaction.prototype as unknown as {
    _execRequestAsync(plan: FakeRequestPlan): IDBRequest;
  };
  const original = proto._execRequestAsync;
  return vi.spyOn(proto, '_execRequestAsync').mockImplementation(function (
    this: IDBTransaction,
    plan: FakeRequestPlan,
  ) {
    const store = plan.source?.name;
    const writing = this.mode === 'readwrite' && typeof store === 'string';
    if (writing && plan.source && 'put' in plan.source) {
      const n = (counts.get(store) ?? 0) + 1;
      counts.set(store, n);
      if (fails(store, n)) {
        return original.call(this, {
          ...plan,
          operation: () => {
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          },
        });
      }
    }
    return original.call(this, plan);
  });
}

async function pollWith(db: RadarDb, body: string, now = NOW, etag = '"v2"') {
  return pollFeed(
    {
      db,
      fetch: fakeFetch(() => rssResponse(body, { ETag: etag })).fetch,
      now: () => now,
      t: english,
    },
    {
      feedUrl: FEED_URL,
      sourceId: 'dev:rust',
      feedName: 'DEV',
      intervalMinutes: 15,
      announce: () => 'new',
    },
  );
}

/** A database with OLD stored, one post read, and a failure streak of two behind it. */
async function seasoned(getDb = createDbProvider({ name: `test-${crypto.randomUUID()}` })) {
  const db = await getDb();
  await pollWith(db, OLD, NOW - HOUR, '"v1"');
  await db.clear('outbox');
  await setPostRead(db, devUrl('read-one'), true, NOW - 30 * MINUTE);
  await putFeedState(db, { ...(await getFeedState(db, FEED_URL)), consecutiveFailures: 2 });
  return { db, getDb };
}

describe('a full disk during a poll', () => {
  it.each<[string, (store: string, n: number) => boolean]>([
    ['the first new post', (store) => store === 'posts'],
    ['the edit of a read post', (store, n) => store === 'posts' && n === 2],
    ['the announcement outbox', (store) => store === 'outbox'],
    ['the feed state, last in the transaction', (store, n) => store === 'feeds' && n === 1],
  ])('at %s: records it in plain words and changes nothing stored', async (_where, fails) => {
    const { db } = await seasoned();
    const before = await postsById(db);
    // Only the poll's own writes fail: the failure itself can still be recorded.
    const spy = fillDisk(fails);
    const report = await pollWith(db, NEW);
    spy.mockRestore();

    expect(report).toMatchObject({ status: 'failed', message: QUOTA_MESSAGE });
    expect(await postsById(db)).toEqual(before);
    expect(await db.count('outbox')).toBe(0);
    expect(await getFeedState(db, FEED_URL)).toMatchObject({
      etag: '"v1"',
      consecutiveFailures: 3,
      lastError: { message: QUOTA_MESSAGE, at: NOW, status: null },
      nextPollAt: NOW + 60 * MINUTE,
    });

    // Space is back: the next poll stores everything, the read post stays read.
    const next = await pollWith(db, NEW, NOW + HOUR);
    expect(next.status).toBe('updated');
    const after = await postsById(db);
    expect(after.size).toBe(3);
    expect(after.get(devUrl('read-one'))).toMatchObject({
      title: 'Retitled',
      unread: 0,
      readAt: NOW - 30 * MINUTE,
    });
    expect(await db.count('outbox')).toBe(1);
  });

  it('with no space even for the error: still reports it, backs off and keeps polling', async () => {
    const { db, getDb } = await seasoned();
    const before = await postsById(db);
    const stateBefore = await getFeedState(db, FEED_URL);
    const updateBadge = vi.fn(async () => {});
    const cycle = (fetch: typeof globalThis.fetch) =>
      runPollCycle({
        getDb,
        t: english,
        fetch,
        now: () => NOW,
        runExclusive: createPollLock(undefined),
        loadSettings: async () => DEFAULT_SETTINGS,
        alarms: fakeAlarms,
        updateBadge,
        broadcast: () => {},
      });
    const spy = fillDisk(() => true);

    const response = await cycle(fakeFetch(() => rssResponse(NEW, { ETag: '"v2"' })).fetch);
    spy.mockRestore();

    expect(response).toEqual({ status: 'failed', message: QUOTA_MESSAGE });
    expect(await postsById(db)).toEqual(before);
    // Nothing could be written, not even the error; the stored state is the old one.
    expect(await getFeedState(db, FEED_URL)).toEqual(stateBefore);
    // Third failure in a row: the alarm waits 15 min doubled twice, the badge was refreshed.
    expect((await fakeBrowser.alarms.get(POLL_ALARM))?.scheduledTime).toBe(NOW + 60 * MINUTE);
    expect(updateBadge).toHaveBeenCalled();

    expect(await cycle(fakeFetch(() => rssResponse(NEW, { ETag: '"v2"' })).fetch)).toEqual({
      status: 'updated',
    });
    expect((await postsById(db)).size).toBe(3);
  });
});
