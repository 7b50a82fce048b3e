import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '@/components/popup/popup';
import { FIRST_FRAME_POSTS, FIRST_PAGE } from '@/components/popup/use-post-pages';
import { TranslatorProvider } from '@/components/shared/translator-context';
import { createDbProviderWith } from '@/utils/db/connect-db';
import { browserTranslator } from '@/utils/i18n/browser-translator';
import { isPollRunning } from '@/utils/poll/poll-lock';
import { createPopupSource, type AfterPostWrite } from '@/utils/popup/popup-source';
import { firstFromEarly, takeEarlyStart } from '@/utils/popup/early-start';
import { beforePostWrite, copyFirstFrame, readKeptFrame } from '@/utils/popup/first-frame';
import { LIVE_ATTRIBUTE } from '@/utils/popup/page-module';
import type { PopupPost } from '@/utils/popup/popup-post';
import type { SourceOption } from '@/utils/popup/source-status';
import { valueWithin } from '@/utils/popup/value-within';
import { createSanitizerLoader } from '@/utils/sanitize/load-sanitizer';
import { muteAuthor } from '@/utils/settings/mute-author';
import { saveSettings } from '@/utils/settings/save-settings';
import { SETTINGS_STORAGE_KEYS, SOURCES_KEY } from '@/utils/settings/storage-keys';
import {
  createSettingsStore,
  readSnapshot,
  settingsFromSnapshot,
  sourcesFromSnapshot,
} from '@/utils/settings/settings-storage';
import { toolbarButton } from '@/utils/notify/badge';
import { planReturnAlarm } from '@/utils/schedule/return-alarm';
import './styles/theme.css';
import './styles/header.css';
import './styles/posts.css';
import './styles/preview.css';
import './styles/states.css';

// Composition root: the browser's APIs go into the popup's source here and nowhere else.
const t = browserTranslator(browser.i18n);
document.documentElement.lang = t.locale;
document.documentElement.dir = browser.i18n.getMessage('@@bidi_dir');
document.title = t('extName');
// Started by popup-early.js in the page's head, while these modules were still loading.
const early = takeEarlyStart(window);
// The early script's connection is at the current version; only a popup opening the database
// before the worker upgraded it needs the upgrade code, so it is loaded then.
const getDb = createDbProviderWith({
  adopt: early?.db,
  upgrade: { load: () => import('@/utils/db/upgrade-db').then((code) => code.upgradeRadarDb) },
});
const store = createSettingsStore(browser.storage);

// Set by this popup's first change to a post: a popup that changed posts keeps no copy of its
// opening frame (its reads are of posts as they were); it may keep the copy it found without a
// post it read (`beforeWrite`).
let changedPosts = false;
/** The page's `localStorage`; read lazily: where site data is blocked, reading it throws. */
const pageStorage = () => localStorage;
const uiLanguage = browser.i18n.getUILanguage();
const version = browser.runtime.getManifest().version;
/**
 * The code that keeps copies of the first frame, off the first frame's path: loaded when the
 * popup drew one or shows its calm opening, or after a change that may keep one.
 */
let keepFrameCode: Promise<typeof import('@/utils/popup/keep-first-frame')> | undefined;
const loadKeepFrameCode = () => (keepFrameCode ??= import('@/utils/popup/keep-first-frame'));
/**
 * Before any change this popup makes, synchronously: the kept copy goes. When one post leaves
 * the Unread view (`leaving`: read, snoozed), the copy as it was is kept again without that
 * post once the change committed (`keepFrameWithoutPost`), so the next open still has one.
 */
const beforeWrite = (leaving?: string): AfterPostWrite | undefined => {
  changedPosts = true;
  const kept = leaving === undefined ? null : readKeptFrame(pageStorage, uiLanguage, version);
  const startedAt = Date.now();
  beforePostWrite(pageStorage, startedAt);
  if (!kept || leaving === undefined) return undefined;
  return async (db) => {
    try {
      const { keepFrameWithoutPost } = await loadKeepFrameCode();
      await keepFrameWithoutPost(kept, leaving, {
        db,
        area: pageStorage,
        page: document,
        countText: (unread) => t.plural('popupUnreadCount', unread),
        startedAt,
      });
    } catch {
      // No copy kept: the next open reads as usual.
    }
  };
};

const source = createPopupSource({
  getDb,
  beforeWrite,
  now: Date.now,
  // The first read of each comes from the early script's snapshot, every later one from storage.
  loadSettings: firstFromEarly(early?.settings.then(settingsFromSnapshot), store.readSettings),
  watchSettings: (onChange) => store.watchSettings(() => onChange()),
  action: () => toolbarButton(browser),
  sendMessage: (message) => browser.runtime.sendMessage(message),
  onMessage: browser.runtime.onMessage,
  // No `tabs` permission needed to open a tab.
  createTab: (url) => browser.tabs.create({ url }),
  openOptionsPage: () => browser.runtime.openOptionsPage(),
  isPollRunning: () => isPollRunning(navigator.locks),
  loadSources: firstFromEarly(early?.sources.then(sourcesFromSnapshot), store.readSources),
  t,
  planReturn: (db) => planReturnAlarm(browser.alarms, db),
});

// The first posts are read before anything renders, and the frame and its posts go to the
// screen in one paint: rendering the frame first only pushed the posts to a later frame.
// A slow read (a busy machine, thousands of hidden posts) gets FIRST_POSTS_WAIT_MS, then the
// frame shows and the posts follow.
const FIRST_POSTS_WAIT_MS = 150;
const firstPage = source.listPage(FIRST_PAGE);
// Ready with the first page (it read the same source list): the Source menu is drawn with it.
const firstSources = source.sourceOptionsAtOpen();

/**
 * Keeps a copy of the calm opening frame for the next open (`keepFirstFrame`), taken at once
 * (the reader may act next); the code that checks and keeps it loads after the first frame.
 */
function keepOpeningFrame(container: Element): void {
  if (!early || changedPosts) return;
  const html = copyFirstFrame(container, FIRST_FRAME_POSTS);
  void loadKeepFrameCode()
    .then(({ keepFirstFrame }) =>
      keepFirstFrame(html, {
        early,
        getDb,
        readSettings: () => readSnapshot(browser.storage.sync, SETTINGS_STORAGE_KEYS),
        readSources: () => readSnapshot(browser.storage.local, SOURCES_KEY),
        liveNotificationIds: () => browser.notifications.getAll().then(Object.keys),
        area: pageStorage,
        uiLanguage,
        version,
        lang: document.documentElement.lang,
        dir: document.documentElement.dir,
        changedPosts: () => changedPosts,
        now: Date.now,
      }),
    )
    .catch(() => {});
}

const mount = (first: PopupPost[] | Promise<PopupPost[]>, sources?: SourceOption[]) => {
  const app = document.getElementById('app')!;
  render(
    <TranslatorProvider value={t}>
      <Popup
        source={source}
        firstPage={first}
        initialSources={sources}
        loadSanitizer={createSanitizerLoader(window)}
        // Saving re-filters the list (the source watches the settings) and the badge (worker).
        onMuteAuthor={async (post) => {
          beforeWrite();
          const muted = muteAuthor(await store.readSettings(), post);
          await saveSettings(store, muted, t);
        }}
        onOpeningShown={keepOpeningFrame}
      />
    </TranslatorProvider>,
    app,
  );
  // The popup's own render is in charge now: a kept first frame drawn before it had no
  // handlers (`utils/popup/page-module.ts`). Tests wait for this before they act on a page.
  app.setAttribute(LIVE_ATTRIBUTE, '');
  // A copy drawn at this open is likely kept again without a post the reader reads here.
  void early?.firstFrame
    .then(({ drawn }) => (drawn ? loadKeepFrameCode() : undefined))
    .catch(() => {});
};
void valueWithin(Promise.all([firstPage, firstSources]), FIRST_POSTS_WAIT_MS).then((ready) =>
  mount(ready?.[0] ?? firstPage, ready?.[1]),
);
