import { describe, expect, it } from 'vitest';
import { countUnread } from '../../../utils/db/list-posts';
import {
  clearAllPosts,
  markAllRead,
  markPostsUnread,
  setPostRead,
} from '../../../utils/db/read-state';
import type { StoredPost } from '../../../utils/db/schema';
import { HOUR, NOW, openTestDb, postsById, seedPosts, storedPost } from './helpers';

const READ_AT = NOW + HOUR;

function seed(): StoredPost[] {
  return [
    storedPost('a', { sortAt: NOW - 1 * HOUR }),
    storedPost('b', { sortAt: NOW - 2 * HOUR }),
    storedPost('c', { sortAt: NOW - 3 * HOUR, unread: 0, readAt: NOW - HOUR }),
    storedPost('d', { sortAt: NOW - 4 * HOUR }),
  ];
}

async function readState(db: Awaited<ReturnType<typeof openTestDb>>) {
  const posts = await postsById(db);
  return Object.fromEntries([...posts].map(([id, post]) => [id, [post.unread, post.readAt]]));
}

describe('setPostRead', () => {
  it.each<[string, boolean, StoredPost['unread'], number | null]>([
    ['a', true, 0, READ_AT],
    ['c', false, 1, null],
  ])('marks post %s read=%s', async (id, markRead, unread, readAt) => {
    const db = await openTestDb();
    await seedPosts(db, seed());

    const found = await setPostRead(db, id, markRead, READ_AT);

    expect(found).toBe(true);
    expect((await postsById(db)).get(id)).toMatchObject({ unread, readAt });
  });

  it('changes only the post it is given', async () => {
    const db = await openTestDb();
    await seedPosts(db, seed());

    await setPostRead(db, 'a', true, READ_AT);

    expect(await readState(db)).toEqual({
      a: [0, READ_AT],
      b: [1, null],
      c: [0, NOW - HOUR],
      d: [1, null],
    });
  });

  it('returns false and stores nothing for a post that is not stored', async () => {
    const db = await openTestDb();
    await seedPosts(db, seed());

    expect(await setPostRead(db, 'pruned', true, READ_AT)).toBe(false);
    expect((await postsById(db)).has('pruned')).toBe(false);
  });
});

describe('markAllRead', () => {
  it('marks every unread post read and returns exactly the ids it changed', async () => {
    const db = await openTestDb();
    await seedPosts(db, seed());

    const changed = await markAllRead(db, READ_AT);

    expect(changed.sort()).toEqual(['a', 'b', 'd']);
    expect(await countUnread(db)).toBe(0);
    expect(await readState(db)).toEqual({
      a: [0, READ_AT],
      b: [0, READ_AT],
      // Already read: its read time is not rewritten.
      c: [0, NOW - HOUR],
      d: [0, READ_AT],
    });
  });

  it('marks only the given ids when ids are passed', async () => {
    const db = await openTestDb();
    await seedPosts(db, seed());

    const changed = await markAllRead(db, READ_AT, ['b', 'c', 'missing']);

    expect(changed).toEqual(['b']);
    expect(await readState(db)).toMatchObject({ a: [1, null], b: [0, READ_AT], d: [1, null] });
  });

  it('returns no ids when nothing is unread', async () => {
    const db = await openTestDb();
    await seedPosts(db, [storedPost('x', { sortAt: NOW, unread: 0, readAt: NOW })]);

    expect(await markAllRead(db, READ_AT)).toEqual([]);
  });

  it('can be undone with markPostsUnread, restoring exactly the previous state', async () => {
    const db = await openTestDb();
    await seedPosts(db, seed());
    const before = await postsById(db);

    const changed = await markAllRead(db, READ_AT);
    await markPostsUnread(db, changed);

    expect(await postsById(db)).toEqual(before);
    expect(await countUnread(db)).toBe(3);
  });

  it('handles many posts in one call', async () => {
    const db = await openTestDb();
    const many = Array.from({ length: 250 }, (_, i) => storedPost(`p${i}`, { sortAt: NOW - i }));
    await seedPosts(db, many);

    expect(await markAllRead(db, READ_AT)).toHaveLength(250);
    expect(await countUnread(db)).toBe(0);
  });
});

describe('markPostsUnread', () => {
  it('skips ids that are no longer stored', async () => {
    const db = await openTestDb();
    await seedPosts(db, seed());

    await markPostsUnread(db, ['c', 'gone']);

    expect(await readState(db)).toMatchObject({ c: [1, null] });
    expect((await postsById(db)).has('gone')).toBe(false);
  });
});

describe('clearAllPosts', () => {
  it('deletes every post and leaves the feed state', async () => {
    const db = await openTestDb();
    await seedPosts(db, seed());
    await db.put('feeds', {
      url: 'https://dev.to/feed/tag/rust',
      etag: '"e"',
      lastModified: null,
      lastAttemptAt: NOW,
      lastSuccessAt: NOW,
      lastError: null,
      consecutiveFailures: 0,
      nextPollAt: null,
    });

    await clearAllPosts(db);

    expect(await db.count('posts')).toBe(0);
    expect(await db.count('feeds')).toBe(1);
  });
});
