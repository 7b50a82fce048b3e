import type { DBSchema } from 'idb';
import type { FeedItem } from '../feed/post';
import type { Judgement } from '../relevance/relevance';
import type { VisibilityFilters } from '../filters/post-visibility';

/** Why a post waits in the outbox: the first-install backlog, a normal poll, or quiet hours. */
export type AnnouncementBatch = 'welcome' | 'new' | 'quiet';

/** A post waiting in the outbox to be announced (`utils/notify/announce.ts` decides how). */
export interface QueuedAnnouncement {
  postId: string;
  batch: AnnouncementBatch;
  queuedAt: number;
}

export type NotificationKind = 'post' | 'summary' | 'welcome';

/** A post as stored: the parsed item plus what the extension knows about it. */
export interface StoredPost extends FeedItem {
  /** Feed the post was last seen in. */
  feedUrl: string;
  /**
   * The source (`Source.id`, e.g. `dev:rust`) that first stored the post. (v3; posts stored
   * earlier came from DEV's rust feed and are given `dev:rust` by the upgrade.)
   */
  sourceId?: string;
  /**
   * Keys that find this article again through another feed (`utils/sources/dedupe.ts`:
   * canonical URL, then title+author), under the multi-entry `by-dup-key` index. (v3)
   */
  dupKeys?: string[];
  /** When this extension first stored the post (ms). Never changes once set. */
  firstSeenAt: number;
  /**
   * Sort key for newest-first lists: the published time, clamped to `firstSeenAt` so a
   * future-dated post cannot sit on top of the list forever.
   */
  sortAt: number;
  /** 1 = unread, 0 = read. A number because IndexedDB cannot index booleans. */
  unread: 0 | 1;
  /** When the user read it (ms), null while unread. */
  readAt: number | null;
  /**
   * What the relevance judge made of it when it was stored (or re-judged after a new judge
   * version, `rejudgePosts`). Absent on posts stored before v5 until they are re-judged. (v5)
   */
  judgement?: Judgement;
  /** The reader's own verdict ("Not Rust" / "This is Rust"): wins over the judge's. (v5) */
  correction?: PostCorrection;
  /**
   * When the reader saved it for later (ms); null or absent when not saved. Saved posts have
   * their own popup view and are never pruned. (v6)
   */
  savedAt?: number | null;
  /**
   * While snoozed: when it comes back unread (ms). A snoozed post is stored read (`unread: 0`,
   * `readAt: null`), so it leaves the unread list and the badge at once; reading it clears
   * this, which cancels the return. (v6)
   */
  snoozedUntil?: number | null;
}

/**
 * A stored post without what no filter or count looks at (its summary, duplicate keys and
 * feed URL). Everything else is copied, so a field a feature adds to `StoredPost` (a relevance
 * verdict, a snooze time) reaches the filters without anyone listing it here.
 */
export type PostFacets = Omit<StoredPost, HeavyPostField>;

/** The fields `PostFacets` leaves out. */
export type HeavyPostField = 'summaryHtml' | 'dupKeys' | 'feedUrl';

/** Unread posts in one scope (all sources, or one): in all, shown by the rule, folded by it. */
export interface UnreadCounts {
  unread: number;
  visible: number;
  folded: number;
}

/**
 * The unread counts kept up to date as posts change (`utils/db/unread-tally.ts`), for the
 * one visibility rule they were counted by: its filters travel with them, so any writer of
 * posts can apply that rule to what it changes. (v8)
 */
export interface UnreadTally {
  /** `VisibilityRule.key` of the rule counted by. */
  key: string;
  filters: VisibilityFilters;
  all: UnreadCounts;
  /** Per source id; a source with no unread post has no entry. */
  bySource: Record<string, UnreadCounts>;
  /**
   * Goes up by one with every change of the counts' posts and every recount, so a reader can
   * tell that nothing changed since it looked (absent in tallies from before it: read as 0).
   */
  revision?: number;
}

/** The reader's verdict on one post. */
export type PostCorrection = 'rust' | 'not-rust';

/** What the reader's corrections taught the judge, stored under `CORRECTIONS_KEYS`. */
export type CorrectionsKey = 'words' | 'authors';

/** What the extension remembers about one feed between polls. */
export interface FeedState {
  url: string;
  /** Validators from the last 200 response, sent back as If-None-Match / If-Modified-Since. */
  etag: string | null;
  lastModified: string | null;
  lastAttemptAt: number | null;
  lastSuccessAt: number | null;
  /** The last failure, cleared by the next success. */
  lastError: FeedFailure | null;
  consecutiveFailures: number;
  /** When the next poll is due (ms); the alarm is scheduled for it. */
  nextPollAt: number | null;
  /**
   * Ids of the stored posts this feed listed at its last 200 (its own and the ones it shared
   * with other feeds). Retention never deletes a post any feed still lists: a deleted read
   * post would come back unread with that feed's next poll. (v3)
   */
  listedIds?: string[];
  /** The source this feed belongs to (`Source.id`), once polled as a source. */
  sourceId?: string;
  /**
   * True when the last poll cycle skipped the source because its host permission is not
   * granted (the options page asks for it); cleared by the next poll.
   */
  needsPermission?: boolean;
}

export interface FeedFailure {
  /** Plain words for the popup, e.g. "DEV did not answer (HTTP 503)". */
  message: string;
  at: number;
  /** HTTP status when the server answered, else null. */
  status: number | null;
}

export interface RadarDbSchema extends DBSchema {
  posts: {
    key: string;
    value: StoredPost;
    indexes: {
      /** Newest-first listing of everything. */
      'by-sort': number;
      /** Newest-first listing of unread posts: [unread, sortAt]. */
      'by-unread-sort': [number, number];
      /** Duplicate keys (multi-entry): the same article reached through another feed. (v3) */
      'by-dup-key': string;
      /** One source's posts, newest first: [sourceId, sortAt] (the popup's source filter). (v4) */
      'by-source-sort': [string, number];
      /** One source's unread posts, newest first: [sourceId, unread, sortAt]. (v4) */
      'by-source-unread-sort': [string, number, number];
      /**
       * One author's posts (display name) by time: the judge's memory of their most recent
       * posts, newest first. [author, sortAt] (v8; v5's `by-author` gave them in URL order).
       */
      'by-author-sort': [string, number];
      /** Posts by verdict (`judgement.verdict`): the few the judge folds, counted apart. (v5) */
      'by-verdict': string;
      /** Posts the reader corrected, by their verdict. (v5) */
      'by-correction': string;
      /** Saved posts, newest saved last (`savedAt`; unsaved posts are not in it). (v6) */
      'by-saved': number;
      /** Snoozed posts by return time (`snoozedUntil`; others are not in it). (v6) */
      'by-snoozed': number;
    };
  };
  /**
   * What filters and counts look at, one light record per post kept in step with `posts` by
   * `utils/db/post-records.ts` (the only writer of either): the badge, the header count and
   * the options page read these instead of deserializing every summary. (v7)
   */
  facets: {
    key: string;
    value: PostFacets;
    indexes: {
      'by-sort': number;
      'by-unread-sort': [number, number];
      'by-source-unread-sort': [string, number, number];
    };
  };
  feeds: {
    key: string;
    value: FeedState;
  };
  /**
   * Posts waiting to be announced, written in the same transaction that stores them, so a
   * worker killed before notifying still announces them (once) on its next run. (v2)
   */
  outbox: {
    key: string;
    value: QueuedAnnouncement;
  };
  /**
   * What the reader's corrections taught the judge: `words` (a serialized
   * `CorrectionModel`) and `authors` (serialized `AuthorTrust`). Local to this browser,
   * bounded, exported with the settings backup. (v5)
   */
  corrections: {
    key: CorrectionsKey;
    value: unknown;
  };
  /**
   * The unread counts (badge, header count, "Not Rust?" count), one record under 'unread',
   * written in the same transaction as every post change (`utils/db/post-records.ts`). (v8)
   */
  tallies: {
    key: 'unread';
    value: UnreadTally;
  };
  /** Which posts a shown notification stands for, so a click works after a restart. (v2) */
  notifications: {
    key: string;
    value: ShownNotification;
  };
}

export interface ShownNotification {
  id: string;
  kind: NotificationKind;
  postIds: string[];
  shownAt: number;
}

export const DB_NAME = 'rust-radar';
/**
 * Bump with a new step in `upgradeRadarDb`: new stores are created when missing; a step that
 * rewrites data goes under `if (oldVersion < N)`. Never edit an old step.
 */
export const DB_VERSION = 8;
