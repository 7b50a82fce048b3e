import { getFeedState, putFeedState } from '../db/feed-state';
import type { RadarDb } from '../db/open-db';
import type { RetentionPolicy } from '../db/retention';
import type { FeedState, StoredPost } from '../db/schema';
import type { AnnouncementBatch } from '../notify/plan-notifications';
import { storePollResult } from '../db/store-poll-result';
import { describeFeedParseError } from '../feed/feed-failure';
import { parseFeed } from '../feed/parse-feed';
import { english } from '../i18n/english';
import type { Translator } from '../i18n/translator';
import { fetchFeed, type FetchOutcome } from './fetch-feed';
import { nextPollAt } from './schedule';

export interface PollFeedDeps {
  db: RadarDb;
  fetch: typeof globalThis.fetch;
  /** Clock in ms; read once per step so a slow fetch does not skew the schedule. */
  now: () => number;
  /**
   * Words for the failure stored in the feed state (the popup shows it as is). Default:
   * English from the messages file; the worker passes the browser's.
   */
  t?: Translator;
}

export interface PollFeedSettings {
  feedUrl: string;
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
}

export type PollReport =
  | { status: 'updated'; added: StoredPost[]; updated: number; state: FeedState }
  | { status: 'not-modified'; state: FeedState }
  | { status: 'failed'; message: string; state: FeedState };

/**
 * One poll of one feed: conditional GET → parse → store in one transaction → schedule.
 * Never throws for network, HTTP or feed problems: they are recorded in the feed state (for
 * the popup) and every stored post stays as it was.
 */
export async function pollFeed(
  deps: PollFeedDeps,
  settings: PollFeedSettings,
): Promise<PollReport> {
  const { db, t = english } = deps;
  const previous = await getFeedState(db, settings.feedUrl);
  const attemptAt = deps.now();
  const fetched = await fetchFeed(previous, {
    fetch: deps.fetch,
    now: attemptAt,
    timeoutMs: settings.timeoutMs,
    t,
  });
  const now = deps.now();

  if (fetched.kind === 'not-modified') {
    const state = succeeded(previous, settings, attemptAt, now);
    await putFeedState(db, state);
    return { status: 'not-modified', state };
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
    ...succeeded(previous, settings, attemptAt, now),
    etag: fetched.etag,
    lastModified: fetched.lastModified,
  };
  try {
    const outcome = await storePollResult(db, {
      feedUrl: settings.feedUrl,
      items: parsed.items,
      feedState: state,
      now,
      retention: settings.retention,
      announce: settings.announce
        ? (post) => settings.announce!(post, previous.lastSuccessAt === null)
        : undefined,
    });
    return { status: 'updated', added: outcome.added, updated: outcome.updated, state };
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

function succeeded(
  previous: FeedState,
  settings: PollFeedSettings,
  attemptAt: number,
  now: number,
): FeedState {
  return {
    ...previous,
    lastAttemptAt: attemptAt,
    lastSuccessAt: now,
    lastError: null,
    consecutiveFailures: 0,
    nextPollAt: nextPollAt({
      now,
      intervalMinutes: settings.intervalMinutes,
      consecutiveFailures: 0,
    }),
  };
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
  const state: FeedState = {
    ...previous,
    lastAttemptAt: attemptAt,
    lastError: { message, at: now, status: failure.status },
    consecutiveFailures,
    nextPollAt: nextPollAt({
      now,
      intervalMinutes: settings.intervalMinutes,
      consecutiveFailures,
      retryAfterMs: failure.retryAfterMs,
    }),
  };
  try {
    await putFeedState(db, state);
  } catch {
    // Storage is too full even for this small record. The caller still learns what failed
    // and backs off by `state`; the next poll starts again from the stored state.
  }
  return { status: 'failed', message, state };
}
