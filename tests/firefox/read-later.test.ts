import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_FEED, isFoldedInDevFixture, itemsNewestFirst } from '../harness/dev-feed-builder';
import { waitForValue } from '../harness/extension';
import { rssWithEtag, startFeedServer, type FeedServer } from '../harness/feed-server';
import { feedState } from '../harness/stored-posts';
import { badgeText, clearNotifications, moveReturnsTo, notificationIds } from './addon-page';
import { launchFirefoxExtension, type LaunchedFirefox } from './firefox-extension';
import { makeLocalCa } from './local-ca';

// Save and snooze in the Firefox build: Firefox notifications have no buttons, the rest is
// the same as in Chromium (tests/browser/read-later.test.ts has the full walk).
describe('read it later in Firefox ESR', () => {
  let server: FeedServer;
  let firefox: LaunchedFirefox;
  let popup: Page;
  // The two posts that do not look like Rust are folded: the list shows the other ten.
  const [first, second] = itemsNewestFirst(DEV_FEED).filter(
    (item) => !isFoldedInDevFixture(item.title),
  );
  /** Clicks the button labelled `label` in the post titled `title`. */
  const clickInPost = (title: string, label: string) =>
    popup.evaluate(
      (title, label) => {
        const post = [...document.querySelectorAll('li.post')].find(
          (item) => item.querySelector('.post-title')?.textContent === title,
        );
        const button = post?.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`);
        if (!button) throw new Error(`No ${label} button in “${title}”`);
        button.click();
      },
      title,
      label,
    );
  const titlesShown = () =>
    popup.evaluate(() =>
      [...document.querySelectorAll('.post-title')].map((title) => title.textContent),
    );

  beforeAll(async () => {
    const ca = makeLocalCa(['dev.to']);
    server = await startFeedServer(ca.server);
    server.respondWith(rssWithEtag(DEV_FEED, '"fixture"'));
    firefox = await launchFirefoxExtension(server.port, ca.caCert);
    popup = await firefox.openPage('popup.html');
    await waitForValue(async () => ((await feedState(popup))?.lastSuccessAt ?? 0) > 0, true);
    await waitForValue(() => badgeText(popup), '10');
    // Opened again now that the posts are stored (the first one listed nothing yet).
    await popup.close();
    popup = await firefox.openPage('popup.html');
    await waitForValue(async () => (await titlesShown()).length, 10);
  });

  afterAll(async () => {
    await firefox?.dispose();
    await server?.close();
  });

  it('saves a post and lists it in the Saved view', async () => {
    await clickInPost(first!.title, 'Save for later');
    const pressed = () =>
      popup.evaluate(
        () => document.querySelector('button[aria-label="Save for later"]')?.ariaPressed,
      );
    expect(await waitForValue(pressed, 'true')).toBe('true');
    await popup.click('::-p-aria(Saved)');
    expect(await waitForValue(async () => (await titlesShown()).join(), first!.title)).toBe(
      first!.title,
    );
    await popup.click('::-p-aria(Unread)');
    await waitForValue(async () => (await titlesShown()).length, 10);
  });

  it('snoozes a post: badge 9 at once, then back unread with one notification', async () => {
    await clearNotifications(popup);
    await clickInPost(second!.title, 'Snooze');
    await popup.click('::-p-text(Later today)');
    expect(await waitForValue(() => badgeText(popup), '9')).toBe('9');
    // The list re-reads after the badge is set: wait for it rather than race it.
    expect(
      await waitForValue(async () => (await titlesShown()).includes(second!.title), false),
    ).toBe(false);

    expect(await moveReturnsTo(popup, Date.now() + 1500)).toBe(1);

    expect(await waitForValue(() => badgeText(popup), '10')).toBe('10');
    const ids = await waitForValue(async () => (await notificationIds(popup)).length, 1);
    expect(ids).toBe(1);
    expect((await notificationIds(popup))[0]).toMatch(/^radar-back:/);
  });

  it('logged no error from the add-on along the way', () => {
    expect(firefox.addonErrors).toEqual([]);
  });
});
