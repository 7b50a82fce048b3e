import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '@/components/popup/popup';
import { FIRST_PAGE } from '@/components/popup/use-post-pages';
import { TranslatorProvider } from '@/components/shared/translator-context';
import { createDbProvider } from '@/utils/db/open-db';
import { browserTranslator } from '@/utils/i18n/browser-translator';
import { isPollRunning } from '@/utils/poll/poll-lock';
import { createPopupSource } from '@/utils/popup/popup-source';
import { createSanitizerLoader } from '@/utils/sanitize/load-sanitizer';
import { muteAuthor } from '@/utils/settings/mute-author';
import { saveSettings } from '@/utils/settings/save-settings';
import { defineSettingsItem, loadSettings } from '@/utils/settings/settings-item';
import { defineSourcesItem, loadSources } from '@/utils/settings/sources-item';
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
const getDb = createDbProvider();
const settingsItem = defineSettingsItem();
const sourcesItem = defineSourcesItem();

const source = createPopupSource({
  getDb,
  now: Date.now,
  loadSettings: () => loadSettings(settingsItem),
  watchSettings: (onChange) => settingsItem.watch(onChange),
  // MV2 Firefox builds expose the toolbar button as browserAction.
  action: browser.action ?? browser.browserAction,
  sendMessage: (message) => browser.runtime.sendMessage(message),
  onMessage: browser.runtime.onMessage,
  // No `tabs` permission needed to open a tab.
  createTab: (url) => browser.tabs.create({ url }),
  openOptionsPage: () => browser.runtime.openOptionsPage(),
  isPollRunning: () => isPollRunning(navigator.locks),
  loadSources: () => loadSources(sourcesItem),
  t,
});

// Start reading the first posts now: the database opens and the settings load while Preact
// renders the frame around the list, instead of after its first paint.
const firstPage = source.listPage(FIRST_PAGE);

render(
  <TranslatorProvider value={t}>
    <Popup
      source={source}
      firstPage={firstPage}
      loadSanitizer={createSanitizerLoader(window)}
      // Saving re-filters the list (the source watches the settings) and the badge (worker).
      onMuteAuthor={async (post) => {
        await saveSettings(settingsItem, muteAuthor(await loadSettings(settingsItem), post), t);
      }}
    />
  </TranslatorProvider>,
  document.getElementById('app')!,
);
