import { english } from '@/utils/i18n/english';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getFeedState } from '../../../utils/db/feed-state';
import { countUnread } from '../../../utils/db/list-posts';
import { createDbProvider } from '../../../utils/db/open-db';
import { setPostRead } from '../../../utils/db/read-state';
import type { RadarDb } from '../../../utils/db/open-db';
import type { RadarChangedBroadcast } from '../../../utils/notify/messages';
import { POLL_ALARM } from '../../../utils/schedule/poll-alarm';
import { createPollLock } from '../../../utils/poll/poll-lock';
import { runPollCycle, type PollCycleDeps } from '../../../utils/poll/run-poll-cycle';
import { DEV_RUST_FEED } from '../../../utils/sources/source';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings/settings';
import { DAY, HOUR, MINUTE, NOW } from '../db/helpers';
import { devRss, devUrl, fakeAlarms, fakeFetch, rssResponse } from './fake-feed';

const FEED = devRss([
  { slug: 'newer', date: 'Sun, 10 May 2026 11:00:00 +0000' },
  { slug: 'older', date: 'Sun, 10 May 2026 09:00:00 +0000' },
]);

function setup(overrides: Partial<PollCycleDeps> = {}, settings: Partial<Settings> = {}) {
  const events: string[] = [];
  const getDb = createDbProvider({ name: `test-${crypto.randomUUID()}` });
  const { fetch } = fakeFetch(() => rssResponse(FEED, { ETag: '"v1"' }));
  const deps: PollCycleDeps = {
    getDb,
    t: english,
    fetch,
    now: () => NOW,
    runExclusive: createPollLock(undefined),
    loadSettings: async () => ({ ...DEFAULT_SETTINGS, ...settings }),
    alarms: fakeAlarms,
    updateBadge: vi.fn(async () => {
      events.push('badge');
    }),
    broadcast: vi.fn((message: RadarChangedBroadcast) => {
      events.push(message.reason);
    }),
    flushAnnouncements: vi.fn(async (db: RadarDb) => {
      events.push(`outbox:${await db.count('outbox')}`);
    }),
    ...overrides,
  };
  return { deps, events, getDb };
}

describe('runPollCycle', () => {
  it('polls DEV, then reschedules, updates the badge, tells pages and announces new posts', async () => {
    const { deps, events, getDb } = setup();

    const response = await runPollCycle(deps);

    expect(response).toEqual({ status: 'updated' });
    expect(events).toEqual(['poll-started', 'badge', 'outbox:2', 'poll-finished']);
    expect(await countUnread(await getDb())).toBe(2);
    expect(await fakeBrowser.alarms.get(POLL_ALARM)).toEqual({
      name: POLL_ALARM,
      scheduledTime: NOW + 15 * MINUTE,
      periodInMinutes: 15,
    });
    expect(vi.mocked(deps.fetch).mock.calls[0]?.[0]).toBe(DEV_RUST_FEED.url);
    expect(DEV_RUST_FEED.url).toBe('https://dev.to/feed/tag/rust');
  });

  it("queues a fresh install's backlog as one welcome, later posts as new", async () => {
    const { deps, getDb } = setup();
    await runPollCycle(deps);
    const db = await getDb();
    expect((await db.getAll('outbox')).map((entry) => entry.batch)).toEqual(['welcome', 'welcome']);
    await db.clear('outbox');

    const more = devRss([{ slug: 'latest', date: 'Sun, 10 May 2026 12:00:00 +0000' }]);
    await runPollCycle({ ...deps, fetch: fakeFetch(() => rssResponse(more)).fetch });

    expect(await db.getAll('outbox')).toEqual([
      { postId: devUrl('latest'), batch: 'new', queuedAt: NOW },
    ]);
  });

  it('passes the settings to flushAnnouncements', async () => {
    const { deps } = setup({}, { groupThreshold: 7 });

    await runPollCycle(deps);

    const [, settings] = vi.mocked(deps.flushAnnouncements!).mock.calls[0]!;
    expect(settings.groupThreshold).toBe(7);
  });

  it('queues nothing for posts the filters hide or when notifications are off', async () => {
    const hidden = setup({}, { tagModes: { rust: 'hide' } });
    await runPollCycle(hidden.deps);
    expect(await (await hidden.getDb()).count('outbox')).toBe(0);

    const off = setup({}, { notificationsEnabled: false });
    await runPollCycle(off.deps);
    expect(await (await off.getDb()).count('outbox')).toBe(0);
  });

  it('uses the poll interval from the settings for the alarm and the schedule', async () => {
    const { deps, getDb } = setup({}, { pollIntervalMinutes: 60 });

    await runPollCycle(deps);

    expect(await fakeBrowser.alarms.get(POLL_ALARM)).toMatchObject({
      scheduledTime: NOW + HOUR,
      periodInMinutes: 60,
    });
    expect(await getFeedState(await getDb(), DEV_RUST_FEED.url)).toMatchObject({
      nextPollAt: NOW + HOUR,
    });
  });

  it.each<[string, () => Response, string]>([
    ['not modified', () => new Response(null, { status: 304 }), 'not-modified'],
    ['a poll without new posts', () => rssResponse(devRss([])), 'updated'],
  ])('queues nothing after %s, but still flushes what waits', async (_name, respond, status) => {
    const { deps, events } = setup({ fetch: fakeFetch(respond).fetch });

    expect(await runPollCycle(deps)).toEqual({ status });
    expect(events).toEqual(['poll-started', 'badge', 'outbox:0', 'poll-finished']);
  });

  it('reports a failure with its message, backs the alarm off and still updates the badge', async () => {
    const failing = fakeFetch(
      () => new Response('', { status: 503, headers: { 'Retry-After': '3600' } }),
    );
    const { deps, events } = setup({ fetch: failing.fetch });

    const response = await runPollCycle(deps);

    expect(response).toEqual({ status: 'failed', message: 'DEV did not answer (HTTP 503)' });
    expect(events).toEqual(['poll-started', 'badge', 'outbox:0', 'poll-finished']);
    expect(await fakeBrowser.alarms.get(POLL_ALARM)).toMatchObject({ scheduledTime: NOW + HOUR });
  });

  it('says busy and does nothing when a poll is already running', async () => {
    let answer!: (response: Response) => void;
    const slow = fakeFetch(() => new Promise<Response>((resolve) => (answer = resolve)));
    const { deps } = setup({ fetch: slow.fetch });

    const first = runPollCycle(deps);
    await vi.waitFor(() => expect(slow.calls).toHaveLength(1));
    const second = await runPollCycle(deps);
    answer(rssResponse(FEED));

    expect(second).toEqual({ status: 'busy' });
    expect(await first).toEqual({ status: 'updated' });
    expect(slow.calls).toHaveLength(1);
    expect(deps.flushAnnouncements).toHaveBeenCalledOnce();
  });

  it('prunes read posts older than keepReadDays from the settings', async () => {
    const { deps, getDb } = setup({}, { keepReadDays: 1 });
    await runPollCycle(deps);
    await setPostRead(await getDb(), devUrl('older'), true, NOW);
    const later = NOW + 3 * DAY;
    const moved = devRss([{ slug: 'latest', date: 'Wed, 13 May 2026 11:00:00 +0000' }]);

    await runPollCycle({
      ...deps,
      now: () => later,
      fetch: fakeFetch(() => rssResponse(moved)).fetch,
    });

    const ids = (await (await getDb()).getAllKeys('posts')).sort();
    expect(ids).toEqual([devUrl('latest'), devUrl('newer')].sort());
  });

  it('tells pages the poll finished and frees the lock even when it throws', async () => {
    const { deps, events } = setup({
      loadSettings: () => Promise.reject(new Error('storage gone')),
    });

    await expect(runPollCycle(deps)).rejects.toThrow('storage gone');
    expect(events).toEqual(['poll-started', 'poll-finished']);

    const retry = await runPollCycle({ ...deps, loadSettings: async () => DEFAULT_SETTINGS });
    expect(retry).toEqual({ status: 'updated' });
  });
});
