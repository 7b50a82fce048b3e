import { unwrap } from 'idb';
import { describe, expect, it } from 'vitest';
import { correctPost } from '../../../utils/db/correct-post';
import { firstFrameKeeping, readTallyEarly } from '../../../utils/db/first-frame-store';
import { countUnread } from '../../../utils/db/list-posts';
import type { RadarDb } from '../../../utils/db/open-db';
import { markAllRead, setPostRead } from '../../../utils/db/read-state';
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

// The popup keeps a copy of its first frame only for posts as they are (the unread tally's
// revision, moved by every post write, did not move since it read them) and only when the
// worker cannot mark one of them read later (no single-post notification live, no
// announcement queued). These tests hold the database side of that (issue 16).

const RULE = compileVisibility({
  tagModes: {},
  mutedAuthors: {},
  titleKeywords: ['crypto'],
  notRustPosts: 'fold',
});

/** Three unread posts, counted (the badge's first count); the revision the popup saw. */
async function dbWithPosts(): Promise<{ db: RadarDb; revision: number }> {
  const db = await openTestDb();
  await seedPosts(
    db,
    [1, 2, 3].map((n) => storedPost(`p${n}`, { sortAt: NOW - n * HOUR })),
  );
  await countUnread(db, RULE);
  const revision = (await db.get('tallies', 'unread'))!.revision ?? 0;
  expect(await firstFrameKeeping(db, revision, [])).toBe('at-once');
  return { db, revision };
}

async function expectRevisionMoved(db: RadarDb, revision: number): Promise<void> {
  expect((await db.get('tallies', 'unread'))?.revision).toBeGreaterThan(revision);
  expect(await firstFrameKeeping(db, revision, [])).toBeNull();
}

describe('the first frame may be kept', () => {
  it('not once the reader opened a post (marked read)', async () => {
    const { db, revision } = await dbWithPosts();
    await setPostRead(db, 'p1', true, NOW);
    await expectRevisionMoved(db, revision);
  });

  it('not after "Mark all read"', async () => {
    const { db, revision } = await dbWithPosts();
    await markAllRead(db, NOW);
    await expectRevisionMoved(db, revision);
  });

  it('not after a notification\'s "Mark read"', async () => {
    const { db, revision } = await dbWithPosts();
    await db.put('notifications', { id: 'n1', kind: 'post', postIds: ['p2'], shownAt: NOW });
    await markNotificationRead(db, 'n1', NOW);
    expect((await db.get('posts', 'p2'))?.unread).toBe(0);
    await expectRevisionMoved(db, revision);
  });

  it('not after a poll stored a new post', async () => {
    const { db, revision } = await dbWithPosts();
    await storePollResult(db, {
      feedUrl: FEED_URL,
      sourceId: 'dev:rust',
      items: [feedItem(0, { title: 'Brand new' })],
      feedState: feedStateAfterPoll(NOW),
      now: NOW,
    });
    await expectRevisionMoved(db, revision);
  });

  it('not after a "Not Rust" correction, or a recount under other filters', async () => {
    const { db, revision } = await dbWithPosts();
    await correctPost(db, 'p3', 'not-rust');
    await expectRevisionMoved(db, revision);
    const corrected = (await db.get('tallies', 'unread'))!.revision!;
    await countUnread(db, hidingTag('career'));
    await expectRevisionMoved(db, corrected);
  });

  it('still, after a count under the same filters (nothing changed)', async () => {
    const { db, revision } = await dbWithPosts();
    await countUnread(db, RULE);
    expect(await firstFrameKeeping(db, revision, [])).toBe('at-once');
  });

  it('only checked while a single-post notification is live: its click or "Mark read" marks read', async () => {
    const { db, revision } = await dbWithPosts();
    await db.put('notifications', { id: 'n1', kind: 'post', postIds: ['p2'], shownAt: NOW });
    await db.put('notifications', { id: 'n2', kind: 'summary', postIds: ['p1'], shownAt: NOW });

    expect(await firstFrameKeeping(db, revision, ['n1'])).toBe('checked');
    // A summary's click opens the list; a closed notification's record is not live.
    expect(await firstFrameKeeping(db, revision, ['n2'])).toBe('at-once');
    expect(await firstFrameKeeping(db, revision, [])).toBe('at-once');
    // Live but not stored yet (the worker shows a notification, then records it): it counts.
    expect(await firstFrameKeeping(db, revision, ['shown-not-stored-yet'])).toBe('checked');
    // A post changed since: none, notification or not.
    await setPostRead(db, 'p1', true, NOW);
    expect(await firstFrameKeeping(db, revision, ['n1'])).toBeNull();
  });

  it('only checked while an announcement waits in the outbox (its notification is still to come)', async () => {
    const { db, revision } = await dbWithPosts();
    // Quiet hours hold p1's announcement: shown later, it could mark p1 read from there.
    await db.put('outbox', { postId: 'p1', batch: 'quiet', queuedAt: NOW });

    expect(await firstFrameKeeping(db, revision, [])).toBe('checked');
    await db.clear('outbox');
    expect(await firstFrameKeeping(db, revision, [])).toBe('at-once');
  });

  it('not without counts (none stored yet)', async () => {
    const db = await openTestDb();
    expect(await firstFrameKeeping(db, 0, [])).toBeNull();
  });
});

describe('readTallyEarly', () => {
  it('reads the stored tally with the plain IndexedDB API', async () => {
    const { db, revision } = await dbWithPosts();
    const tally = await readTallyEarly(unwrap(db));
    expect(tally?.revision).toBe(revision);
    expect(tally?.all.unread).toBe(3);
  });

  it('answers undefined when there is no tally, or the read cannot start', async () => {
    const db = await openTestDb();
    expect(await readTallyEarly(unwrap(db))).toBeUndefined();
    db.close();
    expect(await readTallyEarly(unwrap(db))).toBeUndefined();
  });
});

describe('the revision after the counts were dropped (an upgrade)', () => {
  it('does not start again where an earlier record started', async () => {
    const revisions = new Set<number>();
    for (let run = 0; run < 5; run++) {
      const { db, revision } = await dbWithPosts();
      revisions.add(revision);
      db.close();
    }
    expect(revisions.size).toBe(5);
  });
});
