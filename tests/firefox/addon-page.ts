import type { Page } from 'puppeteer-core';
import { POLL_LOCK_NAME } from '../../utils/poll/poll-lock';
import { patchStoredPostsInPage } from '../harness/edit-stored-posts';
import { waitForValue } from '../harness/extension';

// What the tests read and do with the add-on's privileges: each function runs in one of its
// pages (options.html, popup.html in a tab), where Firefox's `browser` is available.

/**
 * What the tests call of Firefox's `browser` (promise-based; MV2, so `browserAction`), in the
 * functions below that run in the add-on's pages.
 */
declare const browser: {
  alarms: {
    get(name: string): Promise<{ periodInMinutes?: number } | undefined>;
    create(name: string, info: { when: number; periodInMinutes?: number }): Promise<void>;
  };
  browserAction: { getBadgeText(details: object): Promise<string>; openPopup(): Promise<void> };
  extension: { getViews(filter: { type: 'popup' }): Window[] };
  notifications: { getAll(): Promise<object>; clear(id: string): Promise<boolean> };
  permissions: { contains(permissions: { origins: string[] }): Promise<boolean> };
  windows: {
    getCurrent(): Promise<{ id: number }>;
    update(id: number, info: { focused: boolean }): Promise<unknown>;
  };
};

/** The toolbar badge's text, read from an extension page. */
export function badgeText(page: Page): Promise<string> {
  return page.evaluate(() => browser.browserAction.getBadgeText({}));
}

/** The ids of the notifications the add-on shows now, read from an extension page. */
export function notificationIds(page: Page): Promise<string[]> {
  return page.evaluate(async () => Object.keys(await browser.notifications.getAll()));
}

/** Whether the add-on holds the host permission `origin` (`https://host/*`). */
export function grantedOrigin(page: Page, origin: string): Promise<boolean> {
  return page.evaluate((origin) => browser.permissions.contains({ origins: [origin] }), origin);
}

/** Closes every notification the add-on shows, from an extension page. */
export function clearNotifications(page: Page): Promise<void> {
  return page.evaluate(async () => {
    for (const id of Object.keys(await browser.notifications.getAll())) {
      await browser.notifications.clear(id);
    }
  });
}

/** Forces a poll the way the alarm would: re-create the alarm due now, from an extension page. */
export function firePollAlarm(page: Page): Promise<void> {
  return page.evaluate(async () => {
    const alarm = await browser.alarms.get('rust-radar-poll');
    await browser.alarms.create('rust-radar-poll', {
      when: Date.now(),
      periodInMinutes: alarm?.periodInMinutes ?? 15,
    });
  });
}

/**
 * Resolves once no poll holds the poll lock (a Web Lock shared by every context of the
 * add-on): a poll that has started has then stored, set the badge and shown its notifications.
 */
export async function pollLockFree(page: Page): Promise<void> {
  await page.evaluate((name) => navigator.locks.request(name, async () => {}), POLL_LOCK_NAME);
}

/**
 * Opens the real toolbar popup (`browserAction.openPopup` needs a focused window) from an
 * extension page, and waits until the popup's document has loaded.
 */
export async function openToolbarPopup(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const current = await browser.windows.getCurrent();
    await browser.windows.update(current.id, { focused: true });
    await browser.browserAction.openPopup();
  });
  const loaded = () =>
    page.evaluate(async () =>
      browser.extension
        .getViews({ type: 'popup' })
        .some((view) => view.document.readyState === 'complete'),
    );
  if (!(await waitForValue(loaded, true))) throw new Error('The toolbar popup did not open');
}

/** The post titles the open toolbar popup lists, top to bottom (read from an extension page). */
export function toolbarPopupTitles(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const [popup] = browser.extension.getViews({ type: 'popup' });
    const titles = popup?.document.querySelectorAll('.post-title') ?? [];
    return [...titles].map((title) => title.textContent?.trim() ?? '');
  });
}

/**
 * Brings every snoozed post's return to `when` and sets the return alarm for it (as
 * `firePollAlarm` does for the poll), from an extension page. Returns how many are snoozed.
 */
export async function moveReturnsTo(page: Page, when: number): Promise<number> {
  const moved = await page.evaluate(patchStoredPostsInPage, {
    ids: null,
    fields: { snoozedUntil: when },
  });
  await page.evaluate((when) => browser.alarms.create('rust-radar-return', { when }), when);
  return moved;
}
