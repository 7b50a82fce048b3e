import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readTallyEarly } from '@/utils/db/first-frame-store';
import { openIfCurrent } from '@/utils/db/open-if-current';
import { DB_NAME, DB_VERSION } from '@/utils/db/schema';
import { publishEarlyStart } from '@/utils/popup/early-start';
import {
  drawFirstFrame,
  dropKeptFrame,
  keptFrameIsCurrent,
  rawJson,
  readKeptFrame,
} from '@/utils/popup/first-frame';
import { SETTINGS_STORAGE_KEYS, SOURCES_KEY } from '@/utils/settings/storage-keys';

// An async classic script in popup.html's head: fetched while the page is parsed, it runs as
// soon as it arrives, usually long before the popup's module (measured: sooner than in the
// body, where it waited for the stylesheet, or in the head without async, where the parser
// waited for it). It draws the copy kept of the popup's last first frame once #app is parsed
// (utils/popup/first-frame.ts), and starts the slow things the first posts wait for — opening
// IndexedDB, reading the settings and the source list — so they overlap with loading code.
// Kept tiny on purpose (no idb, no Preact): everything it imports is loaded before the popup.
/** The page's `localStorage`; read lazily: where site data is blocked, reading it throws. */
const pageStorage = () => localStorage;

export default defineUnlistedScript(() => {
  const kept = readKeptFrame(pageStorage, browser.i18n.getUILanguage());
  const drawn = kept
    ? whenParsed('app').then((app) => drawFirstFrame(app, document, kept, Date.now()))
    : Promise.resolve(false);
  const db = openIfCurrent(indexedDB, DB_NAME, DB_VERSION);
  const settings = browser.storage.sync.get([...SETTINGS_STORAGE_KEYS]).catch(() => null);
  const sources = browser.storage.local.get(SOURCES_KEY).catch(() => null);
  const tally = db.then((early) => (early && !early.closed ? readTallyEarly(early.db) : undefined));
  const firstFrame = Promise.all([tally, settings, sources]).then(async ([stored, raw, list]) => {
    const revision = stored ? (stored.revision ?? 0) : null;
    // Out of date (a post arrived, settings synced from elsewhere): the render about to
    // replace it shows what is current; the copy is not drawn again.
    const context = { revision, settings: rawJson(raw), sources: rawJson(list) };
    if (kept && !keptFrameIsCurrent(kept, context)) dropKeptFrame(pageStorage);
    return { revision, drawn: await drawn };
  });
  publishEarlyStart(window, { db, settings, sources, firstFrame });
});

/** The element of that id, as soon as the parser has inserted it. */
function whenParsed(id: string): Promise<Element> {
  return new Promise((resolve) => {
    const found = document.getElementById(id);
    if (found) return resolve(found);
    // Mutation callbacks run at the first microtask checkpoint after the parser inserts it,
    // before any paint (DOMContentLoaded would wait for the page's modules to run).
    const observer = new MutationObserver(() => {
      const element = document.getElementById(id);
      if (!element) return;
      observer.disconnect();
      resolve(element);
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}
