import { describe, expect, it } from 'vitest';
import { countUnread } from '../../../utils/db/list-posts';
import { facetsOf } from '../../../utils/db/post-records';
import {
  clearAllPosts,
  markAllRead,
  markPostsUnread,
  setPostRead,
} from '../../../utils/db/read-state';
import type { RadarDb } from '../../../utils/db/open-db';
import type { StoredPost } from '../../../utils/db/schema';
import { storePollResult } from '../../../utils/db/store-poll-result';
import { readAllPosts } from '../../../utils/options/read-all-posts';
import {
  DAY,
  FEED_URL,
  HOUR,
  NOW,
  feedItem,
  feedStateAfterPoll,
  openTestDb,
  hidingTag,
  seedPosts,
  storedPost,
} from './helpers';

/** Every post's facets as they should be, and as they are. */
async function facetsInStep(db: RadarDb) {
  const [posts, facets] = await Promise.all([db.getAll('posts'), db.getAll('facets')]);
  return { expected: posts.map(facetsOf), actual: facets };
}

async function expectInStep(db: RadarDb): Promise<void> {
  const { expected, actual } = await facetsInStep(db);
  expect(actual).toEqual(expected);
}

function seed(): StoredPost[] {
  return [
    storedPost('a', { sortAt: NOW - 1 * HOUR, tags: ['rust', 'career'] }),
    storedPost('b', { sortAt: NOW - 2 * HOUR }),
    storedPost('c', { sortAt: NOW - 3 * HOUR, unread: 0, readAt: NOW - HOUR }),
    storedPost('d', { sortAt: NOW - 4 * HOUR, author: 'Muted Person' }),
  ];
}

describe('facetsOf', () => {
  it('leaves out the summary, duplicate keys and feed URL', () => {
    const facets = facetsOf({ ...storedPost('a', { sortAt: NOW }), dupKeys: ['url:x'] });

    expect(facets).not.toHaveProperty('summaryHtml');
    expect(facets).not.toHaveProperty('dupKeys');
    expect(facets).not.toHaveProperty('feedUrl');
    expect(facets).toMatchObject({ id: 'a', title: 'Post number 0', unread: 1, sortAt: NOW });
  });

  it('carries fields other features add to a post (relevance verdict, read later)', () => {
    const added = {
      judgement: { verdict: 'off-topic', reasons: [], version: 1 },
      correction: 'rust',
      savedAt: NOW,
      snoozedUntil: NOW + DAY,
    };
    const post = { ...storedPost('a', { sortAt: NOW }), ...added } as StoredPost;

    expect(facetsOf(post)).toMatchObject(added);
  });
});

describe('the facets store', () => {
  it('is in step after seeding, a click, Mark all read and its undo', async () => {
    const db = await openTestDb();
    await seedPosts(db, seed());
    await expectInStep(db);

    await setPostRead(db, 'a', true, NOW);
    await expectInStep(db);
    const changed = await markAllRead(db, NOW);
    await expectInStep(db);
    expect((await db.getAll('facets')).every((post) => post.unread === 0)).toBe(true);
    await markPostsUnread(db, changed);
    await expectInStep(db);
    await setPostRead(db, 'c', false, NOW);
    await expectInStep(db);
  });

  it('is in step after a poll stores, edits, merges and prunes posts', async () => {
    const db = await openTestDb();
    await seedPosts(db, [
      storedPost('old-read', { sortAt: NOW - 90 * DAY, unread: 0, readAt: NOW - 80 * DAY }),
    ]);
    const poll = (items: ReturnType<typeof feedItem>[]) =>
      storePollResult(db, {
        feedUrl: FEED_URL,
        sourceId: 'dev:rust',
        items,
        feedState: feedStateAfterPoll(NOW),
        now: NOW,
      });

    const first = await poll([feedItem(1), feedItem(2)]);
    expect(first.pruned).toBe(1);
    await expectInStep(db);
    await poll([feedItem(1, { title: 'Edited title' }), feedItem(2), feedItem(3)]);
    await expectInStep(db);
    expect((await db.get('facets', feedItem(1).id))?.title).toBe('Edited title');
  });

  it('is emptied with the posts by Clear all', async () => {
    const db = await openTestDb();
    await seedPosts(db, seed());

    await clearAllPosts(db);

    expect(await db.count('facets')).toBe(0);
    expect(await db.count('posts')).toBe(0);
  });
});

describe('counts and the options page read facets', () => {
  it('counts unread posts the filter keeps, before and after Mark all read', async () => {
    const db = await openTestDb();
    await seedPosts(db, seed());
    const notCareer = hidingTag('career');

    expect(await countUnread(db, notCareer)).toBe(2);
    await markAllRead(db, NOW);
    expect(await countUnread(db, notCareer)).toBe(0);
  });

  it('lists every post newest first for the options page, without summaries', async () => {
    const db = await openTestDb();
    await seedPosts(db, seed());

    const posts = await readAllPosts(db);

    expect(posts.map((post) => post.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(posts[0]).not.toHaveProperty('summaryHtml');
  });
});
