import { english } from '@/utils/i18n/english';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyFeedState, getFeedState, putFeedState } from '../../../utils/db/feed-state';
import type { RadarDb } from '../../../utils/db/open-db';
import { setPostRead } from '../../../utils/db/read-state';
import type { FeedState } from '../../../utils/db/schema';
import { pollFeed, type PollFeedSettings } from '../../../utils/poll/poll-feed';
import { readFixtureText } from '../feed/read-fixture';
import { FEED_URL, HOUR, MINUTE, NOW, openTestDb, postsById } from '../db/helpers';
import { devRss, devUrl, fakeFetch, hangingFetch, rssResponse } from './fake-feed';

const SETTINGS: PollFeedSettings = {
  feedUrl: FEED_URL,
  sourceId: 'dev:rust',
  feedName: 'DEV',
  intervalMinutes: 15,
};

const TWO_POSTS = devRss([
  { slug: 'newer', date: 'Sun, 10 May 2026 11:00:00 +0000' },
  { slug: 'older', date: 'Sun, 10 May 2026 09:00:00 +0000' },
]);

function poll(db: RadarDb, fetch: typeof globalThis.fetch, now = NOW, settings = SETTINGS) {
  return pollFeed({ db, fetch, now: () => now, t: english }, settings);
}

/** A database that already holds TWO_POSTS, the older one read, and a failing-feed history. */
async function dbWithHistory(state: Partial<FeedState> = {}): Promise<RadarDb> {
  const db = await openTestDb();
  await poll(db, fakeFetch(() => rssResponse(TWO_POSTS, { ETag: '"v1"' })).fetch, NOW - HOUR);
  await setPostRead(db, devUrl('older'), true, NOW - 30 * MINUTE);
  await putFeedState(db, { ...(await getFeedState(db, FEED_URL)), ...state });
  return db;
}

/** Records which stores each transaction opened, and how. */
function watchTransactions() {
  const opened: string[] = [];
  const original = IDBDatabase.prototype.transaction;
  vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (
    this: IDBDatabase,
    ...args: Parameters<IDBDatabase['transaction']>
  ) {
    const [names, mode = 'readonly'] = args;
    opened.push(`${[names].flat().join('+')}:${mode}`);
    return original.apply(this, args);
  });
  return opened;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('pollFeed', () => {
  it('stores the posts of a first poll as unread and records the success', async () => {
    const db = await openTestDb();
    const { fetch } = fakeFetch(() =>
      rssResponse(TWO_POSTS, { ETag: '"v1"', 'Last-Modified': 'Sun, 10 May 2026 11:00:00 GMT' }),
    );

    const report = await poll(db, fetch);

    expect(report.status).toBe('updated');
    if (report.status !== 'updated') return;
    expect(report.added.map((post) => post.url)).toEqual([devUrl('newer'), devUrl('older')]);
    expect(report.added.every((post) => post.unread === 1 && post.firstSeenAt === NOW)).toBe(true);
    const expectedState: FeedState = {
      url: FEED_URL,
      etag: '"v1"',
      lastModified: 'Sun, 10 May 2026 11:00:00 GMT',
      lastAttemptAt: NOW,
      lastSuccessAt: NOW,
      lastError: null,
      consecutiveFailures: 0,
      nextPollAt: NOW + 15 * MINUTE,
      sourceId: 'dev:rust',
      needsPermission: false,
    };
    expect(report.state).toEqual(expectedState);
    // Stored with the ids it listed, which retention keeps while any feed lists them.
    expect(await getFeedState(db, FEED_URL)).toEqual({
      ...expectedState,
      listedIds: [devUrl('newer'), devUrl('older')],
    });
    expect((await postsById(db)).size).toBe(2);
  });

  it('stores every post of the DEV sample feed, and none again on a second poll', async () => {
    const db = await openTestDb();
    const body = readFixtureText('dev-to-rust.rss.xml');
    const { fetch } = fakeFetch(
      () => new Response(body, { headers: { 'Content-Type': 'application/rss+xml' } }),
    );

    const first = await poll(db, fetch);
    const second = await poll(db, fetch, NOW + 15 * MINUTE);

    expect(first).toMatchObject({ status: 'updated' });
    expect(first.status === 'updated' && first.added).toHaveLength(12);
    expect(second).toMatchObject({ status: 'updated', added: [], updated: 0 });
    expect((await postsById(db)).size).toBe(12);
  });

  it('sends the validators stored by the previous poll', async () => {
    const db = await dbWithHistory({ lastModified: 'Sun, 10 May 2026 10:00:00 GMT' });
    const { fetch, requests } = fakeFetch(() => new Response(null, { status: 304 }));

    await poll(db, fetch);

    expect(requests[0]?.get('If-None-Match')).toBe('"v1"');
    expect(requests[0]?.get('If-Modified-Since')).toBe('Sun, 10 May 2026 10:00:00 GMT');
  });

  it('writes nothing to the posts on 304 and records the success', async () => {
    const db = await dbWithHistory({
      consecutiveFailures: 2,
      lastError: { message: 'x', at: 1, status: 503 },
    });
    const before = await postsById(db);
    const opened = watchTransactions();

    const report = await poll(db, fakeFetch(() => new Response(null, { status: 304 })).fetch);

    expect(report.status).toBe('not-modified');
    expect(opened.filter((tx) => tx.includes('posts') && tx.endsWith('readwrite'))).toEqual([]);
    expect(await postsById(db)).toEqual(before);
    expect(await getFeedState(db, FEED_URL)).toMatchObject({
      etag: '"v1"',
      lastSuccessAt: NOW,
      lastError: null,
      consecutiveFailures: 0,
      nextPollAt: NOW + 15 * MINUTE,
    });
  });

  it('keeps read state when a post is edited between polls', async () => {
    const db = await dbWithHistory();
    const edited = devRss([
      { slug: 'newer', date: 'Sun, 10 May 2026 11:00:00 +0000' },
      { slug: 'older', title: 'Older, retitled', date: 'Sun, 10 May 2026 09:00:00 +0000' },
    ]);

    const report = await poll(db, fakeFetch(() => rssResponse(edited)).fetch);

    expect(report).toMatchObject({ status: 'updated', added: [], updated: 1 });
    expect((await postsById(db)).get(devUrl('older'))).toMatchObject({
      title: 'Older, retitled',
      unread: 0,
      readAt: NOW - 30 * MINUTE,
      firstSeenAt: NOW - HOUR,
    });
  });

  it.each<[string, () => Response, string, number | null]>([
    ['HTTP 503', () => new Response('busy', { status: 503 }), 'DEV did not answer (HTTP 503)', 503],
    ['HTTP 404', () => new Response('gone', { status: 404 }), 'DEV did not answer (HTTP 404)', 404],
    [
      'a body over 5 MB',
      () => new Response('x', { headers: { 'Content-Length': String(6 * 1024 * 1024) } }),
      'DEV sent a feed larger than 5 MB (refused)',
      200,
    ],
    [
      'a web page instead of a feed',
      () =>
        new Response(
          '<!DOCTYPE html><html><head><title>Log in</title></head><body></body></html>',
          {
            headers: { 'Content-Type': 'text/html' },
          },
        ),
      'DEV sent a feed that could not be read: The server sent a web page instead of a feed — maybe a login or captive portal.',
      null,
    ],
    [
      'broken XML',
      () => rssResponse('<rss version="2.0"><channel><item><title>cut off'),
      'DEV sent a feed that could not be read: The feed is not valid XML',
      null,
    ],
    [
      'an empty body',
      () => rssResponse(''),
      'DEV sent a feed that could not be read: The server sent an empty response instead of a feed.',
      null,
    ],
  ])(
    'records %s as a failure, keeps every post and backs off',
    async (_name, respond, message, status) => {
      const db = await dbWithHistory({ consecutiveFailures: 2, lastSuccessAt: NOW - 2 * HOUR });
      const before = await postsById(db);

      const report = await poll(db, fakeFetch(respond).fetch);

      expect(report.status).toBe('failed');
      expect(report.status === 'failed' && report.message).toContain(message);
      expect(await postsById(db)).toEqual(before);
      const state = await getFeedState(db, FEED_URL);
      expect(state).toEqual(report.state);
      expect(state).toMatchObject({
        etag: '"v1"',
        lastAttemptAt: NOW,
        lastSuccessAt: NOW - 2 * HOUR,
        consecutiveFailures: 3,
        // Third failure in a row: 15 min doubled twice.
        nextPollAt: NOW + 60 * MINUTE,
      });
      expect(state.lastError).toMatchObject({ at: NOW, status });
      expect(state.lastError?.message).toContain(message);
    },
  );

  it('records a network error', async () => {
    const db = await openTestDb();

    const report = await poll(
      db,
      fakeFetch(() => Promise.reject(new TypeError('fetch failed'))).fetch,
    );

    expect(report).toMatchObject({
      status: 'failed',
      message: 'DEV could not be reached (network error)',
      state: { consecutiveFailures: 1, lastError: { status: null }, nextPollAt: NOW + 15 * MINUTE },
    });
  });

  it('records a server that does not answer within 20 s', async () => {
    const db = await openTestDb();
    // Only the fetch timer is faked; fake-indexeddb keeps its real task queue.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { fetch, calls } = hangingFetch();

    const pending = poll(db, fetch);
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    await vi.advanceTimersByTimeAsync(20_000);
    const report = await pending;

    expect(report).toMatchObject({ status: 'failed', message: 'DEV did not answer within 20 s' });
  });

  it.each<[string, string, number]>([
    ['seconds', '7200', 2 * HOUR],
    ['an HTTP date', 'Sun, 10 May 2026 15:00:00 GMT', 3 * HOUR],
    ['a value shorter than the backoff', '60', 15 * MINUTE],
  ])('waits as long as Retry-After in %s asks', async (_name, retryAfter, delay) => {
    const db = await openTestDb();
    const { fetch } = fakeFetch(
      () => new Response('', { status: 429, headers: { 'Retry-After': retryAfter } }),
    );

    const report = await poll(db, fetch);

    expect(report.state.nextPollAt).toBe(NOW + delay);
  });

  it('clears the last error and the failure count once a poll succeeds again', async () => {
    const db = await dbWithHistory();
    await poll(db, fakeFetch(() => new Response('', { status: 503 })).fetch, NOW);
    await poll(db, fakeFetch(() => new Response('', { status: 503 })).fetch, NOW + 15 * MINUTE);
    expect(await getFeedState(db, FEED_URL)).toMatchObject({ consecutiveFailures: 2 });

    const report = await poll(
      db,
      fakeFetch(() => rssResponse(TWO_POSTS, { ETag: '"v2"' })).fetch,
      NOW + HOUR,
    );

    expect(report.state).toMatchObject({
      etag: '"v2"',
      lastError: null,
      consecutiveFailures: 0,
      lastSuccessAt: NOW + HOUR,
      nextPollAt: NOW + HOUR + 15 * MINUTE,
    });
    expect(await getFeedState(db, FEED_URL)).toEqual(report.state);
  });

  it('reads the clock before and after fetching', async () => {
    const db = await openTestDb();
    const times = [NOW, NOW + 5000];
    const now = vi.fn(() => times.shift() ?? NOW + 5000);

    const report = await pollFeed(
      { db, fetch: fakeFetch(() => rssResponse(TWO_POSTS)).fetch, now, t: english },
      SETTINGS,
    );

    expect(report.state).toMatchObject({
      lastAttemptAt: NOW,
      lastSuccessAt: NOW + 5000,
      nextPollAt: NOW + 5000 + 15 * MINUTE,
    });
  });

  it('passes the retention policy on to storage', async () => {
    const db = await dbWithHistory();
    const newPost = devRss([{ slug: 'newest', date: 'Sun, 10 May 2026 11:30:00 +0000' }]);

    await poll(db, fakeFetch(() => rssResponse(newPost)).fetch, NOW, {
      ...SETTINGS,
      retention: { keepReadDays: 60, maxPosts: 1, protectUnreadDays: 0 },
    });

    expect([...(await postsById(db)).keys()]).toEqual([devUrl('newest')]);
  });

  describe('when storage fails', () => {
    const quotaExceeded = () =>
      new DOMException('The quota has been exceeded.', 'QuotaExceededError');

    /** Fails the poll's posts+feeds transaction at `where`; everything else works. */
    function failStorage(
      where: 'opening the transaction' | 'writing the feed state',
      error: Error,
    ) {
      if (where === 'opening the transaction') {
        const original = IDBDatabase.prototype.transaction;
        vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (
          this: IDBDatabase,
          ...args: Parameters<IDBDatabase['transaction']>
        ) {
          if (Array.isArray(args[0]) && args[0].includes('posts') && args[1] === 'readwrite')
            throw error;
          return original.apply(this, args);
        });
      } else {
        const original = IDBObjectStore.prototype.put;
        vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
          this: IDBObjectStore,
          ...args: Parameters<IDBObjectStore['put']>
        ) {
          // Posts were already queued in this transaction when the feed state fails.
          if (this.name === 'feeds' && this.transaction.objectStoreNames.contains('posts'))
            throw error;
          return original.apply(this, args);
        });
      }
    }

    it.each<['opening the transaction' | 'writing the feed state', () => Error, string]>([
      [
        'opening the transaction',
        quotaExceeded,
        'DEV posts could not be saved: the browser says storage is full',
      ],
      [
        'writing the feed state',
        quotaExceeded,
        'DEV posts could not be saved: the browser says storage is full',
      ],
      [
        'opening the transaction',
        () => new Error('disk I/O'),
        'DEV posts could not be saved (storage error)',
      ],
      [
        'writing the feed state',
        () => new DOMException('x', 'UnknownError'),
        'DEV posts could not be saved (storage error)',
      ],
    ])('at %s, records the error and loses nothing (%#)', async (where, makeError, message) => {
      const db = await dbWithHistory();
      const before = await postsById(db);
      const newPosts = devRss([
        { slug: 'brand-new', date: 'Sun, 10 May 2026 11:30:00 +0000' },
        { slug: 'newer', title: 'Retitled', date: 'Sun, 10 May 2026 11:00:00 +0000' },
      ]);
      failStorage(where, makeError());

      const report = await poll(db, fakeFetch(() => rssResponse(newPosts, { ETag: '"v2"' })).fetch);

      expect(report).toMatchObject({ status: 'failed', message });
      expect(await postsById(db)).toEqual(before);
      expect(await getFeedState(db, FEED_URL)).toMatchObject({
        // The old validator stays, so the next poll fetches these posts again in full.
        etag: '"v1"',
        consecutiveFailures: 1,
        lastError: { message, at: NOW, status: null },
      });
    });
  });

  it('starts from an empty state for a feed never polled', async () => {
    const db = await openTestDb();
    const { fetch, requests } = fakeFetch(() => new Response(null, { status: 304 }));

    const report = await poll(db, fetch);

    expect(requests[0]?.has('If-None-Match')).toBe(false);
    expect(report.state).toEqual({
      ...emptyFeedState(FEED_URL),
      lastAttemptAt: NOW,
      lastSuccessAt: NOW,
      nextPollAt: NOW + 15 * MINUTE,
      sourceId: 'dev:rust',
      needsPermission: false,
    });
  });
});
