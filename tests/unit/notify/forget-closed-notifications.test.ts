import { describe, expect, it } from 'vitest';
import type { ShownNotification } from '../../../utils/db/schema';
import {
  CLOSED_AFTER_MS,
  createNotificationClickHandlers,
  forgetClosedNotifications,
} from '../../../utils/notify/notification-clicks';
import { HOUR, NOW, openTestDb, seedPosts, storedPost } from '../db/helpers';

// Notifications shown before the browser quit (or the extension updated) close without an
// onClosed each: a start forgets their records, and only theirs.

const shown = (id: string, shownAt: number, postIds = ['p1']): ShownNotification => ({
  id,
  kind: 'post',
  postIds,
  shownAt,
});

describe('forgetClosedNotifications', () => {
  it('forgets the records of notifications no longer shown, keeps the live and the young', async () => {
    const db = await openTestDb();
    await db.put('notifications', shown('closed-old', NOW - 2 * HOUR));
    await db.put('notifications', shown('live-old', NOW - 2 * HOUR));
    // Stamped with its poll's start and stored after it was shown: it may be missing from a
    // live list read meanwhile.
    await db.put('notifications', shown('just-shown', NOW - 5 * 60_000));

    expect(await forgetClosedNotifications(db, ['live-old'], NOW)).toBe(1);
    expect((await db.getAllKeys('notifications')).sort()).toEqual(['just-shown', 'live-old']);
    // Nothing left to forget: a second start changes nothing.
    expect(await forgetClosedNotifications(db, ['live-old'], NOW)).toBe(0);
  });

  it('forgets a record exactly as old as the limit, not one a moment younger', async () => {
    const db = await openTestDb();
    await db.put('notifications', shown('at-limit', NOW - CLOSED_AFTER_MS));
    await db.put('notifications', shown('younger', NOW - CLOSED_AFTER_MS + 1));
    expect(await forgetClosedNotifications(db, [], NOW)).toBe(1);
    expect(await db.getAllKeys('notifications')).toEqual(['younger']);
  });

  it('leaves a live notification’s click working', async () => {
    const db = await openTestDb();
    await seedPosts(db, [storedPost('p1', { sortAt: NOW - HOUR })]);
    await db.put('notifications', shown('live', NOW - 3 * HOUR));
    await db.put('notifications', shown('gone', NOW - 3 * HOUR));
    await forgetClosedNotifications(db, ['live'], NOW);

    const opened: string[] = [];
    const clicks = createNotificationClickHandlers({
      getDb: async () => db,
      notifications: { clear: async () => true },
      openTab: async (url) => opened.push(url),
      openList: async () => {},
      now: () => NOW,
      afterReadStateChange: async () => {},
    });
    await clicks.onClicked('live');
    await clicks.onClicked('gone');
    expect(opened).toEqual([(await db.get('posts', 'p1'))!.url]);
    expect((await db.get('posts', 'p1'))!.unread).toBe(0);
  });
});
