import { getFeedState, putFeedState } from '../db/feed-state';
import type { RadarDb } from '../db/open-db';
import type { RetentionPolicy } from '../db/retention';
import type { AnnouncementBatch, FeedState, StoredPost } from '../db/schema';
import { storePollResult } from '../db/store-poll-result';
import { judgedSourceFor } from '../relevance/judged-source';
import type { JudgeContext } from '../relevance/relevance';
import { describeFeedParseError } from '../feed/feed-failure';
import { parseFeed } from '../feed/parse-feed';
import type { Translator } from '../i18n/translator';
import { parseCacheControl } from '../schedule/cache-control';
import {
  hostCooldownMs,
  nextSourcePollAt,
  withHostCooldown,
  type HostCooldowns,
} from '../schedule/next-poll';
import { fetchFeed, type FetchOutcome, type Freshness } from './fetch-feed';

export interface PollFeedDeps {
  db: RadarDb;
  fetch: typeof globalThis.fetch;
  /** Clock in ms; read once per step so a slow fetch does not skew the schedule. */
  now: () => number;
  /**
   * Words for the failure stored in the feed state (the popup shows it as is): the worker
   * passes the browser's, tests `english`. Required so the worker bundles no messages file.
   */
  t: Translator;
}

export interface PollFeedSettings {
  feedUrl: string;
  /** The source polled (`Source.id`); stored on new posts and the feed state. */
  sourceId: string;
  /**
   * Per-host rest times known before this poll. The next poll is never scheduled inside its
   * host's rest, and a 429 (or 503 with `Retry-After`) adds one (see `hostCooldowns` in the
   * report). Default: none.
   */
  hostCooldowns?: HostCooldowns;
  /** How users know the source, for messages: "DEV". */
  feedName: string;
  intervalMinutes: number;
  retention?: RetentionPolicy;
  timeoutMs?: number;
  /**
   * Which new posts to announce, and how. `firstFetch` is true for the feed's first
   * successful poll (the backlog a fresh install finds). Default: none.
   */
  announce?: (post: StoredPost, firstFetch: boolean) => AnnouncementBatch | null;
  /**
   * What the reader's corrections taught the judge; every new or edited post is judged when
   * it is stored (`judgedSourceFor(sourceId)` says how). Default: nothing learned.
   */
  learned?: Pick<JudgeContext, 'corrections' | 'authorTrust'>;
}

/** Every report carries the host cooldowns after this poll (unchanged unless it got a 429). */
export type PollReport = { hostCooldowns: HostCooldowns } & (
  | { status: 'updated'; added: StoredPost[]; updated: number; state: FeedState }
  | { status: 'not-modified'; state: FeedState }
  | { status: 'failed'; message: string; state: FeedState }
);

/**
 * One poll of one feed: conditional GET → parse → store in one transaction → schedule.
 * Never throws for network, HTTP or feed problems: they are recorded in the feed state (for
 * the popup) and every stored post stays as it was.
 */
export async function pollFeed(
  deps: PollFeedDeps,
  settings: PollFeedSettings,
): Promise<PollReport> {
  const { db, t } = deps;
  const previous = await getFeedState(db, settings.feedUrl);
  const attemptAt = deps.now();
  const fetched = await fetchFeed(previous, {
    fetch: deps.fetch,
    now: attemptAt,
    timeoutMs: settings.timeoutMs,
    t,
  });
  const now = deps.now();
  const hostCooldowns = settings.hostCooldowns ?? {};

  if (fetched.kind === 'not-modified') {
    const state = succeeded(previous, settings, attemptAt, now, fetched);
    await putFeedState(db, state);
    return { status: 'not-modified', state, hostCooldowns };
  }
  if (fetched.kind === 'failed') {
    return recordFailure(db, previous, settings, attemptAt, now, t, fetched);
  }

  const parsed = parseFeed(fetched.body, {
    feedUrl: settings.feedUrl,
    contentType: fetched.contentType,
    now,
  });
  if (!parsed.ok) {
    return recordFailure(db, previous, settings, attemptAt, now, t, {
      kind: 'failed',
      status: null,
      reason: t('pollUnreadable', { problem: describeFeedParseError(parsed.error, t) }),
      retryAfterMs: null,
    });
  }
  const state: FeedState = {
    ...succeeded(previous, settings, attemptAt, now, fetched),
    etag: fetched.etag,
    lastModified: fetched.lastModified,
  };
  try {
    const outcome = await storePollResult(db, {
      feedUrl: settings.feedUrl,
      sourceId: settings.sourceId,
      items: parsed.items,
      feedState: state,
      now,
      retention: settings.retention,
      judge: { ...settings.learned, source: judgedSourceFor(settings.sourceId) },
      announce: settings.announce
        ? (post) => settings.announce!(post, previous.lastSuccessAt === null)
        : undefined,
    });
    return {
      status: 'updated',
      added: outcome.added,
      updated: outcome.updated,
      state,
      hostCooldowns,
    };
  } catch (error) {
    // The transaction was rolled back whole: stored posts and read state are as before.
    const full = error instanceof DOMException && error.name === 'QuotaExceededError';
    return recordFailure(db, previous, settings, attemptAt, now, t, {
      kind: 'failed',
      status: null,
      reason: full ? t('pollStorageFull') : t('pollStorageError'),
      retryAfterMs: null,
    });
  }
}

/** The state after a 200 or 304: next poll one interval on, or when the response goes stale. */
function succeeded(
  previous: FeedState,
  settings: PollFeedSettings,
  attemptAt: number,
  now: number,
  freshness: Freshness,
): FeedState {
  return {
    ...previous,
    ...sourceFields(settings),
    lastAttemptAt: attemptAt,
    lastSuccessAt: now,
    lastError: null,
    consecutiveFailures: 0,
    nextPollAt: nextSourcePollAt({
      feedUrl: settings.feedUrl,
      now,
      intervalMinutes: settings.intervalMinutes,
      consecutiveFailures: 0,
      cacheControl: parseCacheControl(freshness.cacheControl),
      ageHeader: freshness.age,
      hostCooldowns: settings.hostCooldowns,
    }),
  };
}

/** The source the state belongs to, and the end of any "needs permission" note. */
function sourceFields(settings: PollFeedSettings): Pick<FeedState, 'sourceId' | 'needsPermission'> {
  return { sourceId: settings.sourceId, needsPermission: false };
}

async function recordFailure(
  db: RadarDb,
  previous: FeedState,
  settings: PollFeedSettings,
  attemptAt: number,
  now: number,
  t: Translator,
  failure: Extract<FetchOutcome, { kind: 'failed' }>,
): Promise<PollReport> {
  const consecutiveFailures = previous.consecutiveFailures + 1;
  // Worded now, in the worker: the popup shows the stored sentence as it is.
  const message = t('pollFailed', { feed: settings.feedName, reason: failure.reason });
  // A 429 rests the whole host: every feed on it waits, and no feed elsewhere.
  const restMs = hostCooldownMs(failure.status, failure.retryAfterMs);
  const hostCooldowns =
    restMs === null
      ? (settings.hostCooldowns ?? {})
      : withHostCooldown(settings.hostCooldowns ?? {}, settings.feedUrl, now + restMs);
  const state: FeedState = {
    ...previous,
    ...sourceFields(settings),
    lastAttemptAt: attemptAt,
    lastError: { message, at: now, status: failure.status },
    consecutiveFailures,
    nextPollAt: nextSourcePollAt({
      feedUrl: settings.feedUrl,
      now,
      intervalMinutes: settings.intervalMinutes,
      consecutiveFailures,
      retryAfterMs: failure.retryAfterMs,
      hostCooldowns,
    }),
  };
  try {
    await putFeedState(db, state);
  } catch {
    // Storage is too full even for this small record. The caller still learns what failed
    // and backs off by `state`; the next poll starts again from the stored state.
  }
  return { status: 'failed', message, state, hostCooldowns };
}
