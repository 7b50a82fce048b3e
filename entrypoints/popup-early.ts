import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readTallyEarly } from '@/utils/db/first-frame-store';
import { openIfCurrent } from '@/utils/db/open-if-current';
import { DB_NAME, DB_VERSION } from '@/utils/db/schema';
import { publishEarlyStart } from '@/utils/popup/early-start';
import { drawFirstFrame, rawJson, usableFirstFrame } from '@/utils/popup/first-frame';
import { SETTINGS_STORAGE_KEYS, SOURCES_KEY } from '@/utils/settings/storage-keys';

// A classic script in popup.html's head: it runs while the popup's modules are still being
// fetched, and starts the slow things the first posts wait for — opening IndexedDB, reading
// the settings and the source list — so they overlap with loading code instead of following it.
// When nothing changed since the popup last drew its first frame, it draws the copy kept of it
// (utils/popup/first-frame.ts) before the modules have even run.
// Kept tiny on purpose (no idb, no Preact): everything it imports is loaded before the popup.
export default defineUnlistedScript(() => {
  const db = openIfCurrent(indexedDB, DB_NAME, DB_VERSION);
  const settings = browser.storage.sync.get([...SETTINGS_STORAGE_KEYS]).catch(() => null);
  const sources = browser.storage.local.get(SOURCES_KEY).catch(() => null);
  const tally = db.then((early) => (early && !early.closed ? readTallyEarly(early.db) : undefined));
  const firstFrame = Promise.all([tally, settings, sources]).then(([stored, raw, list]) => {
    const revision = stored ? (stored.revision ?? 0) : null;
    const copy = usableFirstFrame(stored, {
      settings: rawJson(raw),
      sources: rawJson(list),
      uiLanguage: browser.i18n.getUILanguage(),
    });
    const draw = () => {
      const app = document.getElementById('app');
      return {
        revision,
        drawn: !!copy && !!app && drawFirstFrame(app, document, copy, Date.now()),
      };
    };
    // The database can answer before the parser reached the body: then draw when it has.
    if (!copy || document.getElementById('app')) return draw();
    return new Promise<ReturnType<typeof draw>>((resolve) =>
      document.addEventListener('DOMContentLoaded', () => resolve(draw()), { once: true }),
    );
  });
  publishEarlyStart(window, { db, settings, sources, firstFrame });
});
