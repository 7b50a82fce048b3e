import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  EXTENSION_DIR,
  extensionUrl,
  launchExtension,
  POPUP_VIEWPORT,
  type LaunchedExtension,
} from './extension';
import { installWorkerProbe } from './worker-probe';

// The extension as the bench runs it: a copy of the build with a floor page and a worker probe.
// The idle browser test uses it too, so the test and the bench agree on what "idle" means.

/** The floor page added to the bench copy of the extension. */
export const FLOOR_PAGE = 'bench-floor.html';
/** The options page's floor: options.html without scripts, one static tag row. */
export const OPTIONS_FLOOR_PAGE = 'bench-options-floor.html';

/**
 * Copies the built extension into .tmp/bench-extensions and adds two things the product does
 * not ship, leaving every built file byte-for-byte as it is:
 * - `bench-floor.html`: popup.html with its scripts removed and one static list item — the
 *   same extension page, same stylesheet, nothing rendered by script (the popup's floor);
 * - `bench-options-floor.html`: the same for options.html, with one static tag row;
 * - a worker entry that loads `installWorkerProbe` before `background.js` (`importScripts`), so
 *   timers, fetches, transactions and ports are recorded from the worker's first line.
 */
export function prepareBenchExtension(name: string): string {
  const dir = resolve(__dirname, '../../.tmp/bench-extensions', name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(EXTENSION_DIR, dir, { recursive: true });

  const popupHtml = readFileSync(join(dir, 'popup.html'), 'utf8');
  const floorHtml = withoutScripts(popupHtml, '<ul role="list"><li>Floor</li></ul>');
  writeFileSync(join(dir, FLOOR_PAGE), floorHtml);
  writeFileSync(
    join(dir, OPTIONS_FLOOR_PAGE),
    withoutScripts(
      readFileSync(join(dir, 'options.html'), 'utf8'),
      '<ul class="tag-list"><li>Floor</li></ul>',
    ),
  );

  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    background: { service_worker: string; type?: string };
  };
  if (manifest.background.type === 'module') throw new Error('bench: expected a classic worker');
  writeFileSync(join(dir, 'bench-probe.js'), `(${installWorkerProbe.toString()})();\n`);
  writeFileSync(
    join(dir, 'bench-worker.js'),
    `importScripts('bench-probe.js', '${manifest.background.service_worker}');\n`,
  );
  manifest.background.service_worker = 'bench-worker.js';
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}

export interface BenchBrowser extends LaunchedExtension {
  /** chrome-extension://<id>/<path> */
  url(path: string): string;
}

/**
 * Starts Chromium with the extension at `extensionDir` (the tests' launcher, so the flags are
 * the same), dev.to mapped to the local feed server, tabs the popup's 400 × 600.
 * Pass the same `userDataDir` again to restart the browser on the same profile.
 */
export async function launchBench(
  extensionDir: string,
  feedPort: number,
  userDataDir = mkdtempSync(join(tmpdir(), 'radar-bench-')),
): Promise<BenchBrowser> {
  const launched = await launchExtension(feedPort, userDataDir, {
    extensionDir,
    viewport: POPUP_VIEWPORT,
  });
  return { ...launched, url: (path) => extensionUrl(launched.extensionId, path) };
}

/** A page of the build with its scripts taken out and `content` static in its #app. */
function withoutScripts(html: string, content: string): string {
  const floor = html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>\s*/g, '')
    .replace(/<link rel="modulepreload"[^>]*>\s*/g, '')
    .replace('<div id="app"></div>', `<div id="app">${content}</div>`);
  if (!floor.includes(content) || /<script/.test(floor)) {
    throw new Error('bench: a page changed shape; cannot derive its floor page from it');
  }
  return floor;
}
