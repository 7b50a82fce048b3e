import { listFeedStates } from '../db/feed-state';
import { countPosts } from '../db/list-posts';
import type { RadarDb } from '../db/open-db';
import { readUnreadCounts } from '../db/unread-counts';
import type { VisibilityRule } from '../filters/post-visibility';
import type { Source } from '../sources/source';
import {
  failingSources,
  latestSuccessAt,
  sourceOptions,
  type SourceFailure,
  type SourceOption,
} from './source-status';

/** The header's facts: counts and how the sources are doing. */
export interface PopupStatus {
  /** The source the counts are for ('' for all): a read for another choice is stale. */
  sourceId: string;
  /**
   * Unread posts the filters let through: what the badge shows, or, with a source chosen,
   * that source's share (the list, the count and Mark all read then agree).
   */
  unread: number;
  /** The same before filters, to tell "caught up" from "all hidden". */
  unreadTotal: number;
  /**
   * Of those, the ones folded as not Rust: listed apart in "Not Rust?", so neither shown in
   * the list nor hidden by the reader's filters (caught up says how many the filters hide).
   */
  unreadFolded: number;
  /** Posts stored from every source, before filters; 0 on first run. */
  storedCount: number;
  /** When any enabled source last updated; null before the first success. */
  lastSuccessAt: number | null;
  /** Enabled sources whose last poll failed, in the user's order. */
  failures: SourceFailure[];
  /** What the source filter offers; it is hidden with fewer than two. */
  sources: SourceOption[];
}

export interface StatusInput {
  /** The source the list is narrowed to; '' for all. */
  sourceId: string;
  /** Sets the badge and returns its count: unread posts the filters let through. */
  badge: () => Promise<number>;
  visibility: () => Promise<VisibilityRule>;
  sources: () => Promise<Source[]>;
}

/**
 * Reads the status. Called after the first page is on screen: the feed states and a chosen
 * source's counts need reads the list does not wait for.
 */
export async function readPopupStatus(db: RadarDb, input: StatusInput): Promise<PopupStatus> {
  const [counts, storedCount, states, sources] = await Promise.all([
    readCounts(db, input),
    countPosts(db),
    listFeedStates(db),
    input.sources(),
  ]);
  return {
    sourceId: input.sourceId,
    ...counts,
    storedCount,
    lastSuccessAt: latestSuccessAt(sources, states),
    failures: failingSources(sources, states),
    sources: sourceOptions(sources, states),
  };
}

/**
 * Sets the badge (every source's unread posts the filters show) and answers the header's
 * counts — of every source, or with a source chosen, of that source alone — from the unread
 * counts kept up to date as posts change (one read).
 */
async function readCounts(db: RadarDb, input: StatusInput) {
  const isVisible = await input.visibility();
  const [badge, counts] = await Promise.all([
    input.badge(),
    readUnreadCounts(db, isVisible, input.sourceId || undefined),
  ]);
  return {
    // The badge's own count when it is the same question, so header and badge never differ.
    unread: input.sourceId ? counts.visible : badge,
    unreadTotal: counts.unread,
    // Folded posts are listed apart in "Not Rust?": neither in the list nor hidden by filters.
    unreadFolded: counts.folded,
  };
}
