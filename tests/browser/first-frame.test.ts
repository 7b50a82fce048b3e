import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIRST_FRAME_POSTS } from '../../components/popup/use-post-pages';
import type { FirstFrameCopy } from '../../utils/popup/first-frame';
import {
  DEV_FEED,
  devFeedWith,
  isFoldedInDevFixture,
  itemsNewestFirst,
} from '../harness/dev-feed-builder';
import {
  extensionUrl,
  launchExtension,
  openPopup,
  pollNow,
  waitForValue,
  type LaunchedExtension,
} from '../harness/extension';
import { rssWithEtag, startFeedServer, type FeedServer } from '../harness/feed-server';
import { markStoredPostsRead } from '../harness/edit-stored-posts';
import { keptFrame } from '../harness/kept-frame';
import { storedPosts } from '../harness/stored-posts';

// The popup's first frame drawn from the copy kept of it (utils/popup/first-frame.ts): drawn
// when nothing changed, without a post the popup read since, and never showing a post read
// elsewhere as unread; a post that arrived, or settings changed, show with the normal read.

/** Every post the popup ever showed, from the page's first moment, and how it was drawn. */
interface Watched {
  /** The posts in the DOM the first time there were any, as [title, unread]. */
  first: [string, boolean][];
  /** Titles ever shown as unread. */
  everUnread: string[];
  /** `#app[data-first-frame]` when the first posts appeared. */
  drawnFrom: string | null;
  /** The header's unread count when the first posts appeared. */
  count: string | null;
}

function watchPosts(): void {
  const seen: {
    first: [string, boolean][] | null;
    everUnread: Set<string>;
    drawnFrom: string | null;
    count: string | null;
  } = { first: null, everUnread: new Set(), drawnFrom: null, count: null };
  const look = () => {
    const posts = [...document.querySelectorAll('li.post')];
    if (posts.length === 0) return;
    const rows = posts.map((post): [string, boolean] => [
      post.querySelector('.post-title')?.textContent ?? '',
      post.classList.contains('unread'),
    ]);
    if (!seen.first) {
      seen.first = rows;
      seen.drawnFrom = document.getElementById('app')?.getAttribute('data-first-frame') ?? null;
      seen.count = document.querySelector('.unread-count')?.textContent ?? null;
    }
    for (const [title, unread] of rows) if (unread) seen.everUnread.add(title);
  };
  new MutationObserver(look).observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['class'],
  });
  Object.defineProperty(globalThis, '__watched', {
    value: () => ({ ...seen, everUnread: [...seen.everUnread] }),
  });
}

/**
 * Init script: clicks the first post's title as soon as one is in the DOM (`__clicked` says
 * whether that was on the kept copy, before the page was live). `button` 1 is a middle click,
 * synthetic: the browser opens no tab, what is left to see is whether the page marks it read.
 */
function clickFirstTitleAtOnce(button: 0 | 1): void {
  const observer = new MutationObserver(() => {
    const app = document.getElementById('app');
    const title = app?.querySelector<HTMLElement>('a.post-title');
    if (!app || !title) return;
    observer.disconnect();
    const early = app.getAttribute('data-first-frame') === 'copy' && !app.hasAttribute('data-live');
    Object.defineProperty(globalThis, '__clicked', {
      value: { early, title: title.textContent },
    });
    if (button === 1) {
      title.dispatchEvent(new MouseEvent('auxclick', { bubbles: true, cancelable: true, button }));
    } else title.click();
  });
  observer.observe(document, { childList: true, subtree: true });
}

const FIRST_LINK = itemsNewestFirst(DEV_FEED).find(
  (item) => !isFoldedInDevFixture(item.title),
)!.url;

const TITLES = itemsNewestFirst(DEV_FEED)
  .map((item) => item.title)
  .filter((title) => !isFoldedInDevFixture(title));

describe('the popup first frame, from the copy of the last one', () => {
  let server: FeedServer;
  let ext: LaunchedExtension | undefined;

  beforeEach(async () => {
    server = await startFeedServer();
  });

  afterEach(async () => {
    await ext?.dispose();
    ext = undefined;
    await server.close();
  });

  const open = () => openPopup(ext!, watchPosts);
  /**
   * With a copy kept, opens the popup clicking its first title the moment the copy is drawn
   * (long before the module's handlers), and checks that the click was given to the page once
   * live: the post is marked read.
   */
  async function openClickingCopy(button: 0 | 1): Promise<Page> {
    server.respondWith(rssWithEtag(DEV_FEED));
    ext = await launchExtension(server.port);
    await keepCopy();
    const page = await openPopup(ext, clickFirstTitleAtOnce, button);
    const clicked = await page.evaluate(
      () => (globalThis as unknown as { __clicked: { early: boolean; title: string } }).__clicked,
    );
    expect(clicked).toEqual({ early: true, title: TITLES[0] });
    await page.getByText('9 unread', { exact: true }).waitFor();
    expect(await page.locator('li.post').first().getAttribute('class')).toContain('read');
    // The copy was kept again without it: the next open draws it so.
    const next = await open();
    await expect.poll(() => next.locator('li.post').count()).toBe(9);
    const seen = await watched(next);
    expect(seen.drawnFrom).toBe('copy');
    expect(seen.first.map(([title]) => title)).toEqual(TITLES.slice(1, FIRST_FRAME_POSTS));
    await next.close();
    return page;
  }

  const watched = (page: Page) =>
    page.evaluate(() => (globalThis as unknown as { __watched(): Watched }).__watched());

  /** Whether a first-frame copy is kept now (read from an extension page). */
  const copyStored = async (page: Page) => (await keptFrame(page)) !== null;

  /**
   * Opens the popup (listing `posts`) until it has kept a copy of its first frame, and closes
   * it. The first open may count afresh (the revision moves under it): then it keeps none.
   * `atOnce`: until the copy kept is one drawn at once (one kept before, to be checked first,
   * may still be there).
   */
  async function keepCopy(posts = 10, atOnce = false): Promise<FirstFrameCopy> {
    const kept = async (page: Page) => {
      const copy = JSON.parse((await keptFrame(page)) ?? 'null') as FirstFrameCopy | null;
      return copy && (!atOnce || !copy.checked) ? copy : null;
    };
    for (let attempt = 0; attempt < 5; attempt++) {
      const page = await open();
      await expect.poll(() => page.locator('li.post').count(), { timeout: 20_000 }).toBe(posts);
      const copy = (await waitForValue(async () => (await kept(page)) !== null, true, 3_000))
        ? await kept(page)
        : null;
      await page.close();
      if (copy) return copy;
    }
    throw new Error('the popup kept no copy of its first frame');
  }

  it('draws the copy when nothing changed, and the normal render takes over from it', async () => {
    server.respondWith(rssWithEtag(DEV_FEED));
    ext = await launchExtension(server.port);
    await keepCopy();

    const page = await open();
    await expect.poll(() => page.locator('li.post').count()).toBe(10);
    const seen = await watched(page);
    expect(seen.drawnFrom).toBe('copy');
    // The copy holds the popup's own first frame: its first eight posts, all unread.
    expect(seen.first).toEqual(TITLES.slice(0, FIRST_FRAME_POSTS).map((title) => [title, true]));
    expect(await page.locator('.post-title').allTextContents()).toEqual(TITLES);
    await page.getByText('10 unread', { exact: true }).waitFor();
    // The posts drawn from the copy are the popup's now: their buttons work.
    await page.locator('li.post').first().getByRole('button', { name: 'Mark read' }).click();
    await page.getByText('9 unread', { exact: true }).waitFor();
    expect(await page.locator('li.post').first().getAttribute('class')).toContain('read');
  });

  it('holds a click on the copy until the popup is live, then opens the post through it (marked read)', async () => {
    await openClickingCopy(0);
    // Opened the popup's way: marked read first, then its tab.
    const path = new URL(FIRST_LINK).pathname;
    await expect
      .poll(() => ext!.context.pages().some((tab) => tab.url().includes(path)))
      .toBe(true);
  });

  it('marks a post read that was middle-clicked on the copy, once the popup is live', async () => {
    await openClickingCopy(1);
  });

  it('never shows a post read since as unread: opened or marked read from the popup, or Mark all read', async () => {
    server.respondWith(rssWithEtag(DEV_FEED));
    ext = await launchExtension(server.port);
    await keepCopy();

    // Read one post by opening it, in a popup opened from the copy.
    const first = await open();
    expect((await watched(first)).drawnFrom).toBe('copy');
    const opened = TITLES[0]!;
    await Promise.all([
      ext.context.waitForEvent('page'),
      first.getByRole('link', { name: opened, exact: true }).click(),
    ]);
    await first.getByText('9 unread', { exact: true }).waitFor();
    await first.close();

    // The copy was kept without the read post, counting one less: the next open draws it.
    const second = await open();
    await expect.poll(() => second.locator('li.post').count()).toBe(9);
    let seen = await watched(second);
    expect(seen.drawnFrom).toBe('copy');
    const unread = (from: number) =>
      TITLES.slice(from, FIRST_FRAME_POSTS).map((title): [string, boolean] => [title, true]);
    expect(seen.first).toEqual(unread(1));
    expect(seen.count).toBe('9 unread');
    expect(seen.everUnread).not.toContain(opened);
    expect(seen.everUnread).toHaveLength(9);
    // "Mark read" on the next one: the copy is kept without it too.
    const marked = TITLES[1]!;
    await second
      .locator('li.post', { hasText: marked })
      .getByRole('button', { name: 'Mark read' })
      .click();
    await second.getByText('8 unread', { exact: true }).waitFor();
    await second.close();

    const third = await open();
    await expect.poll(() => third.locator('li.post').count()).toBe(8);
    seen = await watched(third);
    expect(seen.drawnFrom).toBe('copy');
    expect(seen.first).toEqual(unread(2));
    expect(seen.count).toBe('8 unread');
    expect(seen.everUnread).not.toContain(opened);
    expect(seen.everUnread).not.toContain(marked);
    // Mark all read from the copy: no copy is kept.
    await third.getByRole('button', { name: 'Mark all read' }).click();
    await third.getByRole('heading', { name: 'All caught up' }).waitFor();
    await third.close();

    const fourth = await open();
    await fourth.getByRole('heading', { name: 'All caught up' }).waitFor();
    seen = await watched(fourth);
    expect(seen.drawnFrom).toBeNull();
    expect(seen.everUnread).toEqual([]);
  });

  it('lists a post that arrived since with the normal read; while its notification can mark it read, draws the copy only once checked', async () => {
    server.respondWith(rssWithEtag(DEV_FEED));
    ext = await launchExtension(server.port);
    await keepCopy();

    const arrived = 'A post that arrived after the copy';
    server.respondWith(rssWithEtag(devFeedWith([{ slug: 'arrived', title: arrived }]), '"v2"'));
    const control = await open();
    expect((await pollNow(control)).status).toBe('updated');
    await control.close();

    // The copy from before the post arrived may be drawn for the moment the read takes.
    const page = await open();
    await expect.poll(() => page.locator('li.post').count()).toBe(11);
    expect(await page.locator('.post-title').first().textContent()).toBe(arrived);
    // It is out of date now; the new post's notification, whose "Mark read" the worker
    // answers, is live: the copy kept now is drawn only once checked.
    await page.getByText('11 unread', { exact: true }).waitFor();
    const keptChecked = async () =>
      (JSON.parse((await keptFrame(page)) ?? '{}') as Partial<FirstFrameCopy>).checked;
    await expect.poll(keptChecked, { timeout: 5_000 }).toBe(true);
    await page.close();
    // Nothing changed since: drawn, the new post in it.
    const next = await open();
    await expect.poll(() => next.locator('li.post').count()).toBe(11);
    let seen = await watched(next);
    expect(seen.drawnFrom).toBe('copy');
    expect(seen.first[0]).toEqual([arrived, true]);
    // The new post read behind the popup's back, as its notification's "Mark read" does
    // (the revision moves): that copy is not drawn, and the post never shows as unread.
    const id = (await storedPosts(next)).find((post) => post.title === arrived)!.id;
    await markStoredPostsRead(next, [id], Date.now());
    await next.close();
    const after = await open();
    await expect.poll(() => after.locator('li.post').count()).toBe(10);
    seen = await watched(after);
    expect(seen.drawnFrom).toBeNull();
    expect(seen.everUnread).not.toContain(arrived);
    await after.close();

    // Once no such notification is live, the copy kept is drawn at once again.
    const cleared = await open();
    await cleared.evaluate(async () => {
      for (const id of Object.keys(await chrome.notifications.getAll())) {
        await chrome.notifications.clear(id);
      }
    });
    await cleared.close();
    await keepCopy(10, true);
    // The options page may change what the popup shows: opening it drops the copy.
    const options = await ext.context.newPage();
    await options.goto(extensionUrl(ext.extensionId, 'options.html'));
    await options.getByRole('heading', { level: 1 }).waitFor();
    expect(await copyStored(options)).toBe(false);
  });

  it('shows settings synced from elsewhere with the normal read, then no longer draws that copy', async () => {
    server.respondWith(rssWithEtag(DEV_FEED));
    ext = await launchExtension(server.port);
    await keepCopy();

    // As if synced from another browser: straight into storage, not through the options page.
    const hidden = TITLES[0]!;
    const page = await open();
    await page.evaluate(async (keyword) => {
      const { settings } = await chrome.storage.sync.get('settings');
      await chrome.storage.sync.set({
        settings: { ...(settings as object), titleKeywords: [keyword] },
      });
    }, hidden);
    await page.close();

    const after = await open();
    await expect.poll(() => after.locator('li.post').count()).toBe(9);
    expect(await after.locator('.post-title').allTextContents()).not.toContain(hidden);
    await after.close();
    // That copy is not drawn again; the next one kept is of the new settings.
    await keepCopy(9);
    const last = await open();
    expect((await watched(last)).drawnFrom).toBe('copy');
    expect((await watched(last)).first.map(([title]) => title)).not.toContain(hidden);
  });
});
