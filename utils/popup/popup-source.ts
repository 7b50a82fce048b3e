import { listPosts } from '../db/list-posts';
import type { GetDb } from '../db/open-db';
import { listSavedPosts, setPostSaved, snoozePost } from '../db/read-later';
import { markAllRead, markPostsUnread, setPostRead } from '../db/read-state';
import type { PostCorrection, StoredPost } from '../db/schema';
import { compileVisibility, type VisibilityRule } from '../filters/post-visibility';
import type { Translator } from '../i18n/translator';
import type { PollNowResponse, RadarChangedBroadcast, RadarMessage } from '../notify/messages';
import { createReadStateFollowUp, refreshBadge, type BadgeAction } from '../notify/badge';
import type { Settings } from '../settings/settings';
import type { Source } from '../sources/source';
import type { PageCursor, PopupPost } from './popup-post';
import { readPopupStatus, type PopupStatus } from './popup-status';
import { compileSearch } from './search-match';
import { sourceLabeler } from './source-labels';
import { sourceOptions, type SourceOption } from './source-status';

export type { PopupStatus } from './popup-status';

/** One page request from the list. */
export interface PageQuery {
  unreadOnly: boolean;
  /** The Saved view: saved posts only, newest saved first (`unreadOnly` is then ignored). */
  savedOnly?: boolean;
  /** Search box text; '' for none. */
  search: string;
  /** Only this source's posts (`Source.id`); '' or absent for every source. */
  sourceId?: string;
  limit: number;
  after?: PageCursor;
}

export type ChangeReason = RadarChangedBroadcast['reason'];

/**
 * Everything the popup needs from the extension, as one object the components receive as a
 * prop: tests hand in an in-memory fake, `entrypoints/popup/main.tsx` this adapter.
 */
export interface PopupSource {
  listPage(query: PageQuery): Promise<PopupPost[]>;
  /**
   * The posts folded as not Rust that the view would list (unread only in Unread, of the
   * chosen source, matching the search), newest first: the "Not Rust?" section. Empty unless
   * the setting is Fold.
   */
  listFolded(query: Omit<PageQuery, 'limit' | 'after'>): Promise<PopupPost[]>;
  /** The reader's "Not Rust" / "This is Rust": the post moves, the judge learns. */
  correct(id: string, correction: PostCorrection): Promise<void>;
  /**
   * Reads the status and sets the badge from the same count, so the two never disagree.
   * @param sourceId counts that source's posts only (the badge still counts all); default all.
   */
  loadStatus(sourceId?: string): Promise<PopupStatus>;
  /**
   * What the Source menu offers before the status is read: the enabled sources. (The status
   * adds removed and switched-off sources that still have posts.) Drawn with the first posts,
   * so the toolbar does not change shape a moment after the popup opens.
   */
  sourceOptionsAtOpen(): Promise<SourceOption[]>;
  /** True while some context of the extension is polling (for the state at open). */
  isPolling(): Promise<boolean>;
  setRead(id: string, read: boolean): Promise<void>;
  /** Saves the post for later, or unsaves it. */
  setSaved(id: string, saved: boolean): Promise<void>;
  /** Snoozes the post until `until` (ms): it leaves the unread list and the badge at once. */
  snooze(id: string, until: number): Promise<void>;
  /**
   * Marks every unread post the filters show as read (of `sourceId` only, when given);
   * returns their ids for undo.
   */
  markAllRead(sourceId?: string): Promise<string[]>;
  markUnread(ids: readonly string[]): Promise<void>;
  /** Asks the worker to poll now; resolves once the poll is over. */
  refresh(): Promise<PollNowResponse>;
  openTab(url: string): Promise<void>;
  openOptions(): Promise<void>;
  /** Calls `listener` whenever posts, the feed state or the settings change elsewhere. */
  subscribe(listener: (reason: ChangeReason) => void): () => void;
}

/** A `browser.runtime.onMessage`-shaped event (only what we use). */
export interface MessageEvent {
  addListener(listener: (message: unknown) => void): void;
  removeListener(listener: (message: unknown) => void): void;
}

export interface PopupSourceDeps {
  getDb: GetDb;
  now: () => number;
  loadSettings: () => Promise<Settings>;
  /** Subscribes to settings changes; returns the unsubscribe function. */
  watchSettings: (onChange: () => void) => () => void;
  /**
   * The toolbar button, asked for when the badge is first set. Chromium sets up an extension
   * API's bindings on first use, and the popup sets the badge only after its first posts are
   * on screen: their first frame does not pay for it.
   */
  action: () => BadgeAction;
  sendMessage: (message: RadarMessage) => Promise<unknown>;
  onMessage: MessageEvent;
  createTab: (url: string) => Promise<unknown>;
  openOptionsPage: () => Promise<void>;
  isPollRunning: () => Promise<boolean>;
  /** The user's source list (`loadSources`): names for the posts, the filter and the alert. */
  loadSources: () => Promise<Source[]>;
  /** Words for the badge's tooltip. */
  t: Translator;
  /**
   * Sets the worker's return alarm for the earliest snoozed post (`planReturnAlarm`), after a
   * snooze: the worker may be asleep, and the alarm wakes it when the post is due.
   */
  planReturn?: (db: Awaited<ReturnType<GetDb>>) => Promise<unknown>;
  /**
   * Called, synchronously, before every change this popup makes to posts (read state, saved,
   * snoozed, corrected): the copy of the first frame kept for the next open goes before any
   * post in it can change (`utils/popup/first-frame.ts`). `leaving` names the post when all
   * the change does is take that one post out of the Unread view (read, snoozed); what is
   * returned then runs once the change has committed and written that post, before the change
   * resolves (keeping the copy again without that post, `keepFrameWithoutPost`). It never
   * rejects.
   */
  beforeWrite?: (leaving?: string) => AfterPostWrite | void;
}

/** Runs once a change `PopupSourceDeps.beforeWrite` was told of has committed; never rejects. */
export type AfterPostWrite = (db: Awaited<ReturnType<GetDb>>) => Promise<void>;

/**
 * The real `PopupSource`: idb through `utils/db`, the worker through messages, the badge
 * through `refreshBadge`. Browser APIs come in as parameters, so this file stays testable
 * with fake-indexeddb and plain functions.
 */
export function createPopupSource(deps: PopupSourceDeps): PopupSource {
  let rule: Promise<VisibilityRule> | null = null;
  // Compiled once and again after each settings change, never per post or per page.
  const visibility = () => (rule ??= deps.loadSettings().then(compileVisibility));
  // Read again after the worker's next message: it polls whenever the list changes.
  let sourceList: Promise<Source[]> | null = null;
  const sources = () => (sourceList ??= deps.loadSources());
  /**
   * What a list shows. The Saved view (`keepFolded`) also shows saved posts the judge folds:
   * the reader saved them on purpose, and "Not Rust?" lists only what the other views fold.
   */
  const accepts = async (search: string, keepFolded = false) => {
    const isVisible = await visibility();
    const matches = compileSearch(search);
    const shown = (post: StoredPost) => {
      const verdict = isVisible(post);
      return verdict.visible || (keepFolded && verdict.reason.kind === 'not-rust');
    };
    return (post: StoredPost) => shown(post) && (!matches || matches(post));
  };
  // '' (every source) reads the all-sources indexes; a chosen source reads its own.
  const onlySource = (sourceId?: string) => sourceId || undefined;
  const badge = () =>
    refreshBadge({ getDb: deps.getDb, action: deps.action(), visibility, t: deps.t });
  // The badge counts again and other open pages (options, a second popup) re-read.
  const afterReadStateChange = createReadStateFollowUp({
    updateBadge: badge,
    sendMessage: deps.sendMessage,
  });

  return {
    async listPage({ unreadOnly, savedOnly, search, sourceId, limit, after }) {
      // The source list is read alongside the database opening, so names cost the first page
      // no extra wait. A chosen source is read from its own index: only its posts are read.
      const [db, accept, listed] = await Promise.all([
        deps.getDb(),
        accepts(search, savedOnly),
        sources(),
      ]);
      const label = sourceLabeler(listed);
      const page = savedOnly
        ? await listSavedPosts(db, { limit, after, accept, sourceId: onlySource(sourceId) })
        : await listPosts(db, { unreadOnly, limit, after, accept, sourceId: onlySource(sourceId) });
      return page.map((post) => ({ ...post, sourceTitle: label(post) }));
    },
    async listFolded({ unreadOnly, search, sourceId = '' }) {
      // Its own chunk: most popups never open the section (useFoldedPosts).
      const [db, isVisible, listed, { listFoldedPosts }] = await Promise.all([
        deps.getDb(),
        visibility(),
        sources(),
        import('./list-folded'),
      ]);
      const label = sourceLabeler(listed);
      const posts = await listFoldedPosts(db, isVisible, { unreadOnly, search, sourceId });
      return posts.map((post) => ({ ...post, sourceTitle: label(post) }));
    },
    async correct(id, correction) {
      deps.beforeWrite?.();
      // The learning code (word model, author trust, the tokenizer and its entity table) is a
      // chunk of its own, fetched at the first correction: most popups never make one.
      const { correctPost } = await import('../db/correct-post');
      await correctPost(await deps.getDb(), id, correction);
      await afterReadStateChange();
    },
    async loadStatus(sourceId = '') {
      const db = await deps.getDb();
      return readPopupStatus(db, { sourceId, badge, visibility, sources });
    },
    // The source list is the one the first page already read: no extra wait.
    sourceOptionsAtOpen: () => sources().then((listed) => sourceOptions(listed, [])),
    isPolling: () => deps.isPollRunning(),
    async setRead(id, read) {
      const afterWrite = deps.beforeWrite?.(read ? id : undefined);
      const db = await deps.getDb();
      // Only once the post was written: the copy kept after it expects that one write.
      if (await setPostRead(db, id, read, deps.now())) await afterWrite?.(db);
      await afterReadStateChange();
    },
    async setSaved(id, saved) {
      deps.beforeWrite?.();
      await setPostSaved(await deps.getDb(), id, saved, deps.now());
      // Other open pages (a second popup, the options page's counts) re-read.
      deps.sendMessage({ type: 'radar:changed', reason: 'read-state' }).catch(() => {});
    },
    async snooze(id, until) {
      const afterWrite = deps.beforeWrite?.(id);
      const db = await deps.getDb();
      if (await snoozePost(db, id, until)) await afterWrite?.(db);
      await deps.planReturn?.(db);
      await afterReadStateChange();
    },
    async markAllRead(sourceId) {
      deps.beforeWrite?.();
      const db = await deps.getDb();
      const accept = await accepts('');
      // Only what the filters show: a hidden post stays unread should its filter be lifted.
      const visible = await listPosts(db, {
        unreadOnly: true,
        limit: Infinity,
        accept,
        sourceId: onlySource(sourceId),
      });
      const changed = await markAllRead(
        db,
        deps.now(),
        visible.map((post) => post.id),
      );
      await afterReadStateChange();
      return changed;
    },
    async markUnread(ids) {
      deps.beforeWrite?.();
      await markPostsUnread(await deps.getDb(), ids);
      await afterReadStateChange();
    },
    async refresh() {
      const response = await deps.sendMessage({ type: 'radar:poll-now' });
      return (response as PollNowResponse | undefined) ?? { status: 'failed' };
    },
    async openTab(url) {
      await deps.createTab(url);
    },
    openOptions: () => deps.openOptionsPage(),
    subscribe(listener) {
      const onMessage = (message: unknown) => {
        const change = message as Partial<RadarChangedBroadcast> | null;
        if (change?.type !== 'radar:changed' || !change.reason) return;
        sourceList = null;
        listener(change.reason);
      };
      deps.onMessage.addListener(onMessage);
      const unwatch = deps.watchSettings(() => {
        rule = null;
        listener('settings');
      });
      return () => {
        deps.onMessage.removeListener(onMessage);
        unwatch();
      };
    },
  };
}
