import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { openIfCurrent } from '@/utils/db/open-if-current';
import { DB_NAME, DB_VERSION } from '@/utils/db/schema';
import { publishEarlyStart } from '@/utils/popup/early-start';
import { SETTINGS_STORAGE_KEYS, SOURCES_KEY } from '@/utils/settings/storage-keys';

// A classic script in popup.html's head: it runs while the popup's modules are still being
// fetched, and starts the slow things the first posts wait for — opening IndexedDB, reading
// the settings and the source list — so they overlap with loading code instead of following it.
// Kept tiny on purpose (no idb, no Preact): everything it imports is loaded before the popup.
export default defineUnlistedScript(() => {
  publishEarlyStart(window, {
    db: openIfCurrent(indexedDB, DB_NAME, DB_VERSION),
    settings: browser.storage.sync.get([...SETTINGS_STORAGE_KEYS]).catch(() => null),
    sources: browser.storage.local.get(SOURCES_KEY).catch(() => null),
  });
});
