import type { GetDb } from '../db/open-db';
import type { Translator } from '../i18n/translator';
import { flushAnnouncements, type NotificationsApi } from '../notify/flush-announcements';
import type { PollNowResponse, RadarChangedBroadcast } from '../notify/messages';
import type { NotificationCapabilities } from '../notify/plan-notifications';
import type { SettingsStore } from '../settings/settings-storage';
import { createPollLock } from './poll-lock';
import { runPollCycle, type PollCycleDeps, type PollTrigger } from './run-poll-cycle';

export interface WorkerPollDeps {
  getDb: GetDb;
  store: Pick<
    SettingsStore,
    'readSettings' | 'readSources' | 'readHostCooldowns' | 'writeHostCooldowns'
  >;
  fetch: typeof globalThis.fetch;
  now: () => number;
  alarms: PollCycleDeps['alarms'];
  updateBadge: () => Promise<unknown>;
  /** Tells open pages to re-read; must not throw when none is open. */
  broadcast: (message: RadarChangedBroadcast) => void;
  /** Words for notifications and stored failures, in the browser's language. */
  t: Translator;
  /** Whether an optional host permission (`https://host/*`) is granted. */
  hasOrigin: (origin: string) => Promise<boolean>;
  notifications: NotificationsApi;
  capabilities: NotificationCapabilities;
  iconUrl: string;
}

/**
 * The worker's poll: one `runPollCycle` at a time across every context (Web Locks), the
 * outbox shown after each cycle, and an unexpected failure logged and answered in words
 * rather than thrown at the popup's Refresh.
 */
export function createWorkerPoll(
  deps: WorkerPollDeps,
): (why: PollTrigger) => Promise<PollNowResponse> {
  const runExclusive = createPollLock();
  const { store, t } = deps;
  return (why) =>
    runPollCycle(
      {
        getDb: deps.getDb,
        fetch: deps.fetch,
        now: deps.now,
        runExclusive,
        loadSettings: store.readSettings,
        alarms: deps.alarms,
        updateBadge: deps.updateBadge,
        broadcast: deps.broadcast,
        t,
        loadSources: store.readSources,
        hasOrigin: deps.hasOrigin,
        hostCooldowns: { load: store.readHostCooldowns, save: store.writeHostCooldowns },
        flushAnnouncements: (db, settings) =>
          flushAnnouncements({
            db,
            notifications: deps.notifications,
            settings,
            capabilities: deps.capabilities,
            iconUrl: deps.iconUrl,
            now: deps.now(),
            t,
          }),
      },
      why,
    ).catch((error: unknown) => {
      console.error(`Rust Radar: poll (${why}) failed unexpectedly`, error);
      return { status: 'failed', message: t('pollUnexpected') };
    });
}
