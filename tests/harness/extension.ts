import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { LIVE_ATTRIBUTE } from '../../utils/popup/page-module';

/** The built extension; WXT_OUT_DIR lets parallel runs build into folders of their own. */
export const EXTENSION_DIR = resolve(
  __dirname,
  '../..',
  process.env.WXT_OUT_DIR ?? '.output',
  'chrome-mv3',
);
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface LaunchedExtension {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  userDataDir: string;
  /** Closes the browser; the profile stays for a relaunch until `dispose`. */
  close(): Promise<void>;
  dispose(): Promise<void>;
}

export interface LaunchOptions {
  /**
   * More hosts to map to the local feed server besides dev.to (`blog.rust-lang.org`), each on
   * port 443; the server tells them apart by the Host header. Default: none.
   */
  extraHosts?: readonly string[];
  /**
   * Another build of the extension (a test build), or several copies side by side (the bench
   * measures three stores in one browser); with several, `worker` and `extensionId` are the
   * first copy's to start, and callers tell the copies apart by their files. Default:
   * EXTENSION_DIR.
   */
  extensionDir?: string | readonly string[];
  /** Page size for new tabs (the bench uses the popup's 400 × 600). Default: Playwright's. */
  viewport?: { width: number; height: number };
  /**
   * The browser's UI language (`--lang`), which picks the extension's `_locales` file: `de`,
   * `ja`, `pt-BR`. Headless Chromium still reports "en-US" from `i18n.getUILanguage()`, so the
   * translator's locale comes from the file's `locale` message. Default: Chromium's (en-US).
   */
  lang?: string;
}

/**
 * Starts Debian's Chromium with the built extension, dev.to (and `options.extraHosts`) mapped
 * to the local feed server, every other host unresolvable. Pass the same `userDataDir` again
 * to simulate a browser restart.
 */
export async function launchExtension(
  feedPort: number,
  userDataDir = mkdtempSync(join(tmpdir(), 'radar-profile-')),
  options: LaunchOptions = {},
): Promise<LaunchedExtension> {
  const { extraHosts = [], extensionDir = EXTENSION_DIR, viewport, lang } = options;
  const extensionDirs = [extensionDir].flat().join(',');
  const mapped = ['dev.to', ...extraHosts].map((host) => `MAP ${host}:443 127.0.0.1:${feedPort}`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    ...(viewport ? { viewport } : {}),
    args: [
      `--disable-extensions-except=${extensionDirs}`,
      `--load-extension=${extensionDirs}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      `--host-resolver-rules=${[...mapped, 'MAP * ~NOTFOUND'].join(', ')}`,
      '--ignore-certificate-errors',
      ...(lang ? [`--lang=${lang}`] : []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    userDataDir,
    close: () => context.close(),
    async dispose() {
      await context.close().catch(() => {});
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The extension's current service worker (a new one after a stop or restart). */
export async function currentWorker(context: BrowserContext): Promise<Worker> {
  const workers = context.serviceWorkers();
  return workers[workers.length - 1] ?? context.waitForEvent('serviceworker');
}

/** chrome-extension://<id>/<path>: a page or file of the extension with that id. */
export function extensionUrl(extensionId: string, path: string): string {
  return `chrome-extension://${extensionId}/${path}`;
}

/** The toolbar popup's size: tabs that stand in for it are this big. */
export const POPUP_VIEWPORT = { width: 400, height: 600 };

/**
 * Opens popup.html in a tab the popup's size; `initScript` runs in it before the page's own
 * scripts (to watch it from its first moment), given `arg` (serialized: it runs in the page).
 */
export async function openPopup<Arg>(
  ext: LaunchedExtension,
  initScript?: (arg: Arg) => void,
  arg?: Arg,
): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setViewportSize(POPUP_VIEWPORT);
  if (initScript) await page.addInitScript(initScript as (arg: unknown) => void, arg);
  await page.goto(extensionUrl(ext.extensionId, 'popup.html'));
  await untilPopupLive(page);
  return page;
}

/**
 * Waits until the popup's own render has taken over (`#app[data-live]`): a first frame drawn
 * from the kept copy is on screen before that, and a click on it does nothing yet.
 */
export async function untilPopupLive(page: Page): Promise<void> {
  await page.locator(POPUP_LIVE).waitFor({ state: 'attached', timeout: 15_000 });
}

/** The popup's `#app` once its own render is in charge (`LIVE_ATTRIBUTE`). */
export const POPUP_LIVE = `#app[${LIVE_ATTRIBUTE}]`;

/** Opens an extension page (popup.html, options.html) in a tab; the popup once it is live. */
export async function openExtensionPage(ext: LaunchedExtension, path: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(extensionUrl(ext.extensionId, path));
  if (path === 'popup.html') await untilPopupLive(page);
  return page;
}

/** Reads the toolbar badge from an extension page (works whether the worker is awake or not). */
export async function badgeText(page: Page): Promise<string> {
  return page.evaluate(() => chrome.action.getBadgeText({}));
}

/** Polls `read` until it returns `expected` (or gives up after `timeoutMs`). */
export async function waitForValue<T>(
  read: () => Promise<T>,
  expected: T,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = await read();
  while (last !== expected && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    last = await read();
  }
  return last;
}

/** Forces a poll the way the alarm would: re-create the alarm due now, from an extension page. */
export async function firePollAlarm(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const alarm = await chrome.alarms.get('rust-radar-poll');
    await chrome.alarms.create('rust-radar-poll', {
      when: Date.now(),
      periodInMinutes: alarm?.periodInMinutes ?? 15,
    });
  });
}

/**
 * Terminates every service worker, as Chrome does after ~30 s idle (CDP), and waits until
 * Chromium reports the extension's worker stopped. The next event starts a fresh one.
 */
export async function stopAllWorkers(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  const stopped = new Promise<void>((resolve) => {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.some((version) => version.runningStatus === 'stopped')) resolve();
    });
  });
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await cdp.detach();
}

/**
 * Polls the way the popup's Refresh does and resolves with the worker's answer once the poll
 * is over ({ status, message? }). Send it from an extension page.
 */
export async function pollNow(page: Page): Promise<{ status: string; message?: string }> {
  return page.evaluate(() => chrome.runtime.sendMessage({ type: 'radar:poll-now' }));
}
