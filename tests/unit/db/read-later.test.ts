import { describe, expect, it } from 'vitest';
import { countUnread } from '../../../utils/db/list-posts';
import {
  clearPostsNotPutAside,
  countSaved,
  listSavedPosts,
  nextReturnAt,
  readLaterMarks,
  restoreReadLaterMarks,
  returnDuePosts,
  setPostSaved,
  snoozePost,
} from '../../../utils/db/read-later';
import { markPostsUnread, setPostRead } from '../../../utils/db/read-state';
import { prunePosts } from '../../../utils/db/retention';
import { storePollResult } from '../../../utils/db/store-poll-result';
import {
  DAY,
  FEED_URL,
  HOUR,
  NOW,
  feedItem,
  feedStateAfterPoll,
  openTestDb,
  postsById,
  seedPosts,
  storedPost,
} from './helpers';

const posts = () => [
  storedPost('a', { sortAt: NOW - 1 * HOUR }),
  storedPost('b', { sortAt: NOW - 2 * HOUR }),
  storedPost('c', { sortAt: NOW - 3 * HOUR, unread: 0, readAt: NOW - HOUR }),
];

describe('saving a post', () => {
  it('lists saved posts newest saved first, whatever their age or read state', async () => {
    const db = await openTestDb();
    await seedPosts(db, posts());
    await setPostSaved(db, 'c', true, NOW);
    await setPostSaved(db, 'a', true, NOW + 1);
    await setPostSaved(db, 'b', true, NOW + 2);

    expect((await listSavedPosts(db, { limit: 10 })).map((post) => post.id)).toEqual([
      'b',
      'a',
      'c',
    ]);
    expect(await countSaved(db)).toBe(3);
  });

  it('pages through saved posts, also among posts saved at the same moment', async () => {
    const db = await openTestDb();
    await seedPosts(db, posts());
    for (const id of ['a', 'b', 'c']) await setPostSaved(db, id, true, NOW);

    const first = await listSavedPosts(db, { limit: 2 });
    const rest = await listSavedPosts(db, { limit: 2, after: first[1] });

    expect([...first, ...rest].map((post) => post.id)).toEqual(['c', 'b', 'a']);
  });

  it('keeps the first saved time when saved again, and forgets it when unsaved', async () => {
    const db = await openTestDb();
    await seedPosts(db, posts());
    await setPostSaved(db, 'a', true, NOW);
    await setPostSaved(db, 'a', true, NOW + DAY);
    expect((await postsById(db)).get('a')?.savedAt).toBe(NOW);

    await setPostSaved(db, 'a', false, NOW + DAY);

    expect((await postsById(db)).get('a')?.savedAt).toBeNull();
    expect(await listSavedPosts(db, { limit: 10 })).toEqual([]);
  });

  it('reports a post that is not stored', async () => {
    const db = await openTestDb();
    expect(await setPostSaved(db, 'missing', true, NOW)).toBe(false);
  });

  it('is never pruned by retention, however old and read', async () => {
    const db = await openTestDb();
    const old = { sortAt: NOW - 400 * DAY, unread: 0 as const, readAt: NOW - 300 * DAY };
    await seedPosts(db, [storedPost('saved', old), storedPost('plain', old)]);
    await setPostSaved(db, 'saved', true, NOW);

    const tx = db.transaction(['posts', 'facets', 'tallies', 'feeds'], 'readwrite');
    await prunePosts(tx, NOW, { keepReadDays: 60, maxPosts: 0, protectUnreadDays: 30 });
    await tx.done;

    expect([...(await postsById(db)).keys()]).toEqual(['saved']);
  });

  it('survives "clear all posts" when the reader keeps saved posts, and so do snoozed ones', async () => {
    const db = await openTestDb();
    await seedPosts(db, posts());
    await setPostSaved(db, 'b', true, NOW);
    await snoozePost(db, 'a', NOW + 3 * HOUR);

    await clearPostsNotPutAside(db);

    expect([...(await postsById(db)).keys()].sort()).toEqual(['a', 'b']);
    expect((await db.getAll('facets')).map((facets) => facets.id).sort()).toEqual(['a', 'b']);
  });
});

describe('snoozing a post', () => {
  it('takes it out of the unread count at once and brings it back unread when due', async () => {
    const db = await openTestDb();
    await seedPosts(db, posts());
    await snoozePost(db, 'a', NOW + 3 * HOUR);

    expect(await countUnread(db)).toBe(1);
    expect(await nextReturnAt(db)).toBe(NOW + 3 * HOUR);
    expect(await returnDuePosts(db, NOW + 3 * HOUR - 1)).toEqual([]);

    const back = await returnDuePosts(db, NOW + 3 * HOUR);

    expect(back.map((post) => post.id)).toEqual(['a']);
    expect((await postsById(db)).get('a')).toMatchObject({ unread: 1 });
    expect(await countUnread(db)).toBe(2);
    expect(await nextReturnAt(db)).toBeNull();
  });

  it('brings each post back once, however often it is asked', async () => {
    const db = await openTestDb();
    await seedPosts(db, posts());
    await snoozePost(db, 'a', NOW + HOUR);

    const [first, second] = await Promise.all([
      returnDuePosts(db, NOW + 2 * HOUR),
      returnDuePosts(db, NOW + 2 * HOUR),
    ]);

    expect(first.length + second.length).toBe(1);
  });

  it('plans the next return from the earliest snooze', async () => {
    const db = await openTestDb();
    await seedPosts(db, posts());
    await snoozePost(db, 'a', NOW + 5 * HOUR);
    await snoozePost(db, 'b', NOW + 2 * HOUR);

    expect(await nextReturnAt(db)).toBe(NOW + 2 * HOUR);
  });

  it.each([
    ['read', (db: Awaited<ReturnType<typeof openTestDb>>) => setPostRead(db, 'a', true, NOW)],
    ['marked unread', (db: Awaited<ReturnType<typeof openTestDb>>) => markPostsUnread(db, ['a'])],
  ])('does not come back once %s elsewhere', async (_name, change) => {
    const db = await openTestDb();
    await seedPosts(db, posts());
    await snoozePost(db, 'a', NOW + HOUR);

    await change(db);

    expect(await returnDuePosts(db, NOW + 2 * HOUR)).toEqual([]);
    expect(await nextReturnAt(db)).toBeNull();
  });

  it('is never pruned while snoozed', async () => {
    const db = await openTestDb();
    await seedPosts(db, [storedPost('old', { sortAt: NOW - 400 * DAY })]);
    await snoozePost(db, 'old', NOW + DAY);

    const tx = db.transaction(['posts', 'facets', 'tallies', 'feeds'], 'readwrite');
    await prunePosts(tx, NOW, { keepReadDays: 60, maxPosts: 0, protectUnreadDays: 30 });
    await tx.done;

    expect((await postsById(db)).has('old')).toBe(true);
  });
});

describe('read-later marks for the backup', () => {
  it('round-trips saved and snoozed state by URL onto a fresh store', async () => {
    const db = await openTestDb();
    await seedPosts(db, posts());
    await setPostSaved(db, 'a', true, NOW);
    await snoozePost(db, 'b', NOW + DAY);
    const marks = await readLaterMarks(db);

    const fresh = await openTestDb();
    await seedPosts(fresh, posts());
    expect(await restoreReadLaterMarks(fresh, marks)).toBe(2);

    const restored = await postsById(fresh);
    expect(restored.get('a')?.savedAt).toBe(NOW);
    expect(restored.get('b')).toMatchObject({ unread: 0, snoozedUntil: NOW + DAY });
    expect(restored.get('c')?.savedAt).toBeUndefined();
    expect(await nextReturnAt(fresh)).toBe(NOW + DAY);
  });
});

describe('a saved, snoozed post edited by its feed', () => {
  it('keeps being saved and snoozed', async () => {
    const db = await openTestDb();
    const poll = (title: string) =>
      storePollResult(db, {
        feedUrl: FEED_URL,
        sourceId: 'dev:rust',
        items: [feedItem(1, { title })],
        feedState: feedStateAfterPoll(NOW),
        now: NOW,
        announce: () => null,
      });
    await poll('First title');
    const [id] = [...(await postsById(db)).keys()];
    await setPostSaved(db, id!, true, NOW);
    await snoozePost(db, id!, NOW + DAY);

    await poll('Edited title');

    expect((await postsById(db)).get(id!)).toMatchObject({
      title: 'Edited title',
      unread: 0,
      savedAt: NOW,
      snoozedUntil: NOW + DAY,
    });
  });
});
