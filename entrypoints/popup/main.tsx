import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '@/components/popup/popup';
import { createDbProvider } from '@/utils/db/open-db';
import { isPollRunning } from '@/utils/poll/poll-lock';
import { POPUP_FEED_URL } from '@/utils/popup/popup-feed';
import { createPopupSource } from '@/utils/popup/popup-source';
import { createSanitizerLoader } from '@/utils/sanitize/load-sanitizer';
import { defineSettingsItem, loadSettings } from '@/utils/settings/settings-item';
import './styles/theme.css';
import './styles/header.css';
import './styles/posts.css';
import './styles/preview.css';
import './styles/states.css';

// Composition root: the browser's APIs go into the popup's source here and nowhere else.
const getDb = createDbProvider();
const settingsItem = defineSettingsItem();

const source = createPopupSource({
  getDb,
  now: Date.now,
  feedUrl: POPUP_FEED_URL,
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
});

render(
  <Popup source={source} loadSanitizer={createSanitizerLoader(window)} />,
  document.getElementById('app')!,
);
