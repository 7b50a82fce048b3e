import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEV_FEED,
  devFeedWith,
  extraPosts,
  isFoldedInDevFixture,
  itemsNewestFirst,
} from '../harness/dev-feed-builder';
import {
  badgeText,
  firePollAlarm,
  launchExtension,
  openPopup,
  stopAllWorkers,
  waitForValue,
  type LaunchedExtension,
} from '../harness/extension';
import { patchStoredPostsInPage } from '../harness/edit-stored-posts';
import { rssWithEtag, startFeedServer, type FeedServer } from '../harness/feed-server';
import { feedState, storedPosts } from '../harness/stored-posts';

/** `feed` without the items linking to `urls`: those posts are no longer listed. */
function feedWithout(feed: string, urls: readonly string[]): string {
  return feed.replace(/<item>[\s\S]*?<\/item>\s*/g, (item) =>
    urls.some((url) => item.includes(`<link>${url}</link>`)) ? '' : item,
  );
}

/**
 * Brings every still-snoozed post's return to `when` and sets the return alarm for it, from an
 * extension page, as the poll tests re-schedule the poll alarm (or, `alarm` false, clears the
 * alarm: only the start-up check can bring them back). Returns how many are snoozed.
 */
async function moveReturnsTo(page: Page, when: number, alarm = true): Promise<number> {
  const moved = await page.evaluate(patchStoredPostsInPage, {
    ids: null,
    fields: { snoozedUntil: when },
  });
  await page.evaluate(
    async ({ when, alarm }) => {
      if (alarm) await chrome.alarms.create('rust-radar-return', { when });
      else await chrome.alarms.clear('rust-radar-return');
    },
    { when, alarm },
  );
  return moved;
}

// Save → Saved view → kept by retention and a restart; snooze → badge −1 at once → back
// unread with one notification after a worker stop; a snoozed post read meanwhile stays read.
describe('read it later in Chromium', () => {
  let server: FeedServer;
  let ext: LaunchedExtension;
  let popup: Page;
  // Posts the unread list shows: two of the fixture's twelve are folded as not Rust.
  const [saved, prunable, snoozed, readMeanwhile, whileClosed] = itemsNewestFirst(DEV_FEED).filter(
    (item) => !isFoldedInDevFixture(item.title),
  );
  const item = (title: string) => popup.getByRole('listitem').filter({ hasText: title });
  const badge = async () => Number((await badgeText(popup)) || '0');
  const shownIds = (): Promise<string[]> =>
    popup.evaluate(async () => Object.keys(await chrome.notifications.getAll()));

  beforeAll(async () => {
    server = await startFeedServer();
    server.respondWith(rssWithEtag(DEV_FEED, '"v0"'));
    ext = await launchExtension(server.port);
    popup = await openPopup(ext);
    expect(await waitForValue(() => badgeText(popup), '10')).toBe('10');
  });

  afterAll(async () => {
    await ext?.dispose();
    await server?.close();
  });

  it('saves a post: the Saved view lists it after a retention run and a browser restart', async () => {
    await popup.reload();
    const save = item(saved!.title).getByRole('button', { name: 'Save for later' });
    await save.click();
    expect(await waitForValue(() => save.getAttribute('aria-pressed'), 'true')).toBe('true');
    // Both read, then no longer in the feed: retention may prune them (the fixture's posts are
    // older than the 60 days read posts are kept), and does — except the saved one. It runs
    // with a poll that stores something new.
    await item(saved!.title).getByRole('button', { name: 'Mark read' }).click();
    await item(prunable!.title).getByRole('button', { name: 'Mark read' }).click();
    expect(await waitForValue(badge, 8)).toBe(8);
    const next = feedWithout(devFeedWith(extraPosts('fresh', 1)), [saved!.url, prunable!.url]);
    server.respondWith(rssWithEtag(next, '"v1"'));
    const before = (await feedState(popup))?.lastSuccessAt ?? 0;
    await firePollAlarm(popup);
    const polled = async () => ((await feedState(popup))?.lastSuccessAt ?? 0) > before;
    expect(await waitForValue(polled, true)).toBe(true);

    const titles = (await storedPosts(popup)).map((post) => post.title);
    expect(titles).toContain(saved!.title);
    expect(titles).not.toContain(prunable!.title);

    await ext.close();
    ext = await launchExtension(server.port, ext.userDataDir);
    popup = await openPopup(ext);
    await popup.getByRole('button', { name: 'Saved', exact: true }).click();
    const list = popup.getByRole('list', { name: 'Saved posts' });
    expect(await waitForValue(() => list.getByRole('listitem').count(), 1)).toBe(1);
    expect(await list.getByRole('listitem').first().textContent()).toContain(saved!.title);
  });

  it('snoozes a post: it leaves the badge at once and comes back unread with one notification, after a worker stop', async () => {
    await popup.getByRole('button', { name: 'Unread', exact: true }).click();
    // 10 listed (2 folded), 2 read, 1 new with the retention poll.
    expect(await waitForValue(badge, 9)).toBe(9);
    for (const post of [snoozed!, readMeanwhile!]) {
      await item(post.title).getByRole('button', { name: 'Snooze' }).click();
      await popup.getByRole('button', { name: 'Later today' }).click();
      expect(await waitForValue(() => item(post.title).count(), 0)).toBe(0);
    }
    expect(await waitForValue(badge, 7)).toBe(7);
    const alarm = await popup.evaluate(() => chrome.alarms.get('rust-radar-return'));
    expect(alarm?.scheduledTime).toBeGreaterThan(Date.now() + 2.9 * 3_600_000);

    // Read elsewhere while snoozed (opened from the All view): its return is cancelled.
    await popup.getByRole('button', { name: 'All', exact: true }).click();
    await item(readMeanwhile!.title).getByRole('link').click();
    const isRead = async () =>
      (await storedPosts(popup)).find((post) => post.title === readMeanwhile!.title)?.readAt !=
      null;
    expect(await waitForValue(isRead, true)).toBe(true);

    await popup.evaluate(async () => {
      for (const id of Object.keys(await chrome.notifications.getAll())) {
        await chrome.notifications.clear(id);
      }
    });
    await stopAllWorkers(popup);
    expect(await moveReturnsTo(popup, Date.now() + 1500)).toBe(1);

    expect(await waitForValue(badge, 8)).toBe(8);
    expect(await waitForValue(async () => (await shownIds()).length, 1)).toBe(1);
    const rows = await storedPosts(popup);
    const back = rows.find((post) => post.title === snoozed!.title);
    expect(back?.unread).toBe(1);
    expect(await shownIds()).toEqual([`radar-back:${back?.id}`]);
    expect(rows.find((post) => post.title === readMeanwhile!.title)?.unread).toBe(0);
    expect(await popup.evaluate(() => chrome.alarms.get('rust-radar-return'))).toBeFalsy();
  });

  it('brings back at start-up, once, a post whose return fell due while the browser was closed', async () => {
    await popup.getByRole('button', { name: 'Unread', exact: true }).click();
    await item(whileClosed!.title).getByRole('button', { name: 'Snooze' }).click();
    await popup.getByRole('button', { name: 'Next week' }).click();
    expect(await waitForValue(badge, 7)).toBe(7);
    await popup.evaluate(async () => {
      for (const id of Object.keys(await chrome.notifications.getAll())) {
        await chrome.notifications.clear(id);
      }
    });
    // Due a moment ago and no alarm left: the browser was closed when it should have rung.
    expect(await moveReturnsTo(popup, Date.now() - 1000, false)).toBe(1);

    await ext.close();
    ext = await launchExtension(server.port, ext.userDataDir);
    popup = await openPopup(ext);

    expect(await waitForValue(badge, 8)).toBe(8);
    const back = (await storedPosts(popup)).find((post) => post.title === whileClosed!.title);
    expect(back?.unread).toBe(1);
    expect(await waitForValue(async () => (await shownIds()).length, 1)).toBe(1);
    expect(await shownIds()).toEqual([`radar-back:${back?.id}`]);
  });
});
