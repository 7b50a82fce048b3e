import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  badgeText,
  launchExtension,
  openExtensionPage,
  waitForValue,
  type LaunchedExtension,
} from '../harness/extension';
import { storedPostCount } from '../harness/stored-posts';
import { rssWithEtag, startFeedServer, type FeedServer } from '../harness/feed-server';

const DEV_FEED = readFileSync(resolve(__dirname, '../fixtures/dev-to-rust.rss.xml'));
const TOKIO_POST = 'We Cut API Latency 55% with Rust 1.88 and Tokio 1.40 for Our Core Service';

// One profile walks through the options page as a user would: filter, check the popup and
// badge, change the schedule, restart the browser, move settings through a file, clear.
describe('options page in Chromium', () => {
  let server: FeedServer;
  let ext: LaunchedExtension;
  let options: Page;
  const errors: string[] = [];

  const watchErrors = (target: LaunchedExtension) => {
    target.context.on('weberror', (error) => errors.push(String(error.error())));
    target.context.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
  };
  const radio = (tag: string, mode: 'Show' | 'Hide' | 'Only') =>
    options.getByRole('radiogroup', { name: tag, exact: true }).getByRole('radio', { name: mode });
  const summary = (text: string) => options.getByText(text, { exact: true });
  const badge = (expected: string) => waitForValue(() => badgeText(options), expected);
  /** The titles the popup lists (its default view: unread posts). */
  async function popupTitles(expectedCount: number): Promise<string[]> {
    const popup = await openExtensionPage(ext, 'popup.html');
    try {
      const items = popup.getByRole('list', { name: 'Unread posts' }).getByRole('listitem');
      await waitForValue(() => items.count(), expectedCount);
      return await items.evaluateAll((nodes) =>
        nodes.map((node) => node.querySelector('.post-title')?.textContent?.trim() ?? ''),
      );
    } finally {
      await popup.close();
    }
  }
  /** The raw settings in sync storage and WXT's version record next to them. */
  const syncStorage = (): Promise<{ settings?: Record<string, unknown>; settings$?: unknown }> =>
    options.evaluate(() => chrome.storage.sync.get(['settings', 'settings$']));
  const alarmPeriod = () =>
    options.evaluate(async () => (await chrome.alarms.get('rust-radar-poll'))?.periodInMinutes);

  async function restartBrowser() {
    await ext.close();
    ext = await launchExtension(server.port, ext.userDataDir);
    watchErrors(ext);
    options = await openExtensionPage(ext, 'options.html');
  }

  beforeAll(async () => {
    server = await startFeedServer();
    server.respondWith(rssWithEtag(DEV_FEED, '"fixture-1"'));
    ext = await launchExtension(server.port);
    watchErrors(ext);
    options = await openExtensionPage(ext, 'options.html');
    // The install poll stores the fixture; the open page hears "poll finished" and re-reads.
    // Two of its posts do not look like Rust and are folded by default.
    expect(await badge('10')).toBe('10');
  });

  afterAll(async () => {
    await ext?.dispose();
    await server?.close();
  });

  it('folds the posts that do not look like Rust by default, and lists all 12 with Show', async () => {
    await summary('10 of 12 stored posts shown').waitFor();
    const preview = options.getByRole('list', { name: 'Hidden posts' });
    expect(await preview.getByText(/^folded as not Rust: /).count()).toBe(2);
    // The filters below are about the reader's own rules: every post shown to start with.
    await options
      .getByRole('radiogroup', { name: "Posts that don't look like Rust" })
      .getByRole('radio', { name: 'Show' })
      .check();
    await summary('12 of 12 stored posts shown').waitFor();
    expect(await badge('12')).toBe('12');
  });

  it('lists every stored tag with its post count, most frequent first', async () => {
    await summary('12 of 12 stored posts shown').waitFor();
    const rows = options.getByRole('list', { name: 'Tags' }).getByRole('listitem');
    expect(await rows.count()).toBe(24);
    expect(await rows.first().textContent()).toMatch(/^rust12 posts/);
    expect(await options.getByRole('checkbox', { name: 'Notify for career' }).isChecked()).toBe(
      true,
    );
  });

  it('works from the keyboard: arrow keys move between Show, Hide and Only', async () => {
    await radio('career', 'Show').focus();
    await options.keyboard.press('ArrowRight');
    expect(await radio('career', 'Hide').isChecked()).toBe(true);
    await summary('11 of 12 stored posts shown').waitFor();
    await options.keyboard.press('ArrowLeft');
    expect(await radio('career', 'Show').isChecked()).toBe(true);
    await summary('12 of 12 stored posts shown').waitFor();
  });

  it('hides career posts everywhere: preview, popup (11) and badge (11)', async () => {
    await radio('career', 'Hide').check();
    await summary('11 of 12 stored posts shown').waitFor();
    await options.getByText('hidden: tag career').waitFor();
    expect(await badge('11')).toBe('11');
    expect(await popupTitles(11)).toHaveLength(11);
  });

  it('with tokio set to Only, the popup lists just the tokio post', async () => {
    await radio('tokio', 'Only').check();
    await summary('1 of 12 stored posts shown').waitFor();
    expect(await badge('1')).toBe('1');
    expect(await popupTitles(1)).toEqual([TOKIO_POST]);
  });

  it('back to Show, all 12 posts return', async () => {
    await options.getByRole('button', { name: 'Set every tag to Show' }).click();
    await summary('12 of 12 stored posts shown').waitFor();
    expect(await badge('12')).toBe('12');
    expect(await popupTitles(12)).toHaveLength(12);
  });

  it('changing the poll interval reschedules the alarm', async () => {
    expect(await alarmPeriod()).toBe(15);
    await options.getByRole('combobox', { name: 'Check for new posts every' }).selectOption('60');
    expect(await waitForValue(alarmPeriod, 60)).toBe(60);
  });

  it('keeps settings across a browser restart, stored compactly in sync storage', async () => {
    await radio('career', 'Hide').check();
    await options.getByRole('checkbox', { name: 'Notify for webdev' }).uncheck();
    const keep = () => options.getByRole('spinbutton', { name: 'Keep read posts for' });
    await keep().fill('30');
    await keep().press('Enter');
    await waitForValue(async () => (await syncStorage()).settings?.keepReadDays, 30);

    await restartBrowser();
    await summary('11 of 12 stored posts shown').waitFor();
    expect(await radio('career', 'Hide').isChecked()).toBe(true);
    expect(await options.getByRole('checkbox', { name: 'Notify for webdev' }).isChecked()).toBe(
      false,
    );
    expect(await keep().inputValue()).toBe('30');
    expect(
      await options.getByRole('combobox', { name: 'Check for new posts every' }).inputValue(),
    ).toBe('60');
    expect(await badge('11')).toBe('11');
    expect(await syncStorage()).toMatchObject({
      settings: { tagModes: { career: 'hide' }, tagNotify: { webdev: false }, keepReadDays: 30 },
      settings$: { v: 3 },
    });
  });

  it('migrates a version 1 value found at start-up', async () => {
    await options.evaluate(() =>
      chrome.storage.sync.set({
        settings: { tagModes: { Tokio: 'only', rust: 'show' }, tagNotify: { rust: true } },
        settings$: { v: 1 },
      }),
    );
    await restartBrowser();
    await summary('1 of 12 stored posts shown').waitFor();
    expect(await radio('tokio', 'Only').isChecked()).toBe(true);
    const stored = await syncStorage();
    expect(stored.settings$).toEqual({ v: 3 });
    expect(stored.settings).toMatchObject({ tagModes: { tokio: 'only' }, tagNotify: {} });
  });

  it('falls back to defaults when the stored value is corrupt', async () => {
    await options.evaluate(() => chrome.storage.sync.set({ settings: 'not settings' }));
    // The defaults fold the two posts that do not look like Rust.
    await summary('10 of 12 stored posts shown').waitFor();
    expect(await badge('10')).toBe('10');
    expect(await radio('tokio', 'Show').isChecked()).toBe(true);
    await options
      .getByRole('radiogroup', { name: "Posts that don't look like Rust" })
      .getByRole('radio', { name: 'Show' })
      .check();
    await summary('12 of 12 stored posts shown').waitFor();
  });

  it('exports settings to a file and imports them back; a bad file changes nothing', async () => {
    await radio('career', 'Hide').check();
    await summary('11 of 12 stored posts shown').waitFor();
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export settings to a file' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^rust-radar-settings-\d{4}-\d\d-\d\d\.json$/);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(exported).toMatchObject({ app: 'rust-radar', version: 3 });
    expect(exported.settings.tagModes).toEqual({ career: 'hide' });

    await options.getByRole('button', { name: 'Set every tag to Show' }).click();
    await summary('12 of 12 stored posts shown').waitFor();
    const file = options.getByLabel('Settings file to import');
    await file.setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"app":"rust-radar","version":2,"settings":{"tagModes":[]}}'),
    });
    await options
      .getByText('Nothing was imported. “tagModes” must map tags', { exact: false })
      .waitFor();
    await summary('12 of 12 stored posts shown').waitFor();

    await file.setInputFiles({
      name: 'good.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(exported)),
    });
    await options.getByText('Settings imported.').waitFor();
    await summary('11 of 12 stored posts shown').waitFor();
    expect(await badge('11')).toBe('11');
  });

  it('clears all stored posts after an in-page confirmation, emptying the badge', async () => {
    await options.getByRole('button', { name: 'Clear all stored posts…' }).click();
    expect(await storedPostCount(options)).toBe(12);
    await options.getByRole('button', { name: 'Delete all stored posts' }).click();
    await options.getByText('All stored posts were deleted.').waitFor();
    expect(await storedPostCount(options)).toBe(0);
    expect(await badge('')).toBe('');
    await summary('0 of 0 stored posts shown').waitFor();
  });

  it('logged no errors on the way', () => {
    expect(errors).toEqual([]);
  });
});
