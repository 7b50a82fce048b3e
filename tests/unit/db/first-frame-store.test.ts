import { unwrap } from 'idb';
import { describe, expect, it } from 'vitest';
import { correctPost } from '../../../utils/db/correct-post';
import { readTallyEarly, saveFirstFrame } from '../../../utils/db/first-frame-store';
import { countUnread } from '../../../utils/db/list-posts';
import type { RadarDb } from '../../../utils/db/open-db';
import { markAllRead, setPostRead } from '../../../utils/db/read-state';
import type { FirstFrameCopy } from '../../../utils/db/schema';
import { storePollResult } from '../../../utils/db/store-poll-result';
import { compileVisibility } from '../../../utils/filters/post-visibility';
import { markNotificationRead } from '../../../utils/notify/notification-clicks';
import {
  FEED_URL,
  HOUR,
  NOW,
  feedItem,
  feedStateAfterPoll,
  hidingTag,
  openTestDb,
  seedPosts,
  storedPost,
} from './helpers';

// The popup's first-frame copy is kept with the unread tally (issue 16). What makes it safe:
// every post change moves the tally's revision and drops the copy in the same transaction,
// and a copy is only stored for the revision it was drawn at. These tests hold the store to
// that for each way a reader changes read state (a click, "Mark all read", a notification's
// "Mark read") and for a poll that brings a post.

const RULE = compileVisibility({
  tagModes: {},
  mutedAuthors: {},
  titleKeywords: ['crypto'],
  notRustPosts: 'fold',
});

function copyAt(revision: number): FirstFrameCopy {
  return {
    revision,
    settings: '{"a":1}',
    sources: '{"b":2}',
    uiLanguage: 'en-US',
    lang: 'en',
    dir: 'ltr',
    html: '<main><ul class="post-list"><li>Post</li></ul></main>',
    takenAt: NOW,
  };
}

/** Three unread posts, counted (the badge's first count), with a copy kept of the popup. */
async function dbWithCopy(): Promise<{ db: RadarDb; revision: number }> {
  const db = await openTestDb();
  await seedPosts(
    db,
    [1, 2, 3].map((n) => storedPost(`p${n}`, { sortAt: NOW - n * HOUR })),
  );
  await countUnread(db, RULE);
  const revision = (await db.get('tallies', 'unread'))!.revision ?? 0;
  expect(await saveFirstFrame(db, copyAt(revision))).toBe(true);
  expect((await db.get('tallies', 'unread'))?.firstFrame?.revision).toBe(revision);
  return { db, revision };
}

async function expectCopyDropped(db: RadarDb, revision: number): Promise<void> {
  const tally = await db.get('tallies', 'unread');
  expect(tally?.firstFrame).toBeUndefined();
  expect(tally?.revision).toBeGreaterThan(revision);
}

describe('the first-frame copy kept with the unread counts', () => {
  it('is dropped when the reader opens a post (marked read)', async () => {
    const { db, revision } = await dbWithCopy();
    await setPostRead(db, 'p1', true, NOW);
    await expectCopyDropped(db, revision);
  });

  it('is dropped by "Mark all read"', async () => {
    const { db, revision } = await dbWithCopy();
    await markAllRead(db, NOW);
    await expectCopyDropped(db, revision);
  });

  it('is dropped by a notification\'s "Mark read"', async () => {
    const { db, revision } = await dbWithCopy();
    await db.put('notifications', { id: 'n1', kind: 'post', postIds: ['p2'], shownAt: NOW });
    await markNotificationRead(db, 'n1', NOW);
    expect((await db.get('posts', 'p2'))?.unread).toBe(0);
    await expectCopyDropped(db, revision);
  });

  it('is dropped by a poll that stores a new post', async () => {
    const { db, revision } = await dbWithCopy();
    await storePollResult(db, {
      feedUrl: FEED_URL,
      sourceId: 'dev:rust',
      items: [feedItem(0, { title: 'Brand new' })],
      feedState: feedStateAfterPoll(NOW),
      now: NOW,
    });
    await expectCopyDropped(db, revision);
  });

  it('is dropped by a "Not Rust" correction', async () => {
    const { db, revision } = await dbWithCopy();
    await correctPost(db, 'p3', 'not-rust');
    await expectCopyDropped(db, revision);
  });

  it('is dropped by a recount under other filters, whose revision goes on', async () => {
    const { db, revision } = await dbWithCopy();
    await countUnread(db, hidingTag('career'));
    await expectCopyDropped(db, revision);
  });

  it('stays while nothing changes (a count under the same filters)', async () => {
    const { db, revision } = await dbWithCopy();
    await countUnread(db, RULE);
    const tally = await db.get('tallies', 'unread');
    expect(tally?.revision).toBe(revision);
    expect(tally?.firstFrame?.html).toContain('Post');
  });

  it('is not stored when a post changed after the popup read its posts', async () => {
    const { db, revision } = await dbWithCopy();
    await setPostRead(db, 'p1', true, NOW);
    expect(await saveFirstFrame(db, copyAt(revision))).toBe(false);
    expect((await db.get('tallies', 'unread'))?.firstFrame).toBeUndefined();
  });

  it('is not stored without counts (none stored yet)', async () => {
    const db = await openTestDb();
    expect(await saveFirstFrame(db, copyAt(0))).toBe(false);
    expect(await db.get('tallies', 'unread')).toBeUndefined();
  });
});

describe('readTallyEarly', () => {
  it('reads the stored tally, copy and all, with the plain IndexedDB API', async () => {
    const { db, revision } = await dbWithCopy();
    const tally = await readTallyEarly(unwrap(db));
    expect(tally?.revision).toBe(revision);
    expect(tally?.firstFrame).toEqual(copyAt(revision));
  });

  it('answers undefined when there is no tally, or the read cannot start', async () => {
    const db = await openTestDb();
    expect(await readTallyEarly(unwrap(db))).toBeUndefined();
    db.close();
    expect(await readTallyEarly(unwrap(db))).toBeUndefined();
  });
});
