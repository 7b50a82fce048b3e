import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEV_FEED,
  devFeedWith,
  isFoldedInDevFixture,
  itemsNewestFirst,
} from '../harness/dev-feed-builder';
import { waitForValue } from '../harness/extension';
import { feedState, storedPostCount } from '../harness/stored-posts';
import {
  byHost,
  rssWithEtag,
  startFeedServer,
  type FeedResponder,
  type FeedServer,
} from '../harness/feed-server';
import {
  badgeText,
  clearNotifications,
  firePollAlarm,
  grantedOrigin,
  notificationIds,
  openToolbarPopup,
  pollLockFree,
  toolbarPopupTitles,
} from './addon-page';
import { launchFirefoxExtension, type LaunchedFirefox } from './firefox-extension';
import { makeLocalCa } from './local-ca';

const FEED_PATH = '/feed/tag/rust';
const LAST_MODIFIED = 'Wed, 06 May 2026 14:30:00 GMT';
const HOSTS = ['dev.to', 'blog.rust-lang.org'];
const BLOG_ORIGIN = 'https://blog.rust-lang.org/*';
const BLOG_POST = 'https://blog.rust-lang.org/2026/05/07/Rust-1.99.1/';
const BLOG_FEED = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Rust Blog</title>
  <id>https://blog.rust-lang.org/</id>
  <updated>2026-05-07T16:00:00+00:00</updated>
  <entry>
    <title>Announcing Rust 1.99.1</title>
    <id>${BLOG_POST}</id>
    <link rel="alternate" href="${BLOG_POST}" type="text/html"/>
    <updated>2026-05-07T16:00:00+00:00</updated>
    <author><name>The Rust Release Team</name></author>
  </entry>
</feed>`;

// One Firefox profile walks through what a user of the Firefox build sees: install and first
// poll, the toolbar popup, a tag filter, Refresh answered by a 304, a new post's notification,
// a source on another site switched on (Firefox grants the site: no prompt, by pref).
// Each step depends on the one before, as in tests/browser/pipeline.test.ts.
describe('the Firefox build in Firefox ESR', () => {
  let server: FeedServer;
  let firefox: LaunchedFirefox;
  let options: Page;

  const feedRequests = () =>
    server.requests.filter(
      (request) => request.headers.host === 'dev.to' && request.path === FEED_PATH,
    );
  /** What dev.to answers for its rust feed; blog.rust-lang.org always has the one post. */
  const serveDev = (responder: FeedResponder) =>
    server.respondWith(
      byHost({
        'dev.to': responder,
        'blog.rust-lang.org': (_req, res) =>
          res.writeHead(200, { 'Content-Type': 'application/atom+xml' }).end(BLOG_FEED),
      }),
    );
  const lastSuccessAt = async () => (await feedState(options))?.lastSuccessAt ?? 0;
  /** Waits until a poll that started after `since` (a lastSuccessAt) is over, notifications shown. */
  async function pollDoneAfter(since: number): Promise<boolean> {
    const landed = await waitForValue(async () => (await lastSuccessAt()) > since, true);
    await pollLockFree(options);
    return landed;
  }
  const badge = (expected: string) => waitForValue(() => badgeText(options), expected);
  const shows = (page: Page, text: string) =>
    waitForValue(() => page.evaluate((text) => document.body.innerText.includes(text), text), true);

  /** Clicks Show, Hide or Only for `tag` in the options page's tag list. */
  async function setTagMode(tag: string, mode: 'show' | 'hide' | 'only') {
    const label = await options.evaluateHandle(
      (tag, mode) =>
        [...document.querySelectorAll('.tag-row')]
          .find((row) => row.querySelector('.tag-row__name')?.textContent === tag)
          ?.querySelector(`input[value="${mode}"]`)
          ?.closest('label'),
      tag,
      mode,
    );
    const element = label.asElement() as ElementHandle<Element> | null;
    if (!element) throw new Error(`No ${mode} option for the tag ${tag}`);
    await element.click();
  }

  /** Clicks Fold, Hide or Show for "Posts that don't look like Rust". */
  async function setNotRust(mode: 'fold' | 'hide' | 'show') {
    const label = await options.evaluateHandle(
      (mode) =>
        document.querySelector(`.not-rust-setting input[value="${mode}"]`)?.closest('label'),
      mode,
    );
    const element = label.asElement() as ElementHandle<Element> | null;
    if (!element) throw new Error(`No ${mode} option for posts that don't look like Rust`);
    await element.click();
  }

  beforeAll(async () => {
    const ca = makeLocalCa(HOSTS);
    server = await startFeedServer(ca.server);
    serveDev(rssWithEtag(DEV_FEED, '"fixture-1"', LAST_MODIFIED));
    firefox = await launchFirefoxExtension(server.port, ca.caCert, HOSTS);
    options = await firefox.openPage('options.html');
  });

  afterAll(async () => {
    await firefox?.dispose();
    await server?.close();
  });

  it('polls dev.to after install: 12 posts stored, badge 10 (2 folded as not Rust), one welcome notification', async () => {
    expect(await pollDoneAfter(0)).toBe(true);
    expect(feedRequests()).toHaveLength(1);
    expect(await badgeText(options)).toBe('10');
    expect(await storedPostCount(options)).toBe(12);
    const state = await feedState(options);
    expect(state?.etag).toBe('"fixture-1"');
    expect(state?.lastError).toBeNull();
    expect(await notificationIds(options)).toEqual(['radar-welcome']);
  });

  it('the toolbar popup lists the 10 Rust posts of the DEV feed, newest first', async () => {
    const expected = itemsNewestFirst(DEV_FEED)
      .map((item) => item.title)
      .filter((title) => !isFoldedInDevFixture(title));
    expect(expected).toHaveLength(10);
    await openToolbarPopup(options);
    await waitForValue(async () => (await toolbarPopupTitles(options)).length, 10);
    expect(await toolbarPopupTitles(options)).toEqual(expected);
  });

  it('with not-Rust posts shown, hiding the career tag makes the badge 11; Show brings back 12', async () => {
    expect(await shows(options, '10 of 12 stored posts shown')).toBe(true);
    await setNotRust('show');
    expect(await shows(options, '12 of 12 stored posts shown')).toBe(true);
    expect(await badge('12')).toBe('12');
    await setTagMode('career', 'hide');
    expect(await shows(options, '11 of 12 stored posts shown')).toBe(true);
    expect(await badge('11')).toBe('11');
    await setTagMode('career', 'show');
    expect(await shows(options, '12 of 12 stored posts shown')).toBe(true);
    expect(await badge('12')).toBe('12');
    await setNotRust('fold');
    expect(await shows(options, '10 of 12 stored posts shown')).toBe(true);
    expect(await badge('10')).toBe('10');
  });

  it("the popup's Refresh sends the validators, gets a 304 and keeps the 12 posts", async () => {
    const popup = await firefox.openPage('popup.html');
    expect(await shows(popup, '10 unread')).toBe(true);
    const before = feedRequests().length;
    const since = await lastSuccessAt();
    await popup.click('button[aria-label="Refresh"]');
    expect(await pollDoneAfter(since)).toBe(true);
    expect(feedRequests()).toHaveLength(before + 1);
    expect(feedRequests().at(-1)?.headers).toMatchObject({
      'if-none-match': '"fixture-1"',
      'if-modified-since': LAST_MODIFIED,
    });
    expect(await badgeText(options)).toBe('10');
    expect(await storedPostCount(options)).toBe(12);
    await popup.close();
  });

  it('a new post in the feed makes exactly one notification, for that post', async () => {
    await clearNotifications(options);
    serveDev(rssWithEtag(devFeedWith([{ slug: 'firefox-fresh' }]), '"fixture-2"'));
    const since = await lastSuccessAt();
    await firePollAlarm(options);
    expect(await pollDoneAfter(since)).toBe(true);
    expect(await badgeText(options)).toBe('11');
    expect(await notificationIds(options)).toEqual([
      'radar-post:https://dev.to/radar-tester/firefox-fresh',
    ]);
  });

  it('switching on the Rust Blog in the options grants its site and polls it', async () => {
    const blogRequests = () =>
      server.requests.filter((request) => request.headers.host === 'blog.rust-lang.org');
    const follow = 'input[aria-label="Follow Rust Blog (blog.rust-lang.org)"]';
    expect(await grantedOrigin(options, BLOG_ORIGIN)).toBe(false);
    // A real click: Firefox grants an optional permission only while handling user input.
    await options.click(follow);
    expect(await waitForValue(() => grantedOrigin(options, BLOG_ORIGIN), true)).toBe(true);
    expect(await waitForValue(async () => blogRequests().length, 1)).toBe(1);
    expect(await waitForValue(() => storedPostCount(options), 14)).toBe(14);
    await pollLockFree(options);
    expect(await badgeText(options)).toBe('12');
    expect(await options.$eval(follow, (input) => (input as HTMLInputElement).checked)).toBe(true);
  });

  it('logged no error from the add-on along the way', () => {
    expect(firefox.addonErrors).toEqual([]);
  });
});
