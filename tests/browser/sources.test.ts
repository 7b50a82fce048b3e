import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { DEV_FEED, devFeedWith } from '../harness/dev-feed-builder';
import {
  extensionUrl,
  launchExtension,
  openPopup,
  openExtensionPage,
  waitForValue,
  type LaunchedExtension,
} from '../harness/extension';
import { markStoredPostsRead } from '../harness/edit-stored-posts';
import { storedPostCount, storedPosts } from '../harness/stored-posts';
import { byHost, rssWithEtag, startFeedServer, type FeedServer } from '../harness/feed-server';

const ROOT = resolve(__dirname, '../..');
// Next to the run's own build when it has one (WXT_OUT_DIR), so parallel runs never share it.
const TEST_OUT_DIR = process.env.WXT_OUT_DIR
  ? `${process.env.WXT_OUT_DIR}-test-hosts`
  : '.tmp/radar-test-hosts';
const EXTRA_HOSTS = ['blog.rust-lang.org', 'www.reddit.com'];

const BLOG_POST = 'https://blog.rust-lang.org/2026/05/06/Rust-1.99.0/';
const BLOG_FEED = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Rust Blog</title>
  <id>https://blog.rust-lang.org/</id>
  <updated>2026-05-06T16:00:00+00:00</updated>
  <entry>
    <title>Announcing Rust 1.99.0</title>
    <id>${BLOG_POST}</id>
    <link rel="alternate" href="${BLOG_POST}" type="text/html"/>
    <updated>2026-05-06T16:00:00+00:00</updated>
    <author><name>The Rust Release Team</name></author>
    <content type="html">&lt;p&gt;The Rust team is happy to announce 1.99.0.&lt;/p&gt;</content>
  </entry>
</feed>`;
// DEV's tokio feed lists every post of the rust fixture again (they carry both tags) and one
// post of its own: only that one is new.
const TOKIO_FEED = devFeedWith([{ slug: 'tokio-only', tags: ['tokio'] }]);

interface FeedRow {
  url: string;
  sourceId?: string;
  lastError: { message: string; status: number | null } | null;
  lastSuccessAt: number | null;
}

async function feedStates(page: Page): Promise<FeedRow[]> {
  return page.evaluate(
    () =>
      new Promise<FeedRow[]>((resolve, reject) => {
        const open = indexedDB.open('rust-radar');
        open.onsuccess = () => {
          const all = open.result.transaction('feeds').objectStore('feeds').getAll();
          all.onsuccess = () => {
            open.result.close();
            resolve(all.result as FeedRow[]);
          };
          all.onerror = () => reject(all.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
}

// Several sites, one local HTTPS server: Chromium maps dev.to, blog.rust-lang.org and
// www.reddit.com to it, and it answers by Host header.
//
// Headless Chromium cannot answer a permission prompt, so this file builds a TEST BUILD with
// RADAR_TEST_HOSTS, which grants those two hosts at install (wxt.config.ts). A normal build
// never does; security.test.ts checks the normal build's manifest. Requesting the permission
// from the options page is covered by unit tests (tests/unit/options/).
describe('many sources in Chromium (test build)', () => {
  let server: FeedServer;
  let ext: LaunchedExtension;
  let page: Page;

  beforeAll(async () => {
    execFileSync('npx', ['wxt', 'build'], {
      cwd: ROOT,
      stdio: 'ignore',
      env: {
        ...process.env,
        WXT_OUT_DIR: TEST_OUT_DIR,
        RADAR_TEST_HOSTS: EXTRA_HOSTS.map((host) => `https://${host}/*`).join(','),
      },
    });
    server = await startFeedServer();
    server.respondWith(
      byHost({
        'dev.to': (req, res) =>
          req.url === '/feed/tag/tokio'
            ? rssWithEtag(TOKIO_FEED, '"tokio"')(req, res)
            : rssWithEtag(DEV_FEED, '"rust"')(req, res),
        'blog.rust-lang.org': (_req, res) =>
          res.writeHead(200, { 'Content-Type': 'application/atom+xml' }).end(BLOG_FEED),
        'www.reddit.com': (_req, res) => res.writeHead(500).end('internal error'),
      }),
    );
    ext = await launchExtension(server.port, undefined, {
      extraHosts: EXTRA_HOSTS,
      extensionDir: resolve(ROOT, TEST_OUT_DIR, 'chrome-mv3'),
    });
    page = await openExtensionPage(ext, 'options.html');
  }, 240_000);

  afterAll(async () => {
    await ext?.dispose();
    await server?.close();
  });

  it('follows DEV’s rust feed alone after install, and the popup looks as it always did', async () => {
    expect(await waitForValue(() => storedPostCount(page), 12)).toBe(12);
    const popup = await openExtensionPage(ext, 'popup.html');
    // Ten listed: the fixture's two posts that do not look like Rust are folded.
    await popup.getByRole('listitem').nth(9).waitFor();
    await popup.locator('.unread-count').waitFor();
    // One source: no filter to choose from, no source named on every post.
    expect(await popup.getByRole('combobox').count()).toBe(0);
    expect(await popup.locator('.post-meta .source').count()).toBe(0);
    await popup.close();
  });

  it('polls the enabled sources into one list: a failing one isolated, duplicates stored once', async () => {
    const [firstDevPost] = await storedPosts(page);
    await markStoredPostsRead(page, [firstDevPost!.id], Date.now());

    // What the options page stores after the user switched these on (the worker polls at once).
    await page.evaluate(async () => {
      await chrome.storage.local.set({
        sources: [
          { feedUrl: 'https://dev.to/feed/tag/rust', enabled: true },
          { feedUrl: 'https://dev.to/feed/tag/tokio', enabled: true },
          { feedUrl: 'https://blog.rust-lang.org/feed.xml', enabled: true },
          { feedUrl: 'https://www.reddit.com/r/rust/.rss', enabled: true },
        ],
      });
    });

    // 12 rust posts + the tokio-only post + the blog post; the other tokio posts are the same
    // articles as the rust ones and are not stored again. (The fixture's posts are months old,
    // so the read one also shows that retention keeps a read post another feed still lists.)
    expect(await waitForValue(() => storedPostCount(page), 14)).toBe(14);
    const posts = await storedPosts(page);
    const newestFirst = [...posts].sort((a, b) => b.sortAt - a.sortAt);
    expect(newestFirst[0]?.title).toBe('Announcing Rust 1.99.0');
    expect(posts.filter((post) => post.id === firstDevPost!.id)).toEqual([
      expect.objectContaining({ unread: 0 }),
    ]);

    expect(await waitForValue(async () => (await feedStates(page)).length, 4)).toBe(4);
    const byUrl = new Map((await feedStates(page)).map((state) => [state.url, state]));
    expect(byUrl.get('https://www.reddit.com/r/rust/.rss')?.lastError).toMatchObject({
      message: 'r/rust did not answer (HTTP 500)',
      status: 500,
    });
    for (const url of [
      'https://dev.to/feed/tag/rust',
      'https://dev.to/feed/tag/tokio',
      'https://blog.rust-lang.org/feed.xml',
    ]) {
      expect(byUrl.get(url), url).toMatchObject({ lastError: null });
    }
  });

  describe('in the popup', () => {
    let popup: Page;

    beforeAll(async () => {
      popup = await openPopup(ext);
      // The first DEV post was read above and two are folded as not Rust: 11 unread listed.
      await popup.getByRole('listitem').nth(10).waitFor({ timeout: 20_000 });
    });

    afterAll(async () => {
      await popup?.close();
    });

    const titles = () => popup.locator('.post-title').allTextContents();
    const sourceNames = () => popup.locator('.post-meta .source [aria-hidden]').allTextContents();
    const select = () => popup.getByRole('combobox', { name: 'Source' });

    it('draws the Source menu with the first posts, not a moment later', async () => {
      const other = await ext.context.newPage();
      try {
        await other.goto(extensionUrl(ext.extensionId, 'popup.html'), {
          waitUntil: 'commit',
        });
        // Looked at in the first animation frame that has a post: the menu must be there too.
        const atFirstPost = await other.waitForFunction(() =>
          document.querySelector('[role="list"] > li')
            ? { menu: document.querySelector('select') !== null }
            : null,
        );
        expect(await atFirstPost.jsonValue()).toEqual({ menu: true });
      } finally {
        await other.close();
      }
    });

    it('shows each post’s source in its meta line', async () => {
      const [allTitles, names] = [await titles(), await sourceNames()];
      expect(allTitles).toHaveLength(11);
      expect(names).toHaveLength(11);
      expect(names[allTitles.indexOf('Announcing Rust 1.99.0')]).toBe('Rust Blog');
      expect(names.filter((name) => name === 'DEV #rust')).toHaveLength(9);
      expect(names.filter((name) => name === 'DEV #tokio')).toHaveLength(1);
      // Screen readers hear which part of the line it is.
      expect(
        await popup.getByRole('listitem').first().locator('.source .visually-hidden').textContent(),
      ).toMatch(/^Source: /);
    });

    it('names the failing source in the alert and lists the others’ posts', async () => {
      const alert = popup.getByRole('alert');
      await expect.poll(() => alert.count()).toBe(1);
      expect(await alert.textContent()).toMatch(
        /^r\/rust did not answer \(HTTP 500\) — retrying in \d+ (minutes|hours?)$/,
      );
      expect(new Set(await sourceNames())).toEqual(
        new Set(['DEV #rust', 'DEV #tokio', 'Rust Blog']),
      );
    });

    it('narrows the list to the source chosen in the Source select, by mouse or keyboard', async () => {
      expect(await select().locator('option').allTextContents()).toEqual([
        'All sources',
        'DEV #rust',
        'DEV #tokio',
        'Rust Blog',
        'r/rust',
      ]);
      await select().selectOption({ label: 'Rust Blog' });
      await expect.poll(titles).toEqual(['Announcing Rust 1.99.0']);
      expect(await sourceNames()).toEqual(['Rust Blog']);
      // The header's counts are read apart from the list (after it): they follow a moment later.
      await expect.poll(() => popup.locator('.unread-count').textContent()).toBe('1 unread');

      // The keyboard: focus stays on the select, ↑ picks the source above it.
      await select().focus();
      await popup.keyboard.press('ArrowUp');
      await expect.poll(() => select().inputValue()).toBe('dev:tokio');
      await expect.poll(sourceNames).toEqual(['DEV #tokio']);
      expect(await popup.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');

      await select().selectOption({ label: 'All sources' });
      await expect.poll(async () => (await titles()).length).toBe(11);
    });

    it('has no serious axe violations with the filter, the alert and the source names', async () => {
      expect(await seriousViolations(popup, 'popup with several sources')).toEqual([]);
    });
  });
});
