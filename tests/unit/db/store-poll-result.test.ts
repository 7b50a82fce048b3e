import { describe, expect, it } from 'vitest';
import { getFeedState } from '../../../utils/db/feed-state';
import { setPostRead } from '../../../utils/db/read-state';
import { storePollResult } from '../../../utils/db/store-poll-result';
import { duplicateKeys } from '../../../utils/sources/dedupe';
import type { FeedItem } from '../../../utils/feed/post';
import {
  DAY,
  FEED_URL,
  HOUR,
  MINUTE,
  NOW,
  feedItem,
  feedStateAfterPoll,
  openTestDb,
  postsById,
} from './helpers';
import type { RadarDb } from '../../../utils/db/open-db';

function store(db: RadarDb, items: readonly FeedItem[], now = NOW) {
  return storePollResult(db, {
    feedUrl: FEED_URL,
    sourceId: 'dev:rust',
    items,
    feedState: feedStateAfterPoll(now),
    now,
  });
}

describe('storePollResult', () => {
  it('stores new posts as unread, first seen now, and returns them newest first', async () => {
    const db = await openTestDb();
    const items = [feedItem(3), feedItem(1), feedItem(2)];

    const outcome = await store(db, items);

    expect(outcome.added.map((post) => post.id)).toEqual([1, 2, 3].map((n) => feedItem(n).id));
    expect(outcome.updated).toBe(0);
    const stored = await postsById(db);
    expect(stored.size).toBe(3);
    for (const item of items) {
      expect(stored.get(item.id)).toEqual({
        ...item,
        feedUrl: FEED_URL,
        sourceId: 'dev:rust',
        dupKeys: duplicateKeys(item),
        firstSeenAt: NOW,
        sortAt: Date.parse(item.publishedAt),
        unread: 1,
        readAt: null,
      });
    }
  });

  it('adds nothing when the same items are stored a second time', async () => {
    const db = await openTestDb();
    const items = [feedItem(1), feedItem(2)];
    await store(db, items);
    const before = await postsById(db);

    const outcome = await store(db, items, NOW + 15 * MINUTE);

    expect(outcome).toEqual({ added: [], updated: 0, pruned: 0, merged: 0 });
    expect(await postsById(db)).toEqual(before);
  });

  it('adds only the posts it has not seen before', async () => {
    const db = await openTestDb();
    await store(db, [feedItem(2), feedItem(3)]);

    const outcome = await store(db, [feedItem(1), feedItem(2), feedItem(3)], NOW + HOUR);

    expect(outcome.added.map((post) => post.id)).toEqual([feedItem(1).id]);
    expect((await postsById(db)).size).toBe(3);
  });

  it.each<[string, Partial<FeedItem>]>([
    ['title', { title: 'Post number 1 (updated)' }],
    ['url', { url: 'https://dev.to/author1/renamed-slug' }],
    ['author', { author: 'Author One' }],
    ['publishedAt', { publishedAt: new Date(NOW - 30 * MINUTE).toISOString() }],
    ['summaryHtml', { summaryHtml: '<p>Rewritten summary</p>' }],
    ['readingMinutes', { readingMinutes: 9 }],
    ['hasRustCode', { hasRustCode: true }],
    ['tags (one more)', { tags: ['rust', 'programming', 'async'] }],
    ['tags (reordered)', { tags: ['programming', 'rust'] }],
  ])('keeps read state and first-seen time when a post is edited (%s)', async (_field, edit) => {
    const db = await openTestDb();
    await store(db, [feedItem(1)]);
    const readAt = NOW + 5 * MINUTE;
    await setPostRead(db, feedItem(1).id, true, readAt);
    const edited = feedItem(1, edit);

    const outcome = await store(db, [edited], NOW + HOUR);

    expect(outcome).toMatchObject({ added: [], updated: 1 });
    const post = (await postsById(db)).get(edited.id);
    expect(post).toEqual({
      ...edited,
      feedUrl: FEED_URL,
      sourceId: 'dev:rust',
      // The keys of both versions: a feed still listing the old title finds it too.
      dupKeys: [...new Set([...duplicateKeys(feedItem(1)), ...duplicateKeys(edited)])],
      firstSeenAt: NOW,
      sortAt: Date.parse(edited.publishedAt),
      unread: 0,
      readAt,
    });
  });

  it('keeps an edited unread post unread', async () => {
    const db = await openTestDb();
    await store(db, [feedItem(1)]);

    await store(db, [feedItem(1, { title: 'Edited' })], NOW + HOUR);

    expect((await postsById(db)).get(feedItem(1).id)).toMatchObject({
      title: 'Edited',
      unread: 1,
      readAt: null,
    });
  });

  it('clamps the sort time of a future-dated post to when it was first seen', async () => {
    const db = await openTestDb();
    const future = feedItem(1, { publishedAt: new Date(NOW + 30 * DAY).toISOString() });

    const { added } = await store(db, [future, feedItem(2)]);

    expect(added.map((post) => [post.id, post.sortAt])).toEqual([
      [future.id, NOW],
      [feedItem(2).id, NOW - 2 * HOUR],
    ]);
  });

  it('keeps the first-seen clamp when a future-dated post is edited later', async () => {
    const db = await openTestDb();
    const future = feedItem(1, { publishedAt: new Date(NOW + 30 * DAY).toISOString() });
    await store(db, [future]);

    await store(db, [{ ...future, title: 'Edited' }], NOW + 2 * DAY);

    expect((await postsById(db)).get(future.id)).toMatchObject({ firstSeenAt: NOW, sortAt: NOW });
  });

  it('sorts a post without a usable date by when it was first seen', async () => {
    const db = await openTestDb();

    const { added } = await store(db, [feedItem(1, { publishedAt: 'not a date' })]);

    expect(added[0]?.sortAt).toBe(NOW);
  });

  it('changes no post when the feed lists no items, but records the feed state', async () => {
    const db = await openTestDb();
    await store(db, [feedItem(1), feedItem(2)]);
    const before = await postsById(db);
    const state = feedStateAfterPoll(NOW + HOUR, { etag: '"v2"' });

    const outcome = await storePollResult(db, {
      feedUrl: FEED_URL,
      sourceId: 'dev:rust',
      items: [],
      feedState: state,
      now: NOW + HOUR,
    });

    expect(outcome).toEqual({ added: [], updated: 0, pruned: 0, merged: 0 });
    expect(await postsById(db)).toEqual(before);
    expect(await getFeedState(db, FEED_URL)).toEqual({ ...state, listedIds: [] });
  });

  it('keeps posts that a later poll no longer lists', async () => {
    const db = await openTestDb();
    await store(db, [feedItem(1), feedItem(2), feedItem(3)]);

    await store(db, [feedItem(0)], NOW + HOUR);

    expect([...(await postsById(db)).keys()].sort()).toEqual(
      [0, 1, 2, 3].map((n) => feedItem(n).id).sort(),
    );
  });

  it('writes the feed state in the same call', async () => {
    const db = await openTestDb();
    const state = feedStateAfterPoll(NOW, { etag: 'W/"abc"', lastModified: 'Sun, 10 May 2026' });

    await storePollResult(db, {
      feedUrl: FEED_URL,
      sourceId: 'dev:rust',
      items: [feedItem(1)],
      feedState: state,
      now: NOW,
    });

    // With the ids it listed, which retention keeps (another feed's poll may prune).
    expect(await getFeedState(db, FEED_URL)).toEqual({ ...state, listedIds: [feedItem(1).id] });
  });

  it('stores a post listed twice in one poll once and announces it once', async () => {
    const db = await openTestDb();

    const { added } = await store(db, [feedItem(1), feedItem(1, { title: 'Second copy' })]);

    expect(added.map((post) => post.id)).toEqual([feedItem(1).id]);
    const stored = await postsById(db);
    expect([...stored.values()].map((post) => post.title)).toEqual(['Post number 1']);
  });

  it('prunes in the same poll by the retention policy it is given', async () => {
    const db = await openTestDb();
    await store(db, [feedItem(1), feedItem(2), feedItem(3)]);
    await setPostRead(db, feedItem(3).id, true, NOW);
    await setPostRead(db, feedItem(2).id, true, NOW);

    const outcome = await storePollResult(db, {
      feedUrl: FEED_URL,
      sourceId: 'dev:rust',
      items: [feedItem(0)],
      feedState: feedStateAfterPoll(NOW + HOUR),
      now: NOW + HOUR,
      retention: { keepReadDays: 60, maxPosts: 2, protectUnreadDays: 30 },
    });

    expect(outcome.pruned).toBe(2);
    expect([...(await postsById(db)).keys()].sort()).toEqual(
      [feedItem(0).id, feedItem(1).id].sort(),
    );
  });

  it('does not bring back a read post as unread when retention pruned it while still in the feed', async () => {
    const db = await openTestDb();
    const retention = { keepReadDays: 1, maxPosts: 5000, protectUnreadDays: 30 };
    const old = feedItem(1, { publishedAt: new Date(NOW - 3 * DAY).toISOString() });
    const poll = (items: FeedItem[], now: number) =>
      storePollResult(db, {
        feedUrl: FEED_URL,
        sourceId: 'dev:rust',
        items,
        feedState: feedStateAfterPoll(now),
        now,
        retention,
      });
    await poll([old], NOW);
    await setPostRead(db, old.id, true, NOW + MINUTE);

    await poll([feedItem(2), old], NOW + HOUR);
    const { added } = await poll([feedItem(3), feedItem(2), old], NOW + 2 * HOUR);

    expect(added.map((post) => post.id)).not.toContain(old.id);
    expect((await postsById(db)).get(old.id)).toMatchObject({ unread: 0 });
  });

  it('writes nothing at all when one item cannot be stored', async () => {
    const db = await openTestDb();
    await store(db, [feedItem(5)]);
    const before = await postsById(db);
    const beforeState = await getFeedState(db, FEED_URL);
    // A value IndexedDB cannot clone makes `put` throw after earlier puts were queued.
    const broken = { ...feedItem(2), summaryHtml: () => 'not cloneable' } as unknown as FeedItem;

    await expect(
      storePollResult(db, {
        feedUrl: FEED_URL,
        sourceId: 'dev:rust',
        items: [feedItem(1), broken, feedItem(3)],
        feedState: feedStateAfterPoll(NOW + HOUR, { etag: '"new"' }),
        now: NOW + HOUR,
      }),
    ).rejects.toThrow();

    expect(await postsById(db)).toEqual(before);
    expect(await getFeedState(db, FEED_URL)).toEqual(beforeState);
  });
});
