import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_FEED } from '../harness/dev-feed-builder';
import {
  launchExtension,
  openExtensionPage,
  waitForValue,
  type LaunchedExtension,
} from '../harness/extension';
import { rssWithEtag, startFeedServer, type FeedServer } from '../harness/feed-server';

const OPML = `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>Feeds</title></head><body>
  <outline type="rss" text="DEV tokio" xmlUrl="https://dev.to/feed/tag/tokio"/>
</body></opml>`;

// The OPML importer is a script of its own that the options page loads only when the reader
// imports a file: it must load under the extension's CSP and do the import.
describe('OPML import in Chromium', () => {
  let server: FeedServer;
  let ext: LaunchedExtension;
  let options: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    server = await startFeedServer();
    server.respondWith(rssWithEtag(DEV_FEED));
    ext = await launchExtension(server.port);
    ext.context.on('weberror', (error) => errors.push(String(error.error())));
    options = await openExtensionPage(ext, 'options.html');
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('loads the importer only on import, then imports the file’s feeds', async () => {
    const scripts = () =>
      options.evaluate(() =>
        [...document.scripts].map((script) => new URL(script.src || location.href).pathname),
      );
    await options.getByRole('button', { name: 'Import OPML…' }).waitFor();
    expect(await scripts()).not.toContain('/opml-parser.js');

    const chooser = options.waitForEvent('filechooser');
    await options.getByRole('button', { name: 'Import OPML…' }).click();
    await (
      await chooser
    ).setFiles({ name: 'feeds.opml', mimeType: 'text/x-opml', buffer: Buffer.from(OPML) });

    await options.getByText(/Imported 1 feed\./).waitFor();
    expect(await scripts()).toContain('/opml-parser.js');
    const stored = await waitForValue(
      () =>
        options.evaluate(async () => {
          const { sources } = await chrome.storage.local.get('sources');
          return JSON.stringify(sources ?? []).includes('dev.to/feed/tag/tokio');
        }),
      true,
    );
    expect(stored).toBe(true);
    expect(errors).toEqual([]);
  });
});
