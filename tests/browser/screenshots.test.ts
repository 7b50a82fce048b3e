import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_FEED, devFeedAsOf } from '../harness/dev-feed-builder';
import {
  currentWorker,
  firePollAlarm,
  launchExtension,
  openPopup,
  openExtensionPage,
  waitForValue,
  type LaunchedExtension,
} from '../harness/extension';
import { rssWithEtag, startFeedServer, type FeedServer } from '../harness/feed-server';
import { drawStoreCanvas, STORE_SIZE } from './store-canvas';
import { shippedTranslator } from '../unit/i18n/shipped-locales';

// The README's screenshots, the popup in German and Japanese (docs/translating.md) and the
// stores' 1280 × 800 ones (docs/store/), taken from the built extension so they never go
// stale. Every run renders and checks each page; only `UPDATE_SCREENSHOTS=1` writes the PNGs
// into docs/, so CI never dirties the tree:
//   WXT_OUT_DIR=.tmp/a11y-out npx wxt build &&
//   UPDATE_SCREENSHOTS=1 WXT_OUT_DIR=.tmp/a11y-out npx vitest run \
//     --config vitest.browser.config.ts tests/browser/screenshots.test.ts

const UPDATE = process.env.UPDATE_SCREENSHOTS === '1';
const DOCS = resolve(__dirname, '../../docs');
const ICON = readFileSync(resolve(__dirname, '../../public/icon/128.png'));

/**
 * Checks `png` is an image of the expected width (and height, when given), and writes it to
 * docs/`name` when updating.
 */
function keep(name: string, png: Buffer, width: number, height?: number): void {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(png.readUInt32BE(16)).toBe(width);
  if (height !== undefined) expect(png.readUInt32BE(20)).toBe(height);
  if (!UPDATE) return;
  mkdirSync(dirname(join(DOCS, name)), { recursive: true });
  writeFileSync(join(DOCS, name), png);
}

/**
 * The viewport drawn at `scale` device pixels per CSS pixel, so a page laid out at its
 * two-column width (60em = 960 px) still makes a PNG under 900 px wide.
 */
async function scaledScreenshot(page: Page, scale: number): Promise<Buffer> {
  const { width, height } = page.viewportSize()!;
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Emulation.setDeviceMetricsOverride', {
      width,
      height,
      deviceScaleFactor: scale,
      mobile: false,
    });
    const { data } = await cdp.send('Page.captureScreenshot', { format: 'png' });
    return Buffer.from(data, 'base64');
  } finally {
    await cdp.send('Emulation.clearDeviceMetricsOverride');
    await cdp.detach();
  }
}

/** Moves the pointer off every control (no hover highlight) and focus off the page. */
async function settle(page: Page): Promise<void> {
  await page.mouse.click(1, 1);
  await page.mouse.move(1, 1);
}

describe('README screenshots of the popup and the options page', () => {
  let server: FeedServer;
  let ext: LaunchedExtension;
  let popup: Page;

  beforeAll(async () => {
    server = await startFeedServer();
    server.respondWith(rssWithEtag(devFeedAsOf(Date.now())));
    ext = await launchExtension(server.port);
    popup = await openPopup(ext);
    // Ten listed; the courier advert and the self-promotion post wait in "Not Rust? (2)".
    await popup.getByRole('listitem').nth(9).waitFor({ timeout: 20_000 });
  });

  afterAll(async () => {
    await ext?.dispose();
    await server?.close();
  });

  it.each(['light', 'dark'] as const)(
    'popup, %s: 10 unread posts from DEV, two folded as not Rust',
    async (colorScheme) => {
      await popup.emulateMedia({ colorScheme });
      await settle(popup);
      expect(await popup.getByRole('listitem').count()).toBe(10);
      await popup.getByText('10 unread', { exact: true }).waitFor();
      await popup.getByText('Not Rust? (2)', { exact: true }).waitFor();
      await popup.getByText(/^Updated /).waitFor();
      const background = await popup.evaluate(
        () => getComputedStyle(document.body).backgroundColor,
      );
      expect(background).toBe(colorScheme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(23, 24, 27)');
      keep(
        `popup-${colorScheme}.png`,
        await popup.screenshot({ animations: 'disabled', caret: 'hide' }),
        400,
      );
    },
  );

  it('popup with a post’s preview expanded', async () => {
    await popup.emulateMedia({ colorScheme: 'light' });
    const first = popup.getByRole('listitem').first();
    await first.getByRole('button', { name: 'Preview' }).click();
    await first.locator('.post-summary pre').first().waitFor();
    await settle(popup);
    expect(await first.getByRole('button', { name: 'Preview' }).getAttribute('aria-expanded')).toBe(
      'true',
    );
    keep('preview.png', await popup.screenshot({ animations: 'disabled', caret: 'hide' }), 400);
    await first.getByRole('button', { name: 'Preview' }).click();
  });

  it.each([
    {
      name: 'store/1-popup.png',
      preview: false,
      headline: 'Every new Rust post, the moment it appears',
      points: [
        'DEV’s #rust feed, This Week in Rust, the Rust Blog and any feed you add',
        'The unread count on the toolbar, a notification for what is new',
        'Search, filter and mark read from the keyboard',
      ],
    },
    {
      name: 'store/2-preview.png',
      preview: true,
      headline: 'Read the gist without leaving the popup',
      points: [
        'Space opens a post’s summary, sanitized',
        'Images load only when you ask',
        'Mute an author in one click',
      ],
    },
  ])('store listing, 1280 × 800: $name', async ({ name, preview, headline, points }) => {
    await popup.emulateMedia({ colorScheme: 'light' });
    const first = popup.getByRole('listitem').first();
    if (preview) {
      await first.getByRole('button', { name: 'Preview' }).click();
      await first.locator('.post-summary pre').first().waitFor();
    }
    await settle(popup);
    // Twice the pixels, drawn at 480 px wide: sharp where an upscaled capture would blur.
    const png = await scaledScreenshot(popup, 2);
    keep(name, await drawStoreCanvas(ext.context, { png, headline, points }), 1280, 800);
    if (preview) await first.getByRole('button', { name: 'Preview' }).click();
  });

  it('popup, the Saved view: two posts saved for later, one of them snoozed', async () => {
    await popup.emulateMedia({ colorScheme: 'light' });
    const post = (n: number) => popup.getByRole('listitem').nth(n);
    const third = (await post(2).locator('.post-title').textContent())!;
    await post(0).getByRole('button', { name: 'Save for later' }).click();
    await post(2).getByRole('button', { name: 'Save for later' }).click();
    await post(2).getByRole('button', { name: 'Snooze' }).click();
    await popup.getByRole('button', { name: 'Tomorrow morning' }).click();
    await popup.getByRole('listitem').filter({ hasText: third }).waitFor({ state: 'detached' });
    await popup.getByRole('button', { name: 'Saved', exact: true }).click();
    const saved = popup.getByRole('list', { name: 'Saved posts' }).getByRole('listitem');
    await expect.poll(() => saved.count()).toBe(2);
    await saved.filter({ hasText: 'Snoozed until' }).waitFor();
    await settle(popup);
    keep('popup-saved.png', await popup.screenshot({ animations: 'disabled', caret: 'hide' }), 400);
    await popup.getByRole('button', { name: 'Unread', exact: true }).click();
  });

  it('options page with a hidden tag and a muted author', async () => {
    const options = await openExtensionPage(ext, 'options.html');
    await options.setViewportSize({ width: 1000, height: 1000 });
    // Two posts are folded as not Rust from the start; the filters hide one more (the courier
    // advert, tagged career, is folded already).
    await options.getByText('10 of 12 stored posts shown', { exact: true }).waitFor();
    await options
      .getByRole('radiogroup', { name: 'career', exact: true })
      .getByRole('radio', { name: 'Hide' })
      .check();
    const mute = options.getByLabel('Mute an author', { exact: false });
    await mute.fill('ServBay');
    await mute.press('Enter');
    await options.getByText('9 of 12 stored posts shown', { exact: true }).waitFor();
    expect(
      await options.getByRole('list', { name: 'Hidden posts' }).getByRole('listitem').count(),
    ).toBe(3);
    await settle(options);
    await options.evaluate(() => window.scrollTo(0, 0));
    keep('options.png', await scaledScreenshot(options, 0.9), 900);
    await options.close();
  });

  it('store listing, 1280 × 800: the options page with those filters', async () => {
    const options = await openExtensionPage(ext, 'options.html');
    await options.setViewportSize(STORE_SIZE);
    await options.getByText('9 of 12 stored posts shown', { exact: true }).waitFor();
    await settle(options);
    const png = await options.screenshot({ animations: 'disabled', caret: 'hide' });
    keep('store/3-options.png', png, STORE_SIZE.width, STORE_SIZE.height);
    await options.close();
  });
});

// The popup in two of its languages (docs/translating.md): German has the longest words,
// Japanese the widest glyphs (Debian needs fonts-noto-cjk for them).
describe.each(['de', 'ja'])('screenshot of the popup in %s', (lang) => {
  const t = shippedTranslator(lang);
  let server: FeedServer;
  let ext: LaunchedExtension;

  beforeAll(async () => {
    server = await startFeedServer();
    server.respondWith(rssWithEtag(devFeedAsOf(Date.now())));
    ext = await launchExtension(server.port, undefined, { lang });
  });

  afterAll(async () => {
    await ext?.dispose();
    await server?.close();
  });

  it('10 unread posts from DEV, in its words and its dates', async () => {
    const popup = await openPopup(ext);
    await popup.getByRole('listitem').nth(9).waitFor({ timeout: 20_000 });
    await popup.getByText(t.plural('popupUnreadCount', 10), { exact: true }).waitFor();
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe(lang);
    await settle(popup);
    keep(
      `popup-${lang}.png`,
      await popup.screenshot({ animations: 'disabled', caret: 'hide' }),
      400,
    );
  });
});

/** What the extension passed to `chrome.notifications.create`, recorded in its worker. */
interface ShownNotification {
  id: string;
  options: {
    type: string;
    title: string;
    message: string;
    iconUrl: string;
    buttons?: { title: string }[];
  };
}

// Headless Chromium shows no OS notifications, so nothing can photograph one. This records
// the real options the extension hands to chrome.notifications.create for three new DEV posts
// and draws them the way Chrome's own notification popups lay them out. The picture is a
// mock (README says so); its words, icon and buttons are the extension's.
describe('README screenshot of a notification', () => {
  let server: FeedServer;
  let ext: LaunchedExtension;

  beforeAll(async () => {
    server = await startFeedServer();
    ext = await launchExtension(server.port);
  });

  afterAll(async () => {
    await ext?.dispose();
    await server?.close();
  });

  it('three new posts, one folded as not Rust, a notification for each of the others', async () => {
    // The install poll sees the fixture without its three newest posts (a welcome, no more)…
    const items = DEV_FEED.split('<item>');
    const older = [items[0], ...items.slice(4)].join('<item>');
    server.respondWith(rssWithEtag(older, '"older"'));
    const page = await openExtensionPage(ext, 'options.html');
    const shownIds = () =>
      page.evaluate(async () => Object.keys(await chrome.notifications.getAll()));
    expect(await waitForValue(async () => (await shownIds()).join(), 'radar-welcome')).toBe(
      'radar-welcome',
    );

    const worker = await currentWorker(ext.context);
    await worker.evaluate(() => {
      const scope = globalThis as unknown as { shown: unknown[] };
      scope.shown = [];
      const api = chrome.notifications as unknown as Record<
        string,
        (...args: unknown[]) => unknown
      >;
      const create = api.create!.bind(chrome.notifications);
      api.create = (id, options) => {
        scope.shown.push({ id, options });
        return create(id, options);
      };
    });

    // …then the next poll finds them.
    server.respondWith(rssWithEtag(DEV_FEED, '"all"'));
    await firePollAlarm(page);
    const recorded = () =>
      worker.evaluate(() => (globalThis as unknown as { shown: ShownNotification[] }).shown);
    // The third, the daily self-promotion post, is folded as not Rust: no notification.
    expect(await waitForValue(async () => (await recorded()).length, 2)).toBe(2);
    const shown = await recorded();
    // Recorded as create is called; the browser lists a notification once it is shown.
    const allShown = async () => {
      const ids = await shownIds();
      return shown.every((n) => ids.includes(n.id));
    };
    expect(await waitForValue(allShown, true)).toBe(true);
    expect(shown.map((n) => n.options.title)).toEqual([
      'Unions: delving into unsafe Rust',
      'What I Learned Building HiyokoBar — A Menubar App That Does One Thing Per Click',
    ]);
    for (const { options } of shown) {
      expect(options).toMatchObject({
        type: 'basic',
        buttons: [{ title: 'Mark read' }, { title: 'Save' }],
      });
      expect(options.iconUrl).toBe(`chrome-extension://${ext.extensionId}/icon/128.png`);
    }

    const mock = await ext.context.newPage();
    await mock.setViewportSize({ width: 420, height: 400 });
    await mock.setContent(NOTIFICATION_PAGE);
    await mock.evaluate(drawNotifications, {
      notifications: shown.slice(0, 2),
      // The page cannot load chrome-extension:// files; the same icon comes from public/.
      icon: `data:image/png;base64,${ICON.toString('base64')}`,
    });
    const stack = mock.locator('.stack');
    expect(await stack.locator('.notification').count()).toBe(2);
    keep('notification.png', await stack.screenshot({ animations: 'disabled' }), 420);
    await mock.close();
  });
});

/** Chrome's notification popup, roughly: app line, title, message, icon, one button row. */
const NOTIFICATION_PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><style>
  body { margin: 0; font: 13px/1.4 system-ui, sans-serif; }
  .stack { width: 420px; padding: 16px 16px 16px; box-sizing: border-box; display: grid; gap: 10px;
    background: linear-gradient(135deg, #3b4a63, #23303f); }
  .notification { background: #fff; color: #202124; border-radius: 10px; overflow: hidden;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.35); }
  .app { display: flex; align-items: center; gap: 6px; padding: 10px 14px 0; color: #5f6368; font-size: 12px; }
  .app img { width: 16px; height: 16px; }
  .app .close { margin-left: auto; font-size: 15px; line-height: 1; }
  .content { display: grid; grid-template-columns: 1fr 44px; gap: 12px; padding: 4px 14px 10px; }
  .title { font-weight: 600; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden; }
  .message { color: #5f6368; margin-top: 2px; }
  .content img { width: 44px; height: 44px; border-radius: 6px; }
  .buttons { border-top: 1px solid #e8eaed; padding: 6px 8px; }
  .buttons span { display: inline-block; padding: 4px 8px; color: #1a73e8; font-weight: 600; }
</style></head><body><div class="stack"></div></body></html>`;

/** Runs in the mock page: one card per notification, text set as text. */
function drawNotifications(input: { notifications: ShownNotification[]; icon: string }): void {
  const stack = document.querySelector('.stack')!;
  const el = (tag: string, className: string, text = '') => {
    const node = document.createElement(tag);
    node.className = className;
    node.textContent = text;
    return node;
  };
  for (const { options } of input.notifications) {
    const card = el('div', 'notification');
    const app = el('div', 'app');
    const small = document.createElement('img');
    small.src = input.icon;
    small.alt = '';
    app.append(small, el('span', '', 'Rust Radar · now'), el('span', 'close', '×'));
    const content = el('div', 'content');
    const text = el('div', '');
    text.append(el('div', 'title', options.title), el('div', 'message', options.message));
    const icon = document.createElement('img');
    icon.src = input.icon;
    icon.alt = '';
    content.append(text, icon);
    const buttons = el('div', 'buttons');
    for (const button of options.buttons ?? []) buttons.append(el('span', '', button.title));
    card.append(app, content, buttons);
    stack.append(card);
  }
}
