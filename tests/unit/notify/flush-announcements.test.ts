import { describe, expect, it, vi } from 'vitest';
import { setPostRead } from '../../../utils/db/read-state';
import type { RadarDb } from '../../../utils/db/open-db';
import { storePollResult } from '../../../utils/db/store-poll-result';
import {
  flushAnnouncements,
  type FlushDeps,
  type NotificationsApi,
} from '../../../utils/notify/flush-announcements';
import {
  forgetNotification,
  markNotificationRead,
  resolveNotificationClick,
} from '../../../utils/notify/notification-clicks';
import type { AnnouncementBatch } from '../../../utils/db/schema';
import { DEFAULT_SETTINGS } from '../../../utils/settings/settings';
import { feedItem, feedStateAfterPoll, FEED_URL, NOW, openTestDb } from '../db/helpers';
import { english } from '@/utils/i18n/english';

function fakeNotifications() {
  const shown = new Map<string, unknown>();
  const api: NotificationsApi = {
    create: vi.fn(async (id, options) => {
      shown.set(id, options);
      return id;
    }),
    clear: vi.fn(async (id) => shown.delete(id)),
  };
  return { api, shown };
}

async function storeNew(db: RadarDb, ns: number[], batch: AnnouncementBatch, now = NOW) {
  return storePollResult(db, {
    feedUrl: FEED_URL,
    sourceId: 'dev:rust',
    items: ns.map((n) => feedItem(n)),
    feedState: feedStateAfterPoll(now),
    now,
    announce: () => batch,
  });
}

function deps(db: RadarDb, api: NotificationsApi, overrides: Partial<FlushDeps> = {}): FlushDeps {
  return {
    db,
    notifications: api,
    settings: DEFAULT_SETTINGS,
    capabilities: { list: true, buttons: true },
    iconUrl: 'icon.png',
    now: NOW,
    t: english,
    ...overrides,
  };
}

// Local times for quiet hours: NOW is noon UTC; build dates in local time instead.
const localNoon = new Date(2026, 4, 10, 12, 0).getTime();
const localMidnight = new Date(2026, 4, 10, 23, 30).getTime();
const quietNights = {
  ...DEFAULT_SETTINGS,
  quietHours: { enabled: true, start: '22:00', end: '07:00' },
};

describe('flushAnnouncements', () => {
  it('shows one notification per new post and empties the outbox', async () => {
    const db = await openTestDb();
    const { api, shown } = fakeNotifications();
    await storeNew(db, [1, 2], 'new');

    const plans = await flushAnnouncements(deps(db, api));

    expect(plans.map((plan) => plan.kind)).toEqual(['post', 'post']);
    expect(shown.size).toBe(2);
    expect(await db.count('outbox')).toBe(0);
  });

  it('never announces a post twice: a second flush, or a re-stored feed, shows nothing', async () => {
    const db = await openTestDb();
    const { api } = fakeNotifications();
    await storeNew(db, [1, 2, 3], 'new');
    await flushAnnouncements(deps(db, api));
    await storeNew(db, [1, 2, 3], 'new', NOW + 60_000);

    expect(await flushAnnouncements(deps(db, api))).toEqual([]);
    expect(api.create).toHaveBeenCalledTimes(3);
  });

  it('announces after a restart what a killed worker stored but never showed', async () => {
    const db = await openTestDb();
    await storeNew(db, [1], 'new');
    // The worker died here; a new one (new notifications API, same database) flushes.
    const { api, shown } = fakeNotifications();

    await flushAnnouncements(deps(db, api));

    expect([...shown.keys()]).toEqual([`radar-post:${feedItem(1).id}`]);
  });

  it('leaves out posts read or hidden since they were queued', async () => {
    const db = await openTestDb();
    const { api } = fakeNotifications();
    await storeNew(db, [1, 2, 3, 4, 5], 'new');
    await setPostRead(db, feedItem(1).id, true, NOW);
    const hidden = feedItem(2).title;

    const plans = await flushAnnouncements(
      deps(db, api, { settings: { ...DEFAULT_SETTINGS, titleKeywords: [hidden] } }),
    );

    expect(plans.flatMap((plan) => plan.postIds).sort()).toEqual(
      [3, 4, 5].map((n) => feedItem(n).id).sort(),
    );
  });

  it('holds everything during quiet hours, then shows one summary', async () => {
    const db = await openTestDb();
    const { api, shown } = fakeNotifications();
    await storeNew(db, [1], 'quiet', localMidnight);

    expect(
      await flushAnnouncements(deps(db, api, { settings: quietNights, now: localMidnight })),
    ).toEqual([]);
    expect(await db.count('outbox')).toBe(1);

    await storeNew(db, [2], 'quiet', localMidnight + 60_000);
    const plans = await flushAnnouncements(
      deps(db, api, { settings: quietNights, now: localNoon + 86_400_000 }),
    );
    expect(plans).toHaveLength(1);
    expect(plans[0]?.kind).toBe('summary');
    expect(shown.size).toBe(1);
  });

  it('remembers what each notification stands for, for clicks after a restart', async () => {
    const db = await openTestDb();
    const { api } = fakeNotifications();
    await storeNew(db, [1], 'new');
    await flushAnnouncements(deps(db, api));
    const id = `radar-post:${feedItem(1).id}`;

    expect(await resolveNotificationClick(db, id)).toEqual({
      kind: 'open-post',
      postId: feedItem(1).id,
      url: feedItem(1).url,
    });
  });

  it('opens the list for a summary, nothing for an unknown or forgotten notification', async () => {
    const db = await openTestDb();
    const { api } = fakeNotifications();
    await storeNew(db, [1, 2, 3, 4], 'new');
    const [summary] = await flushAnnouncements(deps(db, api));

    expect(await resolveNotificationClick(db, summary!.id)).toEqual({ kind: 'open-list' });
    await forgetNotification(db, summary!.id);
    expect(await resolveNotificationClick(db, summary!.id)).toEqual({ kind: 'none' });
    expect(await resolveNotificationClick(db, 'radar-post:nope')).toEqual({ kind: 'none' });
  });

  it('marks the post read from the notification button', async () => {
    const db = await openTestDb();
    const { api } = fakeNotifications();
    await storeNew(db, [1], 'new');
    const [plan] = await flushAnnouncements(deps(db, api));

    await markNotificationRead(db, plan!.id, NOW + 1);

    expect((await db.get('posts', feedItem(1).id))?.unread).toBe(0);
  });
});
