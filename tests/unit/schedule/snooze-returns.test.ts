import { describe, expect, it, vi } from 'vitest';
import { snoozePost } from '../../../utils/db/read-later';
import { setPostRead } from '../../../utils/db/read-state';
import type { NotificationsApi } from '../../../utils/notify/flush-announcements';
import { createNotificationClickHandlers } from '../../../utils/notify/notification-clicks';
import { createSnoozeReturns, RETURN_ALARM } from '../../../utils/schedule/snooze-returns';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings/settings';
import { english } from '@/utils/i18n/english';
import { HOUR, NOW, openTestDb, postsById, seedPosts, storedPost } from '../db/helpers';

type Db = Awaited<ReturnType<typeof openTestDb>>;

function setup(db: Db, settings: Settings = DEFAULT_SETTINGS, now = () => NOW + 2 * HOUR) {
  const shown = new Map<string, { title: string; buttons?: { title: string }[] }>();
  const notifications: NotificationsApi = {
    create: vi.fn(async (id, options) => shown.set(id, options)),
    clear: vi.fn(async (id) => shown.delete(id)),
  };
  const alarms = { create: vi.fn(async () => {}), clear: vi.fn(async () => true) };
  const afterReturn = vi.fn(async () => {});
  const run = createSnoozeReturns({
    getDb: async () => db,
    alarms,
    loadSettings: async () => settings,
    notifications,
    capabilities: { list: true, buttons: true },
    iconUrl: 'icon.png',
    now,
    t: english,
    afterReturn,
  });
  return { run, shown, alarms, afterReturn, notifications };
}

async function seeded() {
  const db = await openTestDb();
  await seedPosts(db, [
    storedPost('a', { sortAt: NOW - HOUR, title: 'Async Rust' }),
    storedPost('b', { sortAt: NOW - 2 * HOUR, title: 'Borrowing' }),
  ]);
  return db;
}

describe('snoozed posts coming back', () => {
  it('brings a due post back unread with one "Back" notification, and re-plans the alarm', async () => {
    const db = await seeded();
    await snoozePost(db, 'a', NOW + HOUR);
    await snoozePost(db, 'b', NOW + 5 * HOUR);
    const { run, shown, alarms, afterReturn } = setup(db);

    const back = await run();

    expect(back.map((post) => post.id)).toEqual(['a']);
    expect((await postsById(db)).get('a')?.unread).toBe(1);
    expect([...shown.keys()]).toEqual(['radar-back:a']);
    expect(shown.get('radar-back:a')?.title).toBe('Back: Async Rust');
    expect(await db.get('notifications', 'radar-back:a')).toMatchObject({ postIds: ['a'] });
    expect(afterReturn).toHaveBeenCalledOnce();
    expect(alarms.create).toHaveBeenLastCalledWith(RETURN_ALARM, { when: NOW + 5 * HOUR });
  });

  it('announces each return once, even when asked twice (start-up and alarm together)', async () => {
    const db = await seeded();
    await snoozePost(db, 'a', NOW + HOUR);
    const { run, notifications } = setup(db);

    await Promise.all([run(), run()]);
    await run();

    expect(notifications.create).toHaveBeenCalledOnce();
  });

  it.each<[string, Partial<Settings>]>([
    ['notifications are off', { notificationsEnabled: false }],
    ['it is quiet hours', { quietHours: { enabled: true, start: '00:00', end: '23:59' } }],
  ])('brings the post back silently when %s', async (_name, change) => {
    const db = await seeded();
    await snoozePost(db, 'a', NOW + HOUR);
    const { run, notifications } = setup(db, { ...DEFAULT_SETTINGS, ...change });

    expect((await run()).map((post) => post.id)).toEqual(['a']);

    expect(notifications.create).not.toHaveBeenCalled();
    expect((await postsById(db)).get('a')?.unread).toBe(1);
  });

  it('does not bring back a snoozed post that was read meanwhile, and clears the alarm', async () => {
    const db = await seeded();
    await snoozePost(db, 'a', NOW + HOUR);
    await setPostRead(db, 'a', true, NOW);
    const { run, notifications, alarms } = setup(db);

    expect(await run()).toEqual([]);

    expect(notifications.create).not.toHaveBeenCalled();
    expect(alarms.clear).toHaveBeenCalledWith(RETURN_ALARM);
  });

  it('leaves a post snoozed until its time', async () => {
    const db = await seeded();
    await snoozePost(db, 'a', NOW + 3 * HOUR);
    const { run, alarms } = setup(db);

    expect(await run()).toEqual([]);
    expect(alarms.create).toHaveBeenCalledWith(RETURN_ALARM, { when: NOW + 3 * HOUR });
  });
});

describe('the Save button of a post notification', () => {
  it('saves the post and closes the notification; button 0 still marks it read', async () => {
    const db = await seeded();
    await db.put('notifications', { id: 'n-a', kind: 'post', postIds: ['a'], shownAt: NOW });
    await db.put('notifications', { id: 'n-b', kind: 'post', postIds: ['b'], shownAt: NOW });
    const clear = vi.fn(async () => true);
    const clicks = createNotificationClickHandlers({
      getDb: async () => db,
      notifications: { clear },
      openTab: vi.fn(),
      openList: vi.fn(),
      now: () => NOW,
      afterReadStateChange: async () => {},
    });

    await clicks.onButtonClicked('n-a', 1);
    await clicks.onButtonClicked('n-b', 0);

    const posts = await postsById(db);
    expect(posts.get('a')).toMatchObject({ savedAt: NOW, unread: 1 });
    expect(posts.get('b')).toMatchObject({ unread: 0 });
    expect(posts.get('b')?.savedAt).toBeUndefined();
    expect(clear).toHaveBeenCalledWith('n-a');
  });
});

describe('a click on a post notification', () => {
  it('marks the post read before the notification goes (the popup keeps a copy once none is live)', async () => {
    const db = await seeded();
    await db.put('notifications', { id: 'n-a', kind: 'post', postIds: ['a'], shownAt: NOW });
    const unreadAtClear: number[] = [];
    const clicks = createNotificationClickHandlers({
      getDb: async () => db,
      notifications: {
        clear: vi.fn(async () => {
          unreadAtClear.push((await db.get('posts', 'a'))!.unread);
          return true;
        }),
      },
      openTab: vi.fn(async () => {}),
      openList: vi.fn(),
      now: () => NOW,
      afterReadStateChange: async () => {},
    });

    await clicks.onClicked('n-a');

    expect(unreadAtClear).toEqual([0]);
  });
});
