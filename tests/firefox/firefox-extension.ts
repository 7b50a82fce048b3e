import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { POPUP_LIVE, waitForValue } from '../harness/extension';
import { collectAddonErrors } from './addon-errors';
import { startConnectProxy } from './connect-proxy';

/** The Firefox build; WXT_OUT_DIR lets parallel runs build into folders of their own. */
export const FIREFOX_EXTENSION_DIR = resolve(
  __dirname,
  '../..',
  process.env.WXT_OUT_DIR ?? '.output',
  'firefox-mv2',
);
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The add-on's internal UUID, fixed by a pref so its pages' URLs are known in advance. */
const ADDON_UUID = '3f6c8b1e-5d2a-4e7f-9c10-7a4b2d8e6f35';

export interface LaunchedFirefox {
  browser: Browser;
  /**
   * Lines of Firefox's output that report an error of the add-on: an uncaught error or
   * rejection in one of its pages (the background page included), or its `console.error`.
   */
  addonErrors: string[];
  /** moz-extension://<uuid>/<path>. */
  url(path: string): string;
  /** Opens an extension page (popup.html, options.html) in a tab, once it has loaded. */
  openPage(path: string): Promise<Page>;
  /** Closes Firefox and the proxy, deletes the profile. */
  dispose(): Promise<void>;
}

/**
 * Starts headless Firefox ESR with the Firefox build installed as a temporary add-on (WebDriver
 * BiDi), `hosts` (port 443) reaching the local feed server on `feedPort` through a proxy that
 * refuses every other host, and `caCert` (PEM) trusted, so the server's certificate from that
 * CA is valid. Default hosts: dev.to.
 */
export async function launchFirefoxExtension(
  feedPort: number,
  caCert: Buffer,
  hosts: readonly string[] = ['dev.to'],
): Promise<LaunchedFirefox> {
  const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8'));
  const geckoId: string = manifest.browser_specific_settings.gecko.id;
  const profile = mkdtempSync(join(tmpdir(), 'radar-firefox-'));
  trustCa(profile, caCert);
  const proxy = await startConnectProxy(feedPort, hosts);
  let firefox: Browser | undefined;
  try {
    firefox = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      userDataDir: profile,
      // Lets BiDi install a temporary add-on.
      args: ['-remote-allow-system-access'],
      extraPrefsFirefox: {
        'network.proxy.type': 1,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: ADDON_UUID }),
        'extensions.webextOptionalPermissionPrompts': false,
        // Without D-Bus the system backend closes every notification at once.
        'alerts.useSystemBackend': false,
        // Extension pages log as content: without this their console.error never reaches stdout.
        'devtools.console.stdout.content': true,
        'devtools.console.stdout.chrome': true,
      },
    });
    const addonErrors = collectAddonErrors(firefox.process(), ADDON_UUID, geckoId);
    const installed = await firefox.installExtension(FIREFOX_EXTENSION_DIR);
    if (installed !== geckoId) throw new Error(`Installed ${installed}, expected ${geckoId}`);

    const url = (path: string) => `moz-extension://${ADDON_UUID}/${path}`;
    const launched = firefox;
    return {
      browser: launched,
      addonErrors,
      url,
      openPage: (path) => openPage(launched, url(path)),
      async dispose() {
        await launched.close().catch(() => {});
        await proxy.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await firefox?.close().catch(() => {});
    await proxy.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}

/** A new NSS database in `profile` that trusts `caCert` to identify websites. */
function trustCa(profile: string, caCert: Buffer): void {
  const caFile = join(profile, 'radar-test-ca.pem');
  writeFileSync(caFile, caCert);
  execFileSync('certutil', ['-N', '--empty-password', '-d', `sql:${profile}`]);
  execFileSync('certutil', [
    '-A',
    '-n',
    'Rust Radar test CA',
    '-t',
    'C,,',
    '-i',
    caFile,
    '-d',
    `sql:${profile}`,
  ]);
}

/**
 * Under BiDi, page.goto() to a moz-extension:// URL never resolves: navigate without waiting,
 * then wait for the page itself to have loaded with the extension's APIs.
 */
async function openPage(firefox: Browser, url: string): Promise<Page> {
  const page = await firefox.newPage();
  void page.goto(url).catch(() => {});
  const state = () =>
    page
      .evaluate(() => `${location.href} ${document.readyState} ${typeof globalThis.browser}`)
      .catch(() => 'navigating');
  const expected = `${url} complete object`;
  const reached = await waitForValue(state, expected);
  if (reached !== expected) throw new Error(`${url} did not load: ${reached}`);
  // The popup once its own render has taken over from a kept first frame (no handlers yet).
  if (url.endsWith('/popup.html')) {
    const live = () =>
      page.evaluate((selector) => document.querySelector(selector) !== null, POPUP_LIVE);
    if (!(await waitForValue(live, true))) throw new Error(`${url} never took over its frame`);
  }
  return page;
}
