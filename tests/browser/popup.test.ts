import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PAGE_SIZE } from '../../components/popup/use-post-pages';
import { isFoldedInDevFixture, itemsNewestFirst } from '../harness/dev-feed-builder';
import {
  badgeText,
  extensionUrl,
  launchExtension,
  POPUP_VIEWPORT,
  untilPopupLive,
  waitForValue,
  type LaunchedExtension,
} from '../harness/extension';
import {
  rssWithEtag,
  startFeedServer,
  type FeedResponder,
  type FeedServer,
} from '../harness/feed-server';

const DEV_FIXTURE = readFileSync(resolve(__dirname, '../fixtures/dev-to-rust.rss.xml'), 'utf8');
const HOSTILE_FIXTURE = readFileSync(resolve(__dirname, 'fixtures/hostile.rss.xml'), 'utf8');

/** dev.to stand-in: the feed at its URL, a plain page for any post opened from the popup. */
function devTo(feed: string): FeedResponder {
  const serveFeed = rssWithEtag(feed);
  return (req, res) => {
    if (req.url?.startsWith('/feed/tag/rust')) return serveFeed(req, res);
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end('<title>post</title>');
  };
}

/** The popup in a tab at popup size, with everything it logs collected from the start. */
async function openPopup(ext: LaunchedExtension) {
  const page = await ext.context.newPage();
  await page.setViewportSize(POPUP_VIEWPORT);
  const console: string[] = [];
  const errors: string[] = [];
  page.on('console', (message) => console.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(extensionUrl(ext.extensionId, 'popup.html'));
  await untilPopupLive(page);
  return { page, console, errors };
}

const listItems = (page: Page) => page.getByRole('listitem');

describe('popup', () => {
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

  it('lists the DEV feed newest first, opens a post in a new tab, and marks all read', async () => {
    server.respondWith(devTo(DEV_FIXTURE));
    ext = await launchExtension(server.port);
    const { page } = await openPopup(ext);
    // Two of the fixture's 12 posts are folded as not Rust ("Not Rust? (2)", closed).
    const expected = itemsNewestFirst(DEV_FIXTURE).filter(
      (item) => !isFoldedInDevFixture(item.title),
    );
    expect(expected).toHaveLength(10);

    // The install poll may still be running: the list fills in when it finishes.
    await expect.poll(() => listItems(page).count(), { timeout: 20_000 }).toBe(10);
    expect(await page.getByRole('list', { name: 'Unread posts' }).count()).toBe(1);
    // popup-early.js, an async classic script, started opening the database and reading
    // storage, then loaded the page's module (the build left its tag inert), which took its
    // work over (and off the window).
    expect(
      await page.evaluate(() =>
        [...document.scripts].map((script) => [script.getAttribute('src'), script.type]),
      ),
    ).toEqual([
      ['/popup-early.js', ''],
      [expect.stringMatching(/^\/chunks\/popup-[\w-]+\.js$/), 'module'],
    ]);
    expect(await page.locator('.post-title').allTextContents()).toEqual(
      expected.map((item) => item.title),
    );
    expect(await waitForValue(() => badgeText(page), '10')).toBe('10');
    expect(await page.getByText('10 unread', { exact: true }).count()).toBe(1);
    expect(await page.getByText('Not Rust? (2)', { exact: true }).count()).toBe(1);
    // Fits the popup: no sideways scrolling at 400 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      400,
    );

    const target = expected[3]!;
    const [tab] = await Promise.all([
      ext.context.waitForEvent('page'),
      page.getByRole('link', { name: target.title, exact: true }).click(),
    ]);
    await tab.waitForURL(target.url);
    expect(tab.url()).toBe(target.url);
    expect(await waitForValue(() => badgeText(page), '9')).toBe('9');

    await page.bringToFront();
    await expect.poll(() => page.getByText('9 unread', { exact: true }).count()).toBe(1);
    const opened = listItems(page).nth(3);
    expect(await opened.getAttribute('class')).toContain('read');
    expect(await opened.getByRole('button', { name: 'Mark unread' }).count()).toBe(1);

    await page.getByRole('button', { name: 'Mark all read' }).click();
    await expect.poll(() => listItems(page).count()).toBe(0);
    await page.getByRole('heading', { name: 'All caught up' }).waitFor();
    expect(await waitForValue(() => badgeText(page), '')).toBe('');

    // Undo brings back exactly the 9 that Mark all read changed.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => listItems(page).count()).toBe(9);
    expect(await waitForValue(() => badgeText(page), '9')).toBe('9');
  });

  it('shows a hostile feed inertly: nothing runs, loads script or keeps a handler', async () => {
    server.respondWith(devTo(HOSTILE_FIXTURE));
    ext = await launchExtension(server.port);
    const { page, console, errors } = await openPopup(ext);

    // The two items with javascript:/data: links are dropped; the other two are listed.
    await expect.poll(() => listItems(page).count(), { timeout: 20_000 }).toBe(2);
    const titles = await page.locator('.post-title').allTextContents();
    expect(titles[0]).toContain('Literal markup title');
    expect(titles[0]).toContain('<img'); // shown as text, not parsed as markup

    for (const button of await page.getByRole('button', { name: 'Preview' }).all())
      await button.click();
    await expect.poll(() => page.locator('.post-summary').count()).toBe(2);
    await page.getByText('a safe link').waitFor();
    // Load what images there are too: loading must not bring anything back.
    for (const button of await page.getByRole('button', { name: /^Load \d+ images?$/ }).all())
      await button.click();
    await page.waitForTimeout(500);

    const findings = await page.evaluate((extensionOrigin) => {
      const found: string[] = [];
      const urlAttributes = [
        'href',
        'src',
        'action',
        'formaction',
        'data',
        'xlink:href',
        'poster',
        'background',
      ];
      for (const el of Array.from(document.querySelectorAll('*'))) {
        for (const attr of Array.from(el.attributes)) {
          // eslint-disable-next-line no-control-regex -- browsers ignore these inside a scheme
          const value = attr.value.replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
          if (attr.name.startsWith('on')) found.push(`${el.localName}[${attr.name}]`);
          if (['style', 'srcdoc', 'srcset'].includes(attr.name))
            found.push(`${el.localName}[${attr.name}]`);
          if (urlAttributes.includes(attr.name) && /^(javascript|vbscript|data):/.test(value)) {
            found.push(`${el.localName}[${attr.name}=${value}]`);
          }
        }
      }
      for (const el of Array.from(
        document.querySelectorAll('iframe, frame, object, embed, form, base, meta[http-equiv]'),
      )) {
        found.push(`<${el.localName}>`);
      }
      for (const script of Array.from(document.scripts)) {
        if (!script.src.startsWith(extensionOrigin) || script.text.trim())
          found.push(`script ${script.src || 'inline'}`);
      }
      for (const link of Array.from(document.querySelectorAll('link'))) {
        if (!link.href.startsWith(extensionOrigin)) found.push(`link ${link.href}`);
      }
      for (const el of Array.from(
        document.querySelectorAll('.post-preview svg, .post-preview math, .post-preview style'),
      )) {
        found.push(`<${el.localName}> in a preview`);
      }
      for (const link of Array.from(
        document.querySelectorAll<HTMLAnchorElement>('.post-summary a[href]'),
      )) {
        if (
          !/^(https?|mailto):/.test(link.protocol) ||
          link.rel !== 'noopener noreferrer' ||
          link.target !== '_blank'
        ) {
          found.push(`summary link ${link.href} rel=${link.rel} target=${link.target}`);
        }
      }
      if ((window as { __pwned?: unknown }).__pwned !== undefined) found.push('window.__pwned set');
      return found;
    }, `chrome-extension://${ext.extensionId}/`);

    expect(findings).toEqual([]);
    expect(await page.locator('.post-summary a[href="https://dev.to/t/rust"]').count()).toBe(1);
    expect(console.filter((line) => /Content Security Policy|Refused to/i.test(line))).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('opens as quickly with 5,000 stored posts, reading more only as the list scrolls', async () => {
    server.respondWith((_req, res) => res.writeHead(503, { 'Retry-After': '600' }).end());
    ext = await launchExtension(server.port);
    const { page } = await openPopup(ext);

    // The install poll fails: the popup says so in words, with the retry time.
    await page.getByRole('alert').waitFor({ timeout: 20_000 });
    expect(await page.getByRole('alert').textContent()).toMatch(
      /^DEV did not answer \(HTTP 503\) — retrying in \d+ minutes$/,
    );

    await page.evaluate(seedPosts, 5000);
    await page.reload();
    const started = Date.now();
    await expect.poll(() => listItems(page).count()).toBe(PAGE_SIZE);
    const firstPageMs = Date.now() - started;
    expect(await page.locator('.post-title').first().textContent()).toBe('Seeded post 0');
    // Generous: this catches reading or rendering all 5,000, not a slow machine.
    expect(firstPageMs).toBeLessThan(5000);
    console.info(`popup: first ${PAGE_SIZE} of 5,000 posts shown ${firstPageMs} ms after reload`);

    await page.locator('.post-scroll').evaluate((list) => list.scrollTo(0, list.scrollHeight));
    await expect.poll(() => listItems(page).count()).toBe(2 * PAGE_SIZE);
    expect(await page.locator('.post-title').nth(PAGE_SIZE).textContent()).toBe(
      `Seeded post ${PAGE_SIZE}`,
    );
    expect(await waitForValue(() => badgeText(page), '999+')).toBe('999+');
  });
});

/** Runs in the popup: stores `count` unread posts straight into IndexedDB, newest first by index. */
function seedPosts(count: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('rust-radar');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      // Both stores, as utils/db/post-records.ts writes them: the post and its facets; the
      // stored unread counts are dropped (the extension counts again).
      const tx = db.transaction(['posts', 'facets', 'tallies'], 'readwrite');
      tx.objectStore('tallies').clear();
      const now = Date.now();
      for (let i = 0; i < count; i++) {
        const sortAt = now - (i + 1) * 60_000;
        const post = {
          id: `https://dev.to/seed/post-${i}`,
          url: `https://dev.to/seed/post-${i}`,
          title: `Seeded post ${i}`,
          author: `Seeder ${i % 37}`,
          publishedAt: new Date(sortAt).toISOString(),
          tags: ['rust', `tag${i % 11}`],
          summaryHtml: `<p>Summary ${i}</p>`,
          readingMinutes: 1 + (i % 9),
          hasRustCode: i % 3 === 0,
          feedUrl: 'https://dev.to/feed/tag/rust',
          firstSeenAt: sortAt,
          sortAt,
          unread: 1,
          readAt: null,
        };
        const { summaryHtml: _summary, feedUrl: _feed, ...facets } = post;
        tx.objectStore('posts').put(post);
        tx.objectStore('facets').put(facets);
      }
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}
