import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { readCorrections } from '@/utils/db/corrections-store';
import { createDbProvider } from '@/utils/db/open-db';
import { rejudgePosts } from '@/utils/db/rejudge-posts';
import { compileVisibility } from '@/utils/filters/post-visibility';
import { browserTranslator } from '@/utils/i18n/browser-translator';
import { createReadStateFollowUp, refreshBadge, toolbarButton } from '@/utils/notify/badge';
import type { NotificationsApi } from '@/utils/notify/flush-announcements';
import { isRadarMessage, type RadarChangedBroadcast } from '@/utils/notify/messages';
import {
  createNotificationClickHandlers,
  forgetClosedNotifications,
} from '@/utils/notify/notification-clicks';
import { notificationCapabilities } from '@/utils/notify/plan-notifications';
import { whenFree } from '@/utils/poll/poll-lock';
import { createWorkerPoll } from '@/utils/poll/worker-poll';
import { createAlarmCheck } from '@/utils/schedule/alarm-check';
import { POLL_ALARM } from '@/utils/schedule/poll-alarm';
import { createSnoozeReturns, RETURN_ALARM } from '@/utils/schedule/snooze-returns';
import { createSettingsStore } from '@/utils/settings/settings-storage';

// Composition root: wires the browser's APIs into the pipeline in utils/. Every listener is
// registered synchronously in main(), so an event that wakes a terminated worker finds its
// listener; nothing is kept in variables that must survive termination.
// A classic worker, not a module: WXT builds it on its own into one file, so each wake-up
// loads a single file, and none of its code is shared in chunks with the pages (wxt.config.ts).
export default defineBackground({
  main() {
    const getDb = createDbProvider();
    // Notifications, the badge's tooltip and stored failures are worded in the browser's language.
    const t = browserTranslator(browser.i18n);
    const store = createSettingsStore(browser.storage);
    const action = toolbarButton(browser);
    const visibility = async () => compileVisibility(await store.readSettings());
    const updateBadge = () => refreshBadge({ getDb, action, visibility, t });
    const sendMessage = (message: RadarChangedBroadcast) => browser.runtime.sendMessage(message);
    const notifications = browser.notifications as unknown as NotificationsApi;

    const poll = createWorkerPoll({
      getDb,
      store,
      fetch: (input, init) => fetch(input, init),
      now: Date.now,
      alarms: browser.alarms,
      updateBadge,
      // Rejects when no page is open to listen; that is fine.
      broadcast: (message) => void sendMessage(message).catch(() => {}),
      t,
      hasOrigin: (origin) => browser.permissions.contains({ origins: [origin] }),
      notifications,
      capabilities: notificationCapabilities(import.meta.env.FIREFOX),
      iconUrl: browser.runtime.getURL('/icon/128.png'),
    });
    const checkAlarm = createAlarmCheck({
      alarms: browser.alarms,
      getDb,
      loadSettings: store.readSettings,
      loadSources: store.readSources,
      loadHostCooldowns: store.readHostCooldowns,
      now: Date.now,
    });
    const clicks = createNotificationClickHandlers({
      getDb,
      notifications,
      openTab: (url) => browser.tabs.create({ url }),
      // openPopup needs a focused normal window (and a user gesture on Firefox).
      openList: () =>
        Promise.resolve()
          .then(() => action.openPopup())
          .catch(() => browser.tabs.create({ url: browser.runtime.getURL('/popup.html') })),
      now: Date.now,
      afterReadStateChange: createReadStateFollowUp({ updateBadge, sendMessage }),
    });
    const returnSnoozed = createSnoozeReturns({
      getDb,
      alarms: browser.alarms,
      loadSettings: store.readSettings,
      notifications,
      capabilities: notificationCapabilities(import.meta.env.FIREFOX),
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      now: Date.now,
      t,
      afterReturn: createReadStateFollowUp({ updateBadge, sendMessage }),
    });

    // Browser start and install/update poll at once, except the sources whose server asked
    // us to wait: the alarm, re-checked at every start, polls those once the wait is over.
    // Notifications shown before the browser quit or the extension updated are gone, mostly
    // without an onClosed: their records go too.
    const forgetClosed = async () => {
      const now = Date.now();
      const live = Object.keys(await browser.notifications.getAll());
      await forgetClosedNotifications(await getDb(), live, now);
    };
    const onStart = () => {
      void poll('start');
      forgetClosed().catch((error: unknown) =>
        console.error('Rust Radar: forgetting closed notifications failed', error),
      );
    };
    browser.runtime.onInstalled.addListener(onStart);
    browser.runtime.onStartup.addListener(onStart);
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === POLL_ALARM) void poll('alarm');
      if (alarm.name === RETURN_ALARM) void returnSnoozed();
    });
    browser.runtime.onMessage.addListener((message: unknown) => {
      if (isRadarMessage(message) && message.type === 'radar:poll-now') return poll('refresh');
      return undefined;
    });
    browser.notifications.onClicked.addListener((id) => void clicks.onClicked(id));
    browser.notifications.onButtonClicked?.addListener(
      (id, index) => void clicks.onButtonClicked(id, index),
    );
    browser.notifications.onClosed.addListener((id) => void clicks.onClosed(id));
    store.watchSettings(() => void Promise.all([updateBadge(), checkAlarm()]));
    // A source switched on (its permission just granted) or added: poll what is new at once,
    // after the poll that may be running now (a busy lock would otherwise skip the new source).
    store.watchSources(() => void whenFree(() => poll('sources-changed')));

    // Every start (install, browser start, wake-up after termination): stored settings of an
    // older release are brought up to date, the alarm may have been lost, and the badge is
    // not persisted by every browser. Snoozes that ended meanwhile (the browser was closed)
    // come back now, and the return alarm is set again. Posts judged by an older judge (or
    // stored before it) are judged again, once.
    const rejudge = async () => {
      const db = await getDb();
      const learned = await readCorrections(db);
      const judged = await rejudgePosts(db, {
        corrections: learned.words,
        authorTrust: learned.authors,
      });
      if (judged > 0) await createReadStateFollowUp({ updateBadge, sendMessage })();
    };
    void Promise.all([
      store.migrateSettings().then(checkAlarm),
      updateBadge(),
      returnSnoozed(),
      rejudge(),
    ]).catch((error: unknown) => console.error('Rust Radar: start-up check failed', error));
  },
});
