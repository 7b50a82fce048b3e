import { describe, expect, it } from 'vitest';
import { getFeedState } from '../../../utils/db/feed-state';
import { countUnread, listPosts } from '../../../utils/db/list-posts';
import { openRadarDb } from '../../../utils/db/open-db';
import type { FeedState, StoredPost } from '../../../utils/db/schema';
import { facetsOf } from '../../../utils/db/post-records';
import { DB_VERSION } from '../../../utils/db/schema';
import { storePollResult } from '../../../utils/db/store-poll-result';
import { duplicateKeys } from '../../../utils/sources/dedupe';
import {
  FEED_URL,
  HOUR,
  NOW,
  feedItem,
  feedStateAfterPoll,
  hidingTag,
  storedPost,
} from '../db/helpers';

// A user who installed the first release has a version 1 database: posts and feeds only.
// It is built here by hand, with the raw IndexedDB API and the v1 schema as it shipped, so
// the test does not lean on today's upgrade code to make its "old" database.

function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function createVersion1(name: string, posts: StoredPost[], feed: FeedState) {
  const open = indexedDB.open(name, 1);
  open.onupgradeneeded = () => {
    const db = open.result;
    const store = db.createObjectStore('posts', { keyPath: 'id' });
    store.createIndex('by-sort', 'sortAt');
    store.createIndex('by-unread-sort', ['unread', 'sortAt']);
    db.createObjectStore('feeds', { keyPath: 'url' });
  };
  const db = await requestResult(open);
  const tx = db.transaction(['posts', 'feeds'], 'readwrite');
  for (const post of posts) tx.objectStore('posts').put(post);
  tx.objectStore('feeds').put(feed);
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

const POSTS: StoredPost[] = [
  storedPost('v1-newest', { sortAt: NOW - 1 * HOUR }),
  storedPost('v1-read', { sortAt: NOW - 2 * HOUR, unread: 0, readAt: NOW - 30 * 60_000 }),
  storedPost('v1-middle', { sortAt: NOW - 3 * HOUR, tags: ['rust', 'tokio'] }),
  storedPost('v1-read-old', { sortAt: NOW - 4 * HOUR, unread: 0, readAt: NOW - 2 * HOUR }),
];
const FEED = feedStateAfterPoll(NOW - HOUR, { etag: '"from-v1"', nextPollAt: NOW + 14 * 60_000 });

describe('upgrading a version 1 database', () => {
  it('keeps every post, its read state and the feed state, and adds the v2 to v8 parts', async () => {
    const name = `test-${crypto.randomUUID()}`;
    await createVersion1(name, POSTS, FEED);

    const db = await openRadarDb({ name });

    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([
      'corrections',
      'facets',
      'feeds',
      'notifications',
      'outbox',
      'posts',
      'tallies',
    ]);
    // v3 gives every old post its source (they all came from DEV's rust feed) and its keys.
    expect(await db.getAll('posts')).toEqual(
      [...POSTS]
        .sort((a, b) => a.id.localeCompare(b.id))
        .map((post) => ({ ...post, sourceId: 'dev:rust', dupKeys: duplicateKeys(post) })),
    );
    expect(await db.getAllKeys('posts', undefined)).toHaveLength(POSTS.length);
    expect(
      await db.getAllFromIndex('posts', 'by-dup-key', 'url:https://dev.to/someone/v1-read'),
    ).toEqual([expect.objectContaining({ id: 'v1-read', unread: 0 })]);
    expect(await getFeedState(db, FEED_URL)).toEqual(FEED);
    // The old indexes still answer: newest first, unread only.
    expect((await listPosts(db)).map((post) => post.id)).toEqual([
      'v1-newest',
      'v1-read',
      'v1-middle',
      'v1-read-old',
    ]);
    expect((await listPosts(db, { unreadOnly: true })).map((post) => post.id)).toEqual([
      'v1-newest',
      'v1-middle',
    ]);
    // v4's source indexes hold the old posts too, under the source v3 gave them.
    expect(
      (await listPosts(db, { unreadOnly: true, sourceId: 'dev:rust' })).map((post) => post.id),
    ).toEqual(['v1-newest', 'v1-middle']);
    expect(await countUnread(db, undefined, 'dev:rust')).toBe(2);
    expect(await countUnread(db)).toBe(2);
    // v6's read-later indexes exist and hold nothing: no old post was saved or snoozed.
    expect(await db.countFromIndex('posts', 'by-saved')).toBe(0);
    expect(await db.countFromIndex('posts', 'by-snoozed')).toBe(0);
    expect(await db.count('outbox')).toBe(0);
    expect(await db.count('notifications')).toBe(0);
    // v7 copies every post's facets, as the v3 step left the post.
    expect(await db.getAll('facets')).toEqual((await db.getAll('posts')).map(facetsOf));
    expect(await countUnread(db, hidingTag('tokio'))).toBe(1);
    db.close();
  });

  it('polls into the upgraded database: edits keep read state, new posts reach the outbox', async () => {
    const name = `test-${crypto.randomUUID()}`;
    await createVersion1(name, POSTS, FEED);
    const db = await openRadarDb({ name });
    const edited = { ...feedItem(0, { id: 'v1-read', url: 'https://dev.to/someone/v1-read' }) };

    const outcome = await storePollResult(db, {
      feedUrl: FEED_URL,
      sourceId: 'dev:rust',
      items: [feedItem(9, { id: 'brand-new' }), { ...edited, title: 'Edited after upgrade' }],
      feedState: feedStateAfterPoll(NOW),
      now: NOW,
      announce: () => 'new',
    });

    expect(outcome.added.map((post) => post.id)).toEqual(['brand-new']);
    expect(await db.get('posts', 'v1-read')).toMatchObject({
      title: 'Edited after upgrade',
      unread: 0,
      readAt: NOW - 30 * 60_000,
    });
    expect(await db.getAll('outbox')).toEqual([
      { postId: 'brand-new', batch: 'new', queuedAt: NOW },
    ]);
    expect(await db.count('posts')).toBe(5);
    db.close();
  });

  it('opens a current database again without touching its data', async () => {
    const name = `test-${crypto.randomUUID()}`;
    await createVersion1(name, POSTS, FEED);
    (await openRadarDb({ name })).close();

    const db = await openRadarDb({ name });

    expect(await db.count('posts')).toBe(POSTS.length);
    expect(await getFeedState(db, FEED_URL)).toEqual(FEED);
    db.close();
  });
});

describe('upgrading a database with the v5 author index', () => {
  it("swaps v5's author index for one by time, and counts the unread posts afresh", async () => {
    const name = `test-${crypto.randomUUID()}`;
    await createVersion1(name, POSTS, FEED);
    // Before v8 the posts had v5's author index (the other v2–v7 parts come with the upgrade).
    const open = indexedDB.open(name, 7);
    open.onupgradeneeded = () => {
      open.transaction!.objectStore('posts').createIndex('by-author', 'author');
    };
    (await requestResult(open)).close();

    const db = await openRadarDb({ name });
    const indexes = [...db.transaction('posts').store.indexNames];

    expect(indexes).toContain('by-author-sort');
    expect(indexes).not.toContain('by-author');
    expect(await db.get('tallies', 'unread')).toBeUndefined();
    expect(await countUnread(db, hidingTag('tokio'))).toBe(1);
    db.close();
  });
});
