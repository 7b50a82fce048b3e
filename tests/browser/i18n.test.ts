import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  badgeText,
  EXTENSION_DIR,
  launchExtension,
  openExtensionPage,
  waitForValue,
  type LaunchedExtension,
} from '../harness/extension';
import { rssWithEtag, startFeedServer, type FeedServer } from '../harness/feed-server';

// The built extension takes its words from _locales: the manifest names messages instead of
// holding English, and the pages and the worker read them through chrome.i18n.
const DEV_FIXTURE = readFileSync(resolve(__dirname, '../fixtures/dev-to-rust.rss.xml'), 'utf8');
const built = (path: string) => readFileSync(join(EXTENSION_DIR, path), 'utf8');

describe('localization of the built extension', () => {
  it('names its messages in the manifest, English being the default locale', () => {
    const manifest = JSON.parse(built('manifest.json')) as Record<string, unknown>;
    expect(manifest).toMatchObject({
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      default_locale: 'en',
      action: { default_title: '__MSG_extName__' },
    });
  });

  it('ships the English messages file as written', () => {
    const source = readFileSync(resolve(__dirname, '../../public/_locales/en/messages.json'));
    expect(built('_locales/en/messages.json')).toBe(source.toString('utf8'));
  });

  describe('in Chromium', () => {
    let server: FeedServer;
    let ext: LaunchedExtension;

    beforeAll(async () => {
      server = await startFeedServer();
      server.respondWith(rssWithEtag(DEV_FIXTURE));
      ext = await launchExtension(server.port);
    });

    afterAll(async () => {
      await ext?.dispose();
      await server?.close();
    });

    it('resolves the manifest’s name and description from the messages file', async () => {
      const page = await openExtensionPage(ext, 'popup.html');
      const manifest = await page.evaluate(() => chrome.runtime.getManifest());
      expect(manifest.name).toBe('Rust Radar');
      expect(manifest.description).toBe(
        'New Rust posts from DEV the moment they appear, without the noise.',
      );
      await page.close();
    });

    it('words the badge tooltip in the worker, plural and all', async () => {
      const page = await openExtensionPage(ext, 'popup.html');
      // Two of the fixture's 12 posts are folded as not Rust.
      expect(await waitForValue(() => badgeText(page), '10')).toBe('10');
      expect(await page.evaluate(() => chrome.action.getTitle({}))).toBe(
        'Rust Radar — 10 unread Rust posts',
      );
      await page.close();
    });

    it('gives the pages their language, title and words', async () => {
      const popup = await openExtensionPage(ext, 'popup.html');
      await popup.getByRole('heading', { name: 'Rust Radar', level: 1 }).waitFor();
      expect(await popup.title()).toBe('Rust Radar');
      expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(/^en\b/);
      expect(await popup.evaluate(() => document.documentElement.dir)).toBe('ltr');
      await popup.getByRole('button', { name: 'Mark all read' }).waitFor();

      const options = await openExtensionPage(ext, 'options.html');
      await options.getByRole('heading', { name: 'Rust Radar settings', level: 1 }).waitFor();
      expect(await options.title()).toBe('Rust Radar settings');
      await options.getByText('10 of 12 stored posts shown').waitFor();
      await Promise.all([popup.close(), options.close()]);
    });
  });
});
