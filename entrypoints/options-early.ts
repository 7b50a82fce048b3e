import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { publishOptionsEarly, readSettingsEarly } from '@/utils/options/options-early';
import { readCachedTagCounts } from '@/utils/options/tag-count-cache';

// A classic script in options.html's head: it reads the settings and the last visit's tag
// counts while the page's module is still being fetched, so the first render can draw the tag
// rows at once.
// Kept tiny on purpose: everything it imports is loaded before the page.
export default defineUnlistedScript(() => {
  publishOptionsEarly(window, {
    tagCounts: readCachedTagCounts(browser.storage.local),
    ...readSettingsEarly(browser.storage),
  });
});
