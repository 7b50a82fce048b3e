import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readTallyEarly, revisionOf } from '@/utils/db/first-frame-store';
import { openIfCurrent } from '@/utils/db/open-if-current';
import { DB_NAME, DB_VERSION } from '@/utils/db/schema';
import { publishEarlyStart } from '@/utils/popup/early-start';
import { holdClicksUntilLive } from '@/utils/popup/held-clicks';
import { afterFirstPaint, loadPageModule } from '@/utils/popup/page-module';
import {
  drawFirstFrame,
  dropKeptFrame,
  keptFrameIsCurrent,
  mayDrawKeptFrame,
  rawJson,
  readKeptFrame,
  type FirstFrameContext,
  type FirstFrameCopy,
} from '@/utils/popup/first-frame';
import { SETTINGS_STORAGE_KEYS, SOURCES_KEY } from '@/utils/settings/storage-keys';

// An async classic script in popup.html's head: fetched while the page is parsed, it runs as
// soon as it arrives, usually long before the popup's module (measured: sooner than in the
// body, where it waited for the stylesheet, or in the head without async, where the parser
// waited for it). It draws the copy kept of the popup's last first frame once #app is parsed
// (utils/popup/first-frame.ts), and starts the slow things the first posts wait for — opening
// IndexedDB, reading the settings and the source list — so they overlap with loading code.
// It also loads the page's module (utils/popup/page-module.ts): after the drawn copy's first
// paint, since fetching and compiling the module delayed that paint. Kept tiny on purpose
// (no idb, no Preact): everything it imports is loaded before the popup.
/** The page's `localStorage`; read lazily: where site data is blocked, reading it throws. */
const pageStorage = () => localStorage;

export default defineUnlistedScript(() => {
  let drawn: Promise<boolean> = Promise.resolve(false);
  try {
    drawn = startEarly();
  } finally {
    // The page's module last, so that it finds the start published by `startEarly`; after
    // the first paint when a copy was drawn (its fetch and compile delayed that paint), at
    // once otherwise — and whatever failed above, since the page is nothing without it.
    void drawn
      .catch(() => false)
      .then((copyDrawn) => (copyDrawn ? afterFirstPaint(window, MODULE_FALLBACK_MS) : undefined))
      .then(() => loadPageModule(document));
  }
});

/** The longest the module waits for the kept frame's first paint (a hidden page has none). */
const MODULE_FALLBACK_MS = 200;

/**
 * Draws the kept copy when #app is parsed, starts the reads, and publishes them for the
 * module (`publishEarlyStart`). Resolves whether a copy was drawn.
 */
function startEarly(): Promise<boolean> {
  const kept = readKeptFrame(
    pageStorage,
    browser.i18n.getUILanguage(),
    browser.runtime.getManifest().version,
  );
  const db = openIfCurrent(indexedDB, DB_NAME, DB_VERSION);
  const settings = browser.storage.sync.get([...SETTINGS_STORAGE_KEYS]).catch(() => null);
  const sources = browser.storage.local.get(SOURCES_KEY).catch(() => null);
  const tally = db.then((early) => (early && !early.closed ? readTallyEarly(early.db) : undefined));
  // What the popup is about to show: the tally's revision and the raw settings and sources.
  const current = Promise.all([tally, settings, sources]).then(([stored, raw, list]) => ({
    revision: revisionOf(stored),
    settings: rawJson(raw),
    sources: rawJson(list),
  }));
  const drawn = kept
    ? drawKeptFrame(kept, kept.checked ? current : undefined)
    : Promise.resolve(false);
  const firstFrame = current.then(async (context) => {
    // Out of date (a post arrived, settings synced from elsewhere): the render about to
    // replace it shows what is current; the copy is not drawn again.
    if (kept && !keptFrameIsCurrent(kept, context)) dropKeptFrame(pageStorage);
    return { revision: context.revision, drawn: await drawn };
  });
  publishEarlyStart(window, { db, settings, sources, firstFrame });
  return drawn;
}

/**
 * Draws `kept` once #app is parsed — a checked copy only once what the popup is about to show
 * (`current`) was read and the copy found current (`mayDrawKeptFrame`). Resolves whether it drew.
 */
async function drawKeptFrame(
  kept: FirstFrameCopy,
  current?: Promise<FirstFrameContext>,
): Promise<boolean> {
  const [app, context] = await Promise.all([whenParsed('app'), current]);
  if (!app || !mayDrawKeptFrame(kept, context)) return false;
  if (!drawFirstFrame(app, document, kept, Date.now())) return false;
  // On screen before the module's handlers: a click waits for them.
  holdClicksUntilLive(app);
  return true;
}

/** The element of that id as soon as the parser has inserted it; null if the page has none. */
function whenParsed(id: string): Promise<Element | null> {
  return new Promise((resolve) => {
    const found = document.getElementById(id);
    if (found || document.readyState !== 'loading') return resolve(found);
    // Mutation callbacks run at the first microtask checkpoint after the parser inserts it,
    // before any paint.
    const observer = new MutationObserver(() => {
      const element = document.getElementById(id);
      if (!element) return;
      observer.disconnect();
      resolve(element);
    });
    observer.observe(document, { childList: true, subtree: true });
    document.addEventListener(
      'DOMContentLoaded',
      () => {
        observer.disconnect();
        resolve(document.getElementById(id));
      },
      { once: true },
    );
  });
}
