import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_FEED, devFeedWith } from '../harness/dev-feed-builder';
import {
  badgeText,
  firePollAlarm,
  launchExtension,
  openExtensionPage,
  openPopup,
  waitForValue,
  type LaunchedExtension,
} from '../harness/extension';
import { rssWithEtag, startFeedServer, type FeedServer } from '../harness/feed-server';
import { feedState } from '../harness/stored-posts';

const COURIER = 'PKG2DAY Courier Services Explained: How to Ship Confidently Across Pakistan';
const COURIER_ID =
  'https://dev.to/packagetoday/pkg2day-courier-services-explained-how-to-ship-confidently-across-pakistan-22kk';
const FIRST = { slug: 'first', title: 'Borrowing across await points' };
const SECOND = {
  slug: 'second',
  title: 'Pinning without tears',
  pubDate: 'Wed, 06 May 2026 16:00:00 +0000',
};

// Issue 15, "Done when": one browser profile from a fresh install on the DEV fixture through
// the reader's corrections and a browser restart.
describe('relevance in Chromium', () => {
  let server: FeedServer;
  let ext: LaunchedExtension;
  let page: Page;
  let version = 0;

  /** Serves `body` as a new version of the feed, polls, and waits for the poll to land. */
  async function pollWith(body: string) {
    server.respondWith(rssWithEtag(body, `"v${++version}"`));
    const before = (await feedState(page))?.lastSuccessAt ?? 0;
    await firePollAlarm(page);
    expect(
      await waitForValue(async () => ((await feedState(page))?.lastSuccessAt ?? 0) > before, true),
    ).toBe(true);
  }

  const listed = (popup: Page) =>
    popup.getByRole('list', { name: 'Unread posts' }).locator('.post-title').allTextContents();
  const folded = (popup: Page) =>
    popup.getByRole('list', { name: "Posts that don't look like Rust" });
  async function openFolded(popup: Page, count: number) {
    const summary = popup.getByText(`Not Rust? (${count})`, { exact: true });
    await summary.waitFor();
    await summary.click();
    await folded(popup).waitFor();
  }
  /** Post ids every notification shown so far stands for (the worker's click mapping). */
  const announcedIds = () =>
    page.evaluate(
      () =>
        new Promise<string[]>((resolve, reject) => {
          const open = indexedDB.open('rust-radar');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result
              .transaction('notifications')
              .objectStore('notifications')
              .getAll();
            request.onsuccess = () => {
              open.result.close();
              resolve(
                (request.result as { postIds: string[] }[]).flatMap((shown) => shown.postIds),
              );
            };
          };
        }),
    );

  beforeAll(async () => {
    server = await startFeedServer();
    server.respondWith(rssWithEtag(DEV_FEED, '"v0"'));
    ext = await launchExtension(server.port);
    page = await openExtensionPage(ext, 'options.html');
  });

  afterAll(async () => {
    await ext?.dispose();
    await server?.close();
  });

  it('folds the courier advert on a fresh install: not counted, not announced, with its reason', async () => {
    expect(await waitForValue(() => badgeText(page), '10')).toBe('10');
    // The install's backlog is announced (one welcome notification), without the advert.
    expect(await waitForValue(async () => (await announcedIds()).length > 0, true)).toBe(true);
    expect(await announcedIds()).not.toContain(COURIER_ID);

    const popup = await openPopup(ext);
    await expect.poll(() => listed(popup)).toHaveLength(10);
    expect(await listed(popup)).not.toContain(COURIER);
    await openFolded(popup, 2);
    const advert = folded(popup).getByRole('listitem').filter({ hasText: COURIER });
    expect(await advert.locator('.not-rust-reason').textContent()).toContain(
      'Sales talk: same day delivery',
    );
    await popup.close();
  });

  it('“Not Rust” lowers the badge by one and folds that author’s next post', async () => {
    await pollWith(devFeedWith([FIRST]));
    expect(await waitForValue(() => badgeText(page), '11')).toBe('11');

    const popup = await openPopup(ext);
    const first = popup.getByRole('listitem').filter({ hasText: FIRST.title });
    await first.getByRole('button', { name: 'Not Rust' }).click();
    expect(await waitForValue(() => badgeText(page), '10')).toBe('10');
    await expect.poll(() => listed(popup)).not.toContain(FIRST.title);
    await popup.close();

    await pollWith(devFeedWith([SECOND, FIRST]));
    // The author's next post arrives folded: the badge does not move.
    await page.waitForTimeout(300);
    expect(await badgeText(page)).toBe('10');
    const after = await openPopup(ext);
    await expect.poll(() => listed(after)).toHaveLength(10);
    await openFolded(after, 4);
    expect(await folded(after).locator('.post-title').allTextContents()).toEqual(
      expect.arrayContaining([FIRST.title, SECOND.title, COURIER]),
    );
    await after.close();
  });

  it('“This is Rust” brings a folded post back into the list and the badge', async () => {
    const popup = await openPopup(ext);
    await openFolded(popup, 4);
    await folded(popup)
      .getByRole('listitem')
      .filter({ hasText: COURIER })
      .getByRole('button', { name: 'This is Rust' })
      // By keyboard (the list above lays out its last posts only once they scroll near, so
      // a scrolled-to target keeps moving for a mouse): focus, then Enter.
      .focus();
    await popup.keyboard.press('Enter');
    expect(await waitForValue(() => badgeText(page), '11')).toBe('11');
    await expect.poll(() => listed(popup)).toContain(COURIER);
    await popup.close();
  });

  it('keeps both corrections after a browser restart', async () => {
    await ext.close();
    ext = await launchExtension(server.port, ext.userDataDir);
    page = await openExtensionPage(ext, 'options.html');
    expect(await waitForValue(() => badgeText(page), '11')).toBe('11');

    const popup = await openPopup(ext);
    await expect.poll(() => listed(popup)).toContain(COURIER);
    expect(await listed(popup)).not.toContain(FIRST.title);
    await openFolded(popup, 3);
    expect(await folded(popup).locator('.post-title').allTextContents()).toEqual(
      expect.arrayContaining([FIRST.title, SECOND.title]),
    );
    await popup.close();
  });
});
