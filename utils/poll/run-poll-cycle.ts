import { DEV_RUST_FEED } from '../dev-rust-feed';
import type { GetDb } from '../db/open-db';
import { DEFAULT_RETENTION } from '../db/retention';
import type { RadarDb } from '../db/open-db';
import { compileVisibility } from '../filters/post-visibility';
import type { Translator } from '../i18n/translator';
import { compileAnnounceRule } from '../notify/announce-rule';
import type { AnnouncementBatch } from '../notify/plan-notifications';
import { isQuietTime } from '../notify/quiet-hours';
import type { Post } from '../post';
import type { PollNowResponse, RadarChangedBroadcast } from '../messages';
import type { Settings } from '../settings/settings';
import { schedulePollAlarm } from './poll-alarm';
import { pollFeed } from './poll-feed';
import type { createPollLock } from './poll-lock';

// Re-exported: the worker and its tests know the feed from here.
export { DEV_RUST_FEED };

export interface PollCycleDeps {
  getDb: GetDb;
  fetch: typeof globalThis.fetch;
  now: () => number;
  runExclusive: ReturnType<typeof createPollLock>;
  loadSettings: () => Promise<Settings>;
  alarms: Parameters<typeof schedulePollAlarm>[0];
  updateBadge: () => Promise<unknown>;
  /** Tells open pages to re-read; must not throw when none is open. */
  broadcast: (message: RadarChangedBroadcast) => void;
  /**
   * Shows what waits in the announcement outbox (after every poll, so a quiet-hours backlog
   * goes out once quiet hours end). Default: nothing is shown.
   */
  flushAnnouncements?: (db: RadarDb, settings: Settings) => Promise<unknown>;
  /** Words for failures. Default: English from the messages file (see `pollFeed`). */
  t?: Translator;
}

/**
 * How a new post is announced under `settings` at `now`: the first-install backlog as one
 * welcome, during quiet hours held for a summary, otherwise as new — or not at all.
 */
export function classifyAnnouncement(
  settings: Settings,
  now: number,
): (
  post: Pick<Post, 'url' | 'author' | 'title' | 'tags'>,
  firstFetch: boolean,
) => AnnouncementBatch | null {
  const announces = compileAnnounceRule(settings, compileVisibility(settings));
  const quiet = isQuietTime(settings.quietHours, new Date(now));
  return (post, firstFetch) => {
    if (!announces(post)) return null;
    if (firstFetch) return 'welcome';
    return quiet ? 'quiet' : 'new';
  };
}

/**
 * One full poll as the worker runs it: exclusive → poll → reschedule → badge → tell pages.
 * A second call while a poll runs (alarm and Refresh together) does nothing and says 'busy'.
 */
export async function runPollCycle(deps: PollCycleDeps): Promise<PollNowResponse> {
  const result = await deps.runExclusive(async () => {
    deps.broadcast({ type: 'radar:changed', reason: 'poll-started' });
    try {
      const settings = await deps.loadSettings();
      const db = await deps.getDb();
      const report = await pollFeed(
        { db, fetch: deps.fetch, now: deps.now, t: deps.t },
        {
          feedUrl: DEV_RUST_FEED.url,
          feedName: DEV_RUST_FEED.name,
          intervalMinutes: settings.pollIntervalMinutes,
          retention: { ...DEFAULT_RETENTION, keepReadDays: settings.keepReadDays },
          announce: classifyAnnouncement(settings, deps.now()),
        },
      );
      await schedulePollAlarm(
        deps.alarms,
        report.state.nextPollAt ?? deps.now(),
        settings.pollIntervalMinutes,
      );
      await deps.updateBadge();
      await deps.flushAnnouncements?.(db, settings);
      return report.status === 'failed'
        ? { status: report.status, message: report.message }
        : { status: report.status };
    } finally {
      deps.broadcast({ type: 'radar:changed', reason: 'poll-finished' });
    }
  });
  return result.ran ? result.value : { status: 'busy' };
}
