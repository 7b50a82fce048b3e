import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createDbProvider } from '@/utils/db/open-db';
import { compileVisibility } from '@/utils/filters/post-visibility';
import { browserTranslator } from '@/utils/i18n/browser-translator';
import { isRadarMessage, type PollNowResponse, type RadarChangedBroadcast } from '@/utils/messages';
import { compileAnnounceRule } from '@/utils/notify/announce-rule';
import { flushAnnouncements, type NotificationsApi } from '@/utils/notify/flush-announcements';
import { notificationCapabilities } from '@/utils/notify/notification-capabilities';
import {
  forgetNotification,
  markNotificationRead,
  resolveNotificationClick,
} from '@/utils/notify/notification-clicks';
import { setPostRead } from '@/utils/db/read-state';
import { ensurePollAlarm, POLL_ALARM } from '@/utils/poll/poll-alarm';
import { createPollLock, whenFree } from '@/utils/poll/poll-lock';
import { runPollCycle, type PollTrigger } from '@/utils/poll/run-poll-cycle';
import { pollAlarmPlan } from '@/utils/poll/poll-alarm-plan';
import { refreshBadge } from '@/utils/refresh-badge';
import { defineSettingsItem, loadSettings } from '@/utils/settings/settings-item';
import {
  defineHostCooldownsItem,
  defineSourcesItem,
  loadHostCooldowns,
  loadSources,
} from '@/utils/settings/sources-item';

// Composition root: wires the browser's APIs into the pure poll pipeline in utils/.
// Every listener is registered synchronously in main(), so an event that wakes a terminated
// worker finds its listener; nothing is kept in variables that must survive termination.
// A classic worker, not a module: WXT builds it on its own into one file, so each wake-up
// loads a single file, and none of its code is shared in chunks with the pages (wxt.config.ts).
export default defineBackground({
  main() {
    const getDb = createDbProvider();
    // Notifications, the badge's tooltip and stored failures are worded in the browser's language.
    const t = browserTranslator(browser.i18n);
    const settingsItem = defineSettingsItem();
    const readSettings = () => loadSettings(settingsItem);
    const sourcesItem = defineSourcesItem();
    const cooldownsItem = defineHostCooldownsItem();
    const hostCooldowns = {
      load: () => loadHostCooldowns(cooldownsItem),
      save: (value: Record<string, number>) => cooldownsItem.setValue(value),
    };
    const hasOrigin = (origin: string) => browser.permissions.contains({ origins: [origin] });
    // MV2 Firefox builds expose the toolbar button as browserAction.
    const action = browser.action ?? browser.browserAction;
    const updateBadge = () =>
      refreshBadge({
        getDb,
        action,
        visibility: async () => compileVisibility(await readSettings()),
        t,
      });
    const broadcast = (message: RadarChangedBroadcast) => {
      // Rejects when no page is open to listen; that is fine.
      browser.runtime.sendMessage(message).catch(() => {});
    };
    const runExclusive = createPollLock();
    const notifications = browser.notifications as unknown as NotificationsApi;

    const poll = (why: PollTrigger): Promise<PollNowResponse> =>
      runPollCycle(
        {
          getDb,
          fetch: (input, init) => fetch(input, init),
          now: Date.now,
          runExclusive,
          loadSettings: readSettings,
          alarms: browser.alarms,
          updateBadge,
          broadcast,
          t,
          loadSources: () => loadSources(sourcesItem),
          hasOrigin,
          hostCooldowns,
          flushAnnouncements: (db, settings) =>
            flushAnnouncements({
              db,
              notifications,
              settings,
              shouldAnnounce: compileAnnounceRule(settings, compileVisibility(settings)),
              capabilities: notificationCapabilities(import.meta.env.FIREFOX),
              iconUrl: browser.runtime.getURL('/icon/128.png'),
              now: Date.now(),
              t,
            }),
        },
        why,
      ).catch((error: unknown) => {
        console.error(`Rust Radar: poll (${why}) failed unexpectedly`, error);
        return { status: 'failed', message: t('pollUnexpected') };
      });

    // Browser start and install/update poll at once, except the sources whose server asked
    // us to wait: the alarm, re-checked at every start, polls those once the wait is over.
    browser.runtime.onInstalled.addListener(() => void poll('start'));
    browser.runtime.onStartup.addListener(() => void poll('start'));
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === POLL_ALARM) void poll('alarm');
    });
    browser.runtime.onMessage.addListener((message: unknown) => {
      if (isRadarMessage(message) && message.type === 'radar:poll-now') return poll('refresh');
      return undefined;
    });
    browser.notifications.onClicked.addListener((id) => void onNotificationClicked(id));
    browser.notifications.onButtonClicked?.addListener((id) => void onMarkReadClicked(id));
    browser.notifications.onClosed.addListener(
      (id) => void getDb().then((db) => forgetNotification(db, id)),
    );
    settingsItem.watch(() => void onSettingsChanged());
    // A source switched on (its permission just granted) or added: poll what is new at once,
    // after the poll that may be running now (a busy lock would otherwise skip the new source).
    sourcesItem.watch(() => void whenFree(() => poll('sources-changed')));

    async function onNotificationClicked(id: string) {
      const db = await getDb();
      const click = await resolveNotificationClick(db, id);
      await notifications.clear(id);
      if (click.kind === 'open-post') {
        await browser.tabs.create({ url: click.url });
        await setPostRead(db, click.postId, true, Date.now());
        await afterReadStateChange();
      } else if (click.kind === 'open-list') {
        // openPopup needs a focused normal window (and a user gesture on Firefox).
        await Promise.resolve()
          .then(() => action.openPopup())
          .catch(() => browser.tabs.create({ url: browser.runtime.getURL('/popup.html') }));
      }
    }

    async function onMarkReadClicked(id: string) {
      await markNotificationRead(await getDb(), id, Date.now());
      await notifications.clear(id);
      await afterReadStateChange();
    }

    async function afterReadStateChange() {
      await updateBadge();
      broadcast({ type: 'radar:changed', reason: 'read-state' });
    }

    async function onSettingsChanged() {
      await Promise.all([updateBadge(), checkAlarm()]);
    }

    async function checkAlarm() {
      const [settings, db, sources, cooldowns] = await Promise.all([
        readSettings(),
        getDb(),
        loadSources(sourcesItem),
        hostCooldowns.load(),
      ]);
      const now = Date.now();
      const plan = await pollAlarmPlan(db, sources, cooldowns, now);
      await ensurePollAlarm(browser.alarms, {
        now,
        nextPollAt: plan.nextPollAt,
        intervalMinutes: settings.pollIntervalMinutes,
        notBefore: plan.notBefore,
      });
    }

    // Every start (install, browser start, wake-up after termination): the alarm may have
    // been lost, and the badge is not persisted by every browser.
    void Promise.all([checkAlarm(), updateBadge()]).catch((error: unknown) =>
      console.error('Rust Radar: start-up check failed', error),
    );
  },
});
