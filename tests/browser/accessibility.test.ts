import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { DEV_FEED } from '../harness/dev-feed-builder';
import {
  launchExtension,
  openExtensionPage,
  openPopup,
  type LaunchedExtension,
} from '../harness/extension';
import { rssWithEtag, startFeedServer, type FeedServer } from '../harness/feed-server';

// axe-core inside Chromium, against the built extension's real pages in each state a user
// meets, in light and dark. Serious and critical violations fail; lesser ones are printed.

const posts = (page: Page) => page.getByRole('listitem');

describe('popup with the DEV feed: no serious axe violations, light or dark', () => {
  let server: FeedServer;
  let ext: LaunchedExtension;
  let page: Page;

  beforeAll(async () => {
    server = await startFeedServer();
    server.respondWith(rssWithEtag(DEV_FEED));
    ext = await launchExtension(server.port);
    page = await openPopup(ext);
    // Ten posts listed; the fixture's two that do not look like Rust are folded.
    await posts(page).nth(9).waitFor({ timeout: 20_000 });
  });

  afterAll(async () => {
    await ext?.dispose();
    await server?.close();
  });

  it('listing 10 unread posts, two folded as not Rust', async () => {
    expect(await seriousViolations(page, 'popup with posts')).toEqual([]);
  });

  it('with a post’s preview expanded', async () => {
    await posts(page).first().getByRole('button', { name: 'Preview' }).click();
    await page.locator('.post-summary').first().waitFor();
    expect(await seriousViolations(page, 'popup, preview expanded')).toEqual([]);
    await posts(page).first().getByRole('button', { name: 'Preview' }).click();
  });

  it('with a search that matches nothing', async () => {
    await page.getByRole('searchbox', { name: 'Search posts' }).fill('zzzz-no-such-post');
    await page.getByRole('heading', { name: 'No posts match your search' }).waitFor();
    expect(await seriousViolations(page, 'popup, no search match')).toEqual([]);
    await page.getByRole('button', { name: 'Clear search' }).click();
    await expect.poll(() => posts(page).count()).toBe(10);
  });

  it('with a post’s snooze choices open', async () => {
    await posts(page).first().getByRole('button', { name: 'Snooze' }).click();
    await page.getByRole('group', { name: 'Bring it back' }).waitFor();
    expect(await seriousViolations(page, 'popup, snooze choices')).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('group', { name: 'Bring it back' }).count()).toBe(0);
  });

  it('all caught up, with the undo toast showing', async () => {
    await page.getByRole('button', { name: 'Mark all read' }).click();
    await page.getByRole('heading', { name: 'All caught up' }).waitFor();
    await page.getByRole('button', { name: 'Undo' }).waitFor();
    expect(await seriousViolations(page, 'popup, caught up + undo')).toEqual([]);
  });

  it('fails on a planted low-contrast line (the check is not a silent no-op)', async () => {
    await page.evaluate(() => {
      const planted = document.createElement('p');
      planted.id = 'planted';
      planted.textContent = 'Barely visible';
      Object.assign(planted.style, { color: '#cccccc', background: '#ffffff' });
      document.querySelector('main')!.prepend(planted);
    });
    const found = await seriousViolations(page, 'planted');
    await page.evaluate(() => document.getElementById('planted')!.remove());
    expect(found).toHaveLength(2);
    expect(
      found.every((text) => text.includes('color-contrast') && text.includes('#planted')),
    ).toBe(true);
  });

  it('in the All view, with read posts', async () => {
    await page.getByRole('button', { name: 'All', exact: true }).click();
    await expect.poll(() => posts(page).count()).toBe(10);
    expect(await seriousViolations(page, 'popup, all read')).toEqual([]);
  });

  it('in the Saved view, empty and then with a saved post', async () => {
    await page.getByRole('button', { name: 'Saved', exact: true }).click();
    await page.getByRole('heading', { name: 'Nothing saved yet' }).waitFor();
    expect(await seriousViolations(page, 'popup, nothing saved')).toEqual([]);
    await page.getByRole('button', { name: 'All', exact: true }).click();
    await posts(page).first().getByRole('button', { name: 'Save for later' }).click();
    await page.getByRole('button', { name: 'Saved', exact: true }).click();
    await expect.poll(() => posts(page).count()).toBe(1);
    expect(await seriousViolations(page, 'popup, one saved post')).toEqual([]);
  });
});

describe('popup before any post is stored: no serious axe violations, light or dark', () => {
  let server: FeedServer;
  let ext: LaunchedExtension | undefined;

  beforeAll(async () => {
    server = await startFeedServer();
  });

  afterEach(async () => {
    await ext?.dispose();
    ext = undefined;
  });

  afterAll(async () => {
    await server?.close();
  });

  it('on first run, while the first poll waits for DEV', async () => {
    // Never answers: the install poll stays under way (until its timeout) while we look.
    server.respondWith(() => {});
    ext = await launchExtension(server.port);
    const page = await openPopup(ext);
    await page.getByRole('heading', { name: 'Fetching the latest Rust posts…' }).waitFor();
    expect(await seriousViolations(page, 'popup, first run')).toEqual([]);
  });

  it('when DEV fails, with the error alert', async () => {
    server.respondWith((_req, res) => res.writeHead(503, { 'Retry-After': '600' }).end());
    ext = await launchExtension(server.port);
    const page = await openPopup(ext);
    await page.getByRole('alert').waitFor({ timeout: 20_000 });
    await page.getByRole('heading', { name: 'No posts yet' }).waitFor();
    expect(await seriousViolations(page, 'popup, error alert')).toEqual([]);
  });
});

describe('options page with the DEV feed: no serious axe violations, light or dark', () => {
  let server: FeedServer;
  let ext: LaunchedExtension;
  let options: Page;

  beforeAll(async () => {
    server = await startFeedServer();
    server.respondWith(rssWithEtag(DEV_FEED));
    ext = await launchExtension(server.port);
    options = await openExtensionPage(ext, 'options.html');
    await options
      .getByText('10 of 12 stored posts shown', { exact: true })
      .waitFor({ timeout: 20_000 });
  });

  afterAll(async () => {
    await ext?.dispose();
    await server?.close();
  });

  it('as it opens', async () => {
    expect(await seriousViolations(options, 'options')).toEqual([]);
  });

  it('with Hide and Only set, a muted author, a keyword, an input error and a confirmation', async () => {
    const radio = (tag: string, mode: string) =>
      options
        .getByRole('radiogroup', { name: tag, exact: true })
        .getByRole('radio', { name: mode });
    await radio('career', 'Hide').check();
    await radio('tokio', 'Only').check();
    await options.getByText('1 of 12 stored posts shown', { exact: true }).waitFor();
    await options.getByLabel('Mute an author', { exact: false }).fill('hiyoyok');
    await options.getByRole('button', { name: 'Mute', exact: true }).click();
    await options.getByLabel('Hide titles containing').fill('crypto');
    await options.getByLabel('Hide titles containing').press('Enter');
    await options.getByLabel('Add a tag not seen yet').fill('not a tag!');
    await options.getByLabel('Add a tag not seen yet').press('Enter');
    await options.getByRole('alert').first().waitFor();
    await options.getByRole('button', { name: 'Clear all stored posts…' }).click();
    await options.getByRole('button', { name: 'Delete all stored posts' }).waitFor();
    expect(await seriousViolations(options, 'options, filters set')).toEqual([]);
  });
});
