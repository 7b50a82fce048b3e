import { describe, expect, it } from 'vitest';
import type { RadarDb } from '../../../utils/db/open-db';
import { DEFAULT_RETENTION, prunePosts, type RetentionPolicy } from '../../../utils/db/retention';
import type { StoredPost } from '../../../utils/db/schema';
import { DAY, NOW, openTestDb, postsById, seedPosts, storedPost } from './helpers';

async function prune(
  db: RadarDb,
  policy: RetentionPolicy,
  listed?: ReadonlySet<string>,
): Promise<number> {
  const tx = db.transaction(['posts', 'facets', 'tallies', 'feeds'], 'readwrite');
  const deleted = await prunePosts(tx, NOW, policy, listed);
  await tx.done;
  return deleted;
}

async function keptIds(db: RadarDb): Promise<string[]> {
  return [...(await postsById(db)).keys()].sort();
}

const read = (id: string, ageDays: number): StoredPost =>
  storedPost(id, { sortAt: NOW - ageDays * DAY, unread: 0, readAt: NOW - DAY });
const unread = (id: string, ageDays: number, firstSeenDaysAgo = ageDays): StoredPost =>
  storedPost(id, { sortAt: NOW - ageDays * DAY, firstSeenAt: NOW - firstSeenDaysAgo * DAY });

describe('prunePosts', () => {
  it('uses 60 read days, 5,000 posts and 30 protected unread days by default', () => {
    expect(DEFAULT_RETENTION).toEqual({ keepReadDays: 60, maxPosts: 5000, protectUnreadDays: 30 });
  });

  it.each<[string, boolean, StoredPost]>([
    ['a read post younger than keepReadDays', true, read('p', 59)],
    ['a read post exactly keepReadDays old', true, read('p', 60)],
    ['a read post older than keepReadDays', false, read('p', 61)],
    ['an unread post older than keepReadDays', true, unread('p', 400)],
    ['an unread post first seen long ago', true, unread('p', 90, 90)],
  ])('under the post limit, %s is kept: %s', async (_name, kept, post) => {
    const db = await openTestDb();
    await seedPosts(db, [post]);

    const deleted = await prune(db, DEFAULT_RETENTION);

    expect(deleted).toBe(kept ? 0 : 1);
    expect(await keptIds(db)).toEqual(kept ? ['p'] : []);
  });

  it('keeps only the newest maxPosts posts', async () => {
    const db = await openTestDb();
    const posts = [1, 2, 3, 4, 5].map((age) => unread(`age-${age}`, age, 45));
    await seedPosts(db, posts);

    const deleted = await prune(db, { ...DEFAULT_RETENTION, maxPosts: 3 });

    expect(deleted).toBe(2);
    expect(await keptIds(db)).toEqual(['age-1', 'age-2', 'age-3']);
  });

  it('never prunes an unread post first seen within protectUnreadDays, even over the limit', async () => {
    const db = await openTestDb();
    await seedPosts(db, [
      unread('newest', 1, 45),
      unread('middle', 2, 45),
      // Published long ago but first seen recently (a feed backfilled old posts).
      unread('old-but-new-to-us', 100, 10),
      unread('old-and-stale', 101, 45),
    ]);

    const deleted = await prune(db, { keepReadDays: 60, maxPosts: 2, protectUnreadDays: 30 });

    expect(deleted).toBe(1);
    expect(await keptIds(db)).toEqual(['middle', 'newest', 'old-but-new-to-us']);
  });

  it('protects only unread posts: a read post first seen yesterday is pruned once too old', async () => {
    const db = await openTestDb();
    await seedPosts(db, [
      storedPost('read-old', { sortAt: NOW - 90 * DAY, firstSeenAt: NOW - DAY, unread: 0 }),
    ]);

    expect(await prune(db, DEFAULT_RETENTION)).toBe(1);
  });

  it('counts protected posts toward the limit, so older unprotected ones go first', async () => {
    const db = await openTestDb();
    await seedPosts(db, [
      unread('protected-newest', 1, 1),
      unread('protected-second', 2, 2),
      unread('unprotected-third', 3, 45),
    ]);

    await prune(db, { keepReadDays: 60, maxPosts: 2, protectUnreadDays: 30 });

    expect(await keptIds(db)).toEqual(['protected-newest', 'protected-second']);
  });

  it('applies every rule together', async () => {
    const db = await openTestDb();
    await seedPosts(db, [
      read('read-fresh', 1),
      unread('unread-fresh', 2, 2),
      read('read-expired', 70),
      unread('unread-stale-a', 3, 40),
      unread('unread-stale-b', 4, 40),
      unread('unread-protected-old', 200, 5),
    ]);

    const deleted = await prune(db, { keepReadDays: 60, maxPosts: 3, protectUnreadDays: 30 });

    // read-expired: too old. unread-stale-b: fourth kept post, over the limit of 3.
    expect(deleted).toBe(2);
    expect(await keptIds(db)).toEqual([
      'read-fresh',
      'unread-fresh',
      'unread-protected-old',
      'unread-stale-a',
    ]);
  });

  it('never prunes a post the feed still lists', async () => {
    const db = await openTestDb();
    await seedPosts(db, [read('listed-read', 90), read('unlisted-read', 90)]);

    const deleted = await prune(db, DEFAULT_RETENTION, new Set(['listed-read']));

    expect(deleted).toBe(1);
    expect(await keptIds(db)).toEqual(['listed-read']);
  });

  it('deletes nothing from an empty store', async () => {
    const db = await openTestDb();

    expect(await prune(db, { keepReadDays: 1, maxPosts: 0, protectUnreadDays: 0 })).toBe(0);
  });
});
