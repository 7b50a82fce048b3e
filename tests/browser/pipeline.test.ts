import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ServerResponse } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  badgeText,
  currentWorker,
  firePollAlarm,
  launchExtension,
  openExtensionPage,
  stopAllWorkers,
  waitForValue,
  type LaunchedExtension,
} from '../harness/extension';
import { feedState, storedPostCount } from '../harness/stored-posts';
import { rssWithEtag, startFeedServer, type FeedServer } from '../harness/feed-server';

const DEV_FEED = readFileSync(resolve(__dirname, '../fixtures/dev-to-rust.rss.xml'));
const FEED_PATH = '/feed/tag/rust';

// One browser profile walks through the feed pipeline's life: install, 304, failures,
// restart and worker termination. Each step depends on the one before, as for a real user.
describe('feed pipeline in Chromium', () => {
  let server: FeedServer;
  let ext: LaunchedExtension;
  let page: Page;
  const errors: string[] = [];

  const feedRequests = () => server.requests.filter((r) => r.path === FEED_PATH);
  const waitForRequests = (n: number) => waitForValue(async () => feedRequests().length >= n, true);
  const collectErrors = (target: LaunchedExtension) => {
    target.context.on('weberror', (error) => errors.push(String(error.error())));
    target.context.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
  };

  beforeAll(async () => {
    server = await startFeedServer();
    server.respondWith(rssWithEtag(DEV_FEED, '"fixture-1"'));
    ext = await launchExtension(server.port);
    collectErrors(ext);
    page = await openExtensionPage(ext, 'options.html');
  });

  afterAll(async () => {
    await ext?.dispose();
    await server?.close();
  });

  it('polls dev.to right after install and shows 10 on the badge (2 posts folded as not Rust)', async () => {
    expect(await waitForRequests(1)).toBe(true);
    expect(await waitForValue(() => badgeText(page), '10')).toBe('10');
    expect(await storedPostCount(page)).toBe(12);
    const state = await feedState(page);
    expect(state?.etag).toBe('"fixture-1"');
    expect(state?.lastError).toBeNull();
  });

  it('sends the validators on the next poll and keeps 10 after a 304', async () => {
    const before = feedRequests().length;
    const lastSuccess = (await feedState(page))?.lastSuccessAt ?? 0;
    await firePollAlarm(page);
    expect(await waitForRequests(before + 1)).toBe(true);
    expect(feedRequests().at(-1)?.headers['if-none-match']).toBe('"fixture-1"');
    const succeeded = await waitForValue(
      async () => ((await feedState(page))?.lastSuccessAt ?? 0) > lastSuccess,
      true,
    );
    expect(succeeded).toBe(true);
    expect(await badgeText(page)).toBe('10');
    expect((await feedState(page))?.lastError).toBeNull();
  });

  it.each([
    ['a 500', (_req: unknown, res: ServerResponse) => res.writeHead(500).end('oops'), /HTTP 500/],
    [
      'a truncated feed',
      (_req: unknown, res: ServerResponse) => {
        res.writeHead(200, { 'Content-Type': 'application/rss+xml' });
        res.end(DEV_FEED.subarray(0, Math.floor(DEV_FEED.length / 2)));
      },
      /could not be read/,
    ],
  ])('keeps all 12 posts and records the error after %s', async (_name, responder, message) => {
    server.respondWith(responder);
    const before = feedRequests().length;
    await firePollAlarm(page);
    expect(await waitForRequests(before + 1)).toBe(true);
    const recorded = await waitForValue(
      async () => message.test((await feedState(page))?.lastError?.message ?? ''),
      true,
    );
    expect(recorded).toBe(true);
    expect(await badgeText(page)).toBe('10');
    expect(await storedPostCount(page)).toBe(12);
  });

  it('recovers on the next good poll', async () => {
    server.respondWith(rssWithEtag(DEV_FEED, '"fixture-1"'));
    await firePollAlarm(page);
    expect(
      await waitForValue(async () => (await feedState(page))?.lastError ?? null, null),
    ).toBeNull();
    expect((await feedState(page))?.consecutiveFailures).toBe(0);
  });

  it('polls again after the worker was stopped and the alarm fired', async () => {
    // Mark the running worker: a restarted one starts with a fresh global scope.
    await (
      await currentWorker(ext.context)
    ).evaluate(() => {
      (self as unknown as { radarMarker: number }).radarMarker = 1;
    });
    await stopAllWorkers(page);
    const before = feedRequests().length;
    await firePollAlarm(page);
    expect(await waitForRequests(before + 1)).toBe(true);
    // Playwright keeps one handle for the worker's URL; it now talks to the new instance.
    const worker = await currentWorker(ext.context);
    expect(
      await worker.evaluate(() => (self as unknown as { radarMarker?: number }).radarMarker),
    ).toBeUndefined();
    expect(
      await waitForValue(async () => ((await feedState(page))?.lastSuccessAt ?? 0) > 0, true),
    ).toBe(true);
    expect(await badgeText(page)).toBe('10');
  });

  it('has the alarm and badge 10 after a browser restart', async () => {
    await ext.close();
    ext = await launchExtension(server.port, ext.userDataDir);
    collectErrors(ext);
    page = await openExtensionPage(ext, 'options.html');
    expect(await waitForValue(() => badgeText(page), '10')).toBe('10');
    const alarm = await page.evaluate(() => chrome.alarms.get('rust-radar-poll'));
    expect(alarm?.periodInMinutes).toBe(15);
    expect(await storedPostCount(page)).toBe(12);
  });

  it('logged no uncaught error along the way', () => {
    // The 500 and the truncated feed are expected failures, handled without an error log.
    expect(errors.filter((e) => !/status of 500|ERR_/.test(e))).toEqual([]);
  });
});
