import { readCorrections } from '../db/corrections-store';
import { loadSourceStates, markNeedsPermission } from '../db/feed-state';
import type { GetDb, RadarDb } from '../db/open-db';
import { DEFAULT_RETENTION } from '../db/retention';
import type { FeedState } from '../db/schema';
import type { Translator } from '../i18n/translator';
import { announcePolicy } from '../notify/announce';
import type { PollNowResponse, RadarChangedBroadcast } from '../notify/messages';
import type { Settings } from '../settings/settings';
import { needsOptionalPermission, originPattern } from '../sources/host-permissions';
import { DEFAULT_SOURCES, DEV_RUST_FEED, type Source } from '../sources/source';
import { dueSources, effectivePollAt } from '../schedule/due-sources';
import {
  isServerAskingToWait,
  withoutExpiredCooldowns,
  type HostCooldowns,
} from '../schedule/next-poll';
import { planPollAlarm, setPollAlarm } from '../schedule/poll-alarm';
import type { createPollLock } from './poll-lock';
import { pollSources, type SourcePollOutcome } from './poll-sources';

export interface PollCycleDeps {
  getDb: GetDb;
  fetch: typeof globalThis.fetch;
  now: () => number;
  runExclusive: ReturnType<typeof createPollLock>;
  loadSettings: () => Promise<Settings>;
  alarms: Parameters<typeof setPollAlarm>[0];
  updateBadge: () => Promise<unknown>;
  /** Tells open pages to re-read; must not throw when none is open. */
  broadcast: (message: RadarChangedBroadcast) => void;
  /**
   * Shows what waits in the announcement outbox (after every poll, so a quiet-hours backlog
   * goes out once quiet hours end). Default: nothing is shown.
   */
  flushAnnouncements?: (db: RadarDb, settings: Settings) => Promise<unknown>;
  /** Words for failures: the browser's in the worker, `english` in tests (see `pollFeed`). */
  t: Translator;
  /** The user's sources (validated). Default: DEFAULT_SOURCES, DEV's rust feed. */
  loadSources?: () => Promise<readonly Source[]>;
  /**
   * Whether an optional host permission (`https://host/*`) is granted. Sources whose host is
   * not granted are skipped and marked "needs permission". Default: every host is granted.
   */
  hasOrigin?: (origin: string) => Promise<boolean>;
  /** Where per-host 429 rest times live between cycles. Default: only within this cycle. */
  hostCooldowns?: {
    load: () => Promise<HostCooldowns>;
    save: (cooldowns: HostCooldowns) => Promise<void>;
  };
}

/** Sources falling due within this of the first one are polled on the same early alarm. */
const EARLY_ALARM_SLACK_MS = 60_000;

/**
 * Why a cycle runs, which decides what it polls:
 * - `refresh`: the user asked: every enabled source, even one whose server asked to wait;
 * - `start`: install or browser start: every enabled source except those whose server asked
 *   to wait (`isServerAskingToWait`) or whose host rests;
 * - `alarm`: the sources that are due (`dueSources`); when the alarm rang early and none is,
 *   the ones that fall due first;
 * - `sources-changed`: the list was edited: only the sources due now (those just added or
 *   switched on have never been polled), so an edit costs the other feeds nothing.
 */
export type PollTrigger = 'refresh' | 'start' | 'alarm' | 'sources-changed';

/**
 * One full poll as the worker runs it: exclusive → poll the sources → reschedule → badge →
 * tell pages. A second call while a poll runs (alarm and Refresh together) does nothing and
 * says 'busy'. The response sums the sources up: 'failed' (with the first failure's words,
 * DEV's first) when any failed, else 'updated' when any changed, else 'not-modified'.
 */
export async function runPollCycle(
  deps: PollCycleDeps,
  trigger: PollTrigger = 'refresh',
): Promise<PollNowResponse> {
  const result = await deps.runExclusive(async () => {
    deps.broadcast({ type: 'radar:changed', reason: 'poll-started' });
    try {
      const settings = await deps.loadSettings();
      const db = await deps.getDb();
      const sources = await (deps.loadSources?.() ?? Promise.resolve(DEFAULT_SOURCES));
      const start = deps.now();
      const storedCooldowns = (await deps.hostCooldowns?.load()) ?? {};
      const hostCooldowns = withoutExpiredCooldowns(storedCooldowns, start);
      const enabled = sources.filter((source) => source.enabled);
      const states = await loadSourceStates(db, enabled);
      const learned = await readCorrections(db);
      const { granted, needPermission } = await splitByPermission(enabled, deps.hasOrigin);
      await markNeedsPermission(db, needPermission, states);

      const polled = pollsFor(trigger, granted, states, hostCooldowns, start);
      const { outcomes, hostCooldowns: after } = await pollSources(
        { db, fetch: deps.fetch, now: deps.now, t: deps.t },
        {
          intervalMinutes: settings.pollIntervalMinutes,
          retention: { ...DEFAULT_RETENTION, keepReadDays: settings.keepReadDays },
          learned: { corrections: learned.words, authorTrust: learned.authors },
          announce: announcePolicy(settings, deps.now()).batchFor,
        },
        // A start waits out the hosts' rests; `pollsFor` already chose around them otherwise.
        { sources: polled, hostCooldowns, ignoreCooldowns: trigger !== 'start' },
      );
      for (const outcome of outcomes) {
        if (outcome.report) states.set(outcome.source.id, outcome.report.state);
        if ('error' in outcome) {
          console.error(`Rust Radar: polling ${outcome.source.feedUrl} failed`, outcome.error);
        }
      }
      if (after !== storedCooldowns) await deps.hostCooldowns?.save(after);

      const plan = planPollAlarm({
        sources: granted,
        states,
        hostCooldowns: after,
        now: deps.now(),
        intervalMinutes: settings.pollIntervalMinutes,
        occasion: 'after-poll',
      });
      await setPollAlarm(deps.alarms, plan);
      await deps.updateBadge();
      await deps.flushAnnouncements?.(db, settings);
      return summarize(outcomes);
    } finally {
      deps.broadcast({ type: 'radar:changed', reason: 'poll-finished' });
    }
  });
  return result.ran ? result.value : { status: 'busy' };
}

/** The sources `trigger` polls among those with host access, in list order. */
function pollsFor(
  trigger: PollTrigger,
  granted: readonly Source[],
  states: ReadonlyMap<string, FeedState>,
  hostCooldowns: HostCooldowns,
  now: number,
): Source[] {
  if (trigger === 'refresh') return [...granted];
  if (trigger === 'sources-changed') {
    return dueSources({ sources: granted, states, now, hostCooldowns }).due;
  }
  if (trigger === 'alarm') {
    const { due, nextAlarmAt } = dueSources({ sources: granted, states, now, hostCooldowns });
    if (due.length > 0 || nextAlarmAt === null) return due;
    // The alarm rang before anything was due (browsers fire alarms early or late, and the
    // periodic safety net rings on its own beat): poll what falls due first, so every ring
    // polls something — with one source, exactly what a single-feed alarm always did.
    return granted.filter(
      (source) =>
        effectivePollAt(source, states.get(source.id), now, hostCooldowns) <=
        nextAlarmAt + EARLY_ALARM_SLACK_MS,
    );
  }
  return granted.filter((source) => {
    const state = states.get(source.id);
    return !state || !isServerAskingToWait(state, now);
  });
}

async function splitByPermission(
  sources: readonly Source[],
  hasOrigin: PollCycleDeps['hasOrigin'],
): Promise<{ granted: Source[]; needPermission: Source[] }> {
  const granted: Source[] = [];
  const needPermission: Source[] = [];
  for (const source of sources) {
    const origin = needsOptionalPermission(source) ? originPattern(source.feedUrl) : null;
    const allowed = origin === null || !hasOrigin || (await hasOrigin(origin).catch(() => false));
    (allowed ? granted : needPermission).push(source);
  }
  return { granted, needPermission };
}

function summarize(outcomes: readonly SourcePollOutcome[]): PollNowResponse {
  const reports = outcomes.flatMap((outcome) => (outcome.report ? [outcome.report] : []));
  const failures = reports.flatMap((report) => (report.status === 'failed' ? [report] : []));
  const dev = failures.find((report) => report.state.url === DEV_RUST_FEED.url);
  const failure = dev ?? failures[0];
  if (failure) return { status: 'failed', message: failure.message };
  return reports.some((report) => report.status === 'updated')
    ? { status: 'updated' }
    : { status: 'not-modified' };
}
