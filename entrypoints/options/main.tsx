import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { OptionsDeps, SourcesDeps } from '@/components/options/options-deps';
import { OptionsApp, type OptionsInitial } from '@/components/options/options-app';
import { TranslatorProvider } from '@/components/shared/translator-context';
import {
  clearCorrections,
  readCorrections,
  serializeCorrections,
  writeCorrections,
} from '@/utils/db/corrections-store';
import { createDbProvider } from '@/utils/db/open-db';
import {
  clearPostsNotPutAside,
  readLaterMarks,
  restoreReadLaterMarks,
} from '@/utils/db/read-later';
import { coerceAuthorTrust } from '@/utils/relevance/author-trust';
import { coerceCorrectionModel } from '@/utils/relevance/correction-model-json';
import { planReturnAlarm } from '@/utils/schedule/return-alarm';
import { clearAllPosts } from '@/utils/db/read-state';
import { compileVisibility } from '@/utils/filters/post-visibility';
import { browserTranslator } from '@/utils/i18n/browser-translator';
import { isRadarMessage } from '@/utils/notify/messages';
import { downloadTextFile } from '@/utils/options/download-file';
import { createOpmlParserLoader } from '@/utils/options/opml-parser-script';
import { readAllPosts } from '@/utils/options/read-all-posts';
import { readCachedTagCounts, writeCachedTagCounts } from '@/utils/options/tag-count-cache';
import { createSettingsSync } from '@/utils/options/settings-sync';
import { createReadStateFollowUp, refreshBadge, toolbarButton } from '@/utils/notify/badge';
import { importSettingsFile } from '@/utils/settings/import-settings';
import type { Settings } from '@/utils/settings/settings';
import { exportFileName, exportSettings } from '@/utils/settings/settings-file';
import { createSettingsStore } from '@/utils/settings/settings-storage';
import { takeOptionsEarly } from '@/utils/options/options-early';
import { beforePostWrite, dropKeptFrame } from '@/utils/popup/first-frame';
import { firstFromEarly } from '@/utils/popup/early-start';
import { valueWithin } from '@/utils/popup/value-within';
import { listFeedStates } from '@/utils/db/feed-state';
import { sourcesToOpml } from '@/utils/sources/opml-export';
import './style.css';

// Composition root of the options page: real storage, database and browser APIs go in here,
// the page itself (components/options) only sees the functions below.
const t = browserTranslator(browser.i18n);
document.documentElement.lang = t.locale;
document.documentElement.dir = browser.i18n.getMessage('@@bidi_dir');
document.title = t('optionsTitle');
const getDb = createDbProvider();
// The popup's kept first frame (utils/popup/first-frame.ts) shows posts under the settings and
// sources of its moment: it goes as this page opens, and again before anything here changes.
const pageStorage = () => localStorage;
const dropPopupFrame = () => beforePostWrite(pageStorage, Date.now());
dropKeptFrame(pageStorage);
const store = createSettingsStore(browser.storage);
// Read by options-early.js in the page's head, while this module was still loading.
const early = takeOptionsEarly(window);
const settingsListeners = new Set<(settings: Settings) => void>();
// The last change made elsewhere (another browser, the popup muting an author): a listener that
// subscribes after it (the page subscribes once it has rendered) starts from it.
let changedElsewhere: Settings | null = null;
const sync = createSettingsSync(
  store,
  (settings) => {
    changedElsewhere = settings;
    settingsListeners.forEach((listener) => listener(settings));
  },
  t,
);
// Read once, the first frame is drawn with it: by the early script, unless they changed before
// the sync above started watching (`load` tells).
const settingsLoaded = sync.load(early);
// The worker only refreshes the badge after polls and settings changes: Clear all does it here.
const afterReadStateChange = createReadStateFollowUp({
  updateBadge: () =>
    refreshBadge({
      getDb,
      action: toolbarButton(browser),
      visibility: async () => compileVisibility(await store.readSettings()),
      t,
    }),
  sendMessage: (message) => browser.runtime.sendMessage(message),
});

const loadOpmlParser = createOpmlParserLoader(document, window);

const sources: SourcesDeps = {
  load: store.readSources,
  async save(list) {
    dropPopupFrame();
    try {
      await store.writeSources(list);
      return null;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  },
  onChanged: store.watchSources,
  loadStates: async () => listFeedStates(await getDb()),
  // Called straight from the click that switches a source on: browsers ask only then.
  permissions: {
    request: (origins) => browser.permissions.request({ origins }),
    contains: (origins) => browser.permissions.contains({ origins }),
    remove: (origins) => browser.permissions.remove({ origins }),
  },
  exportOpml(list) {
    downloadTextFile(document, URL, {
      name: 'rust-radar-sources.opml',
      text: sourcesToOpml(list, Date.now()),
      type: 'text/x-opml',
    });
  },
  readFile: (file) => file.text(),
  // The XML parser is half the page's code: loaded only when the reader imports a file.
  parseOpml: async (text) => (await loadOpmlParser())(text),
};

const deps: OptionsDeps = {
  loadSettings: firstFromEarly(settingsLoaded, () => sync.load()),
  saveSettings: (settings) => {
    dropPopupFrame();
    return sync.save(settings);
  },
  onSettingsChanged(listener) {
    settingsListeners.add(listener);
    if (changedElsewhere) listener(changedElsewhere);
    return () => settingsListeners.delete(listener);
  },
  loadPosts: async () => readAllPosts(await getDb()),
  tagCountCache: {
    read: () => readCachedTagCounts(browser.storage.local),
    write: (counts) => writeCachedTagCounts(browser.storage.local, counts),
  },
  onPostsChanged(listener) {
    const onMessage = (message: unknown) => {
      if (isRadarMessage(message) && message.type === 'radar:changed') {
        if (message.reason === 'poll-finished' || message.reason === 'read-state') listener();
      }
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  },
  async clearPosts(alsoSaved) {
    dropPopupFrame();
    const db = await getDb();
    // Either way, what the corrections taught the judge goes with the posts (clearAllPosts
    // clears it in its own transaction).
    await (alsoSaved
      ? clearAllPosts(db)
      : Promise.all([clearPostsNotPutAside(db), clearCorrections(db)]));
    await afterReadStateChange();
  },
  async exportSettings(settings) {
    const db = await getDb();
    const [readLater, corrections] = await Promise.all([readLaterMarks(db), readCorrections(db)]);
    downloadTextFile(document, URL, {
      name: exportFileName(new Date()),
      text: exportSettings(settings, readLater, serializeCorrections(corrections)),
    });
  },
  async importCorrections(corrections) {
    dropPopupFrame();
    const { words, authors } = (corrections ?? {}) as { words?: unknown; authors?: unknown };
    await writeCorrections(await getDb(), {
      words: coerceCorrectionModel(words),
      authors: coerceAuthorTrust(authors),
    });
  },
  async restoreReadLater(marks) {
    dropPopupFrame();
    const db = await getDb();
    await restoreReadLaterMarks(db, marks);
    // Restored snoozes need the return alarm; the badge and open popups follow.
    await planReturnAlarm(browser.alarms, db);
    await afterReadStateChange();
  },
  readSettingsFile: (file) => importSettingsFile(file, t),
  sources,
};

// The settings and the kept tag counts are read before the first render, so that render draws
// the tag rows: rendered first, the page showed "Loading" for a frame, and its effects (which
// Preact runs after a paint) only then started the reads. A slow read (a busy machine) gets
// FIRST_FRAME_WAIT_MS, then the page renders and reads the usual way.
const FIRST_FRAME_WAIT_MS = 150;
const tagCounts = early?.tagCounts ?? readCachedTagCounts(browser.storage.local);
const initial: Promise<OptionsInitial> = Promise.all([settingsLoaded, tagCounts]).then(
  ([settings, counts]) => ({ settings, tagCounts: counts }),
);
void valueWithin(initial, FIRST_FRAME_WAIT_MS).then((ready) =>
  render(
    <TranslatorProvider value={t}>
      <OptionsApp deps={deps} initial={ready} />
    </TranslatorProvider>,
    document.getElementById('app')!,
  ),
);
