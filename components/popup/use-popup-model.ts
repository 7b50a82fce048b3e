import { useCallback, useEffect, useState } from 'preact/hooks';
import { safeHttpUrl } from '@/utils/feed/safe-url';
import type { PopupPost } from '@/utils/popup/popup-post';
import type { PopupSource } from '@/utils/popup/popup-source';
import { useT } from '@/components/shared/translator-context';
import { useFoldedPosts } from './use-folded-posts';
import { usePopupStatus } from './use-popup-status';
import { usePostPages } from './use-post-pages';
import { useUndo } from './use-undo';

export type PopupView = 'unread' | 'saved' | 'all';

/**
 * The popup's state and actions, wired to a `PopupSource`. Read-state changes show at once
 * (patched in place), then the source writes them and the header re-reads its counts.
 * @param firstPage see `usePostPages`.
 */
export function usePopupModel(
  source: PopupSource,
  undoMs?: number,
  firstPage?: Promise<PopupPost[]> | PopupPost[],
) {
  const t = useT();
  const [view, setView] = useState<PopupView>('unread');
  const [search, setSearch] = useState('');
  // '' lists every source; the popup forgets the choice when it closes.
  const [sourceId, setSourceId] = useState('');
  const [refreshError, setRefreshError] = useState<string | null>(null);
  const pages = usePostPages(
    source,
    view === 'unread',
    search,
    sourceId,
    firstPage,
    view === 'saved',
  );
  // The list first: the header's counts are read once the first page is shown. (Should that
  // page fail, so would the counts: both need the database.)
  const header = usePopupStatus(source, pages.loaded, sourceId);
  const undo = useUndo<string[]>(undoMs);
  const { reload, patch } = pages;
  const { reloadStatus, setPolling } = header;
  const unreadOnly = view === 'unread';
  // "Not Rust?": its count at once, its posts when it opens (see useFoldedPosts).
  const folded = useFoldedPosts(source, pages.loaded, header.status, {
    unreadOnly,
    savedView: view === 'saved',
    search,
    sourceId,
  });
  const reloadFolded = folded.reload;
  const patchFolded = folded.patch;
  const offered = header.status?.sources;

  // A source removed meanwhile, or a filter that is no longer shown, must not keep narrowing
  // the list out of sight.
  useEffect(() => {
    if (!sourceId || !offered) return;
    if (offered.length < 2 || !offered.some((option) => option.id === sourceId)) setSourceId('');
  }, [sourceId, offered]);

  const reloadAll = useCallback(
    () => Promise.all([reload(), reloadStatus(), reloadFolded()]).then(() => {}),
    [reload, reloadStatus, reloadFolded],
  );

  useEffect(
    () =>
      source.subscribe((reason) => {
        if (reason === 'poll-started') setPolling(true);
        if (reason === 'poll-finished') setPolling(false);
        void reloadAll();
      }),
    [source, reloadAll, setPolling],
  );

  const setRead = useCallback(
    async (post: PopupPost, read: boolean) => {
      const unread = read ? 0 : 1;
      // Read or unread, a snooze ends (setPostRead).
      patch((p) => (p.id === post.id ? { ...p, unread, snoozedUntil: null } : p));
      patchFolded((p) => (p.id === post.id ? { ...p, unread } : p));
      await source.setRead(post.id, read);
      await reloadStatus();
    },
    [source, patch, patchFolded, reloadStatus],
  );

  const setSaved = useCallback(
    async (post: PopupPost, saved: boolean) => {
      patch((p) => (p.id === post.id ? { ...p, savedAt: saved ? Date.now() : null } : p));
      await source.setSaved(post.id, saved);
    },
    [source, patch],
  );

  // The post leaves the unread list and the badge at once: the list and counts re-read.
  const snooze = useCallback(
    async (post: PopupPost, until: number) => {
      patch((p) => (p.id === post.id ? { ...p, unread: 0, snoozedUntil: until } : p));
      await source.snooze(post.id, until);
      await reloadAll();
    },
    [source, patch, reloadAll],
  );

  /** "Not Rust" on a listed post, "This is Rust" on a folded one: it moves at once. */
  const correct = useCallback(
    async (post: PopupPost, correction: 'rust' | 'not-rust') => {
      try {
        await source.correct(post.id, correction);
      } catch (error) {
        // The post stays where it was (the reload shows what is stored); nothing is lost.
        console.error('Rust Radar: the correction was not saved', error);
      }
      await reloadAll();
    },
    [source, reloadAll],
  );

  const open = useCallback(
    async (post: PopupPost) => {
      const url = safeHttpUrl(post.url);
      if (!url) return;
      // Write first: opening a tab from the real popup closes it, and the write with it.
      // A snoozed post opened now is read: its return is cancelled.
      if (post.unread || typeof post.snoozedUntil === 'number') await setRead(post, true);
      await source.openTab(url);
    },
    [source, setRead],
  );

  const markAllRead = useCallback(async () => {
    // What the list shows: with a source chosen, its posts only (the header counts those).
    const ids = await source.markAllRead(sourceId);
    if (ids.length > 0) undo.offer(ids);
    await reloadAll();
  }, [source, sourceId, undo, reloadAll]);

  const undoMarkAllRead = useCallback(async () => {
    const ids = undo.take();
    if (!ids) return;
    await source.markUnread(ids);
    await reloadAll();
  }, [source, undo, reloadAll]);

  const refresh = useCallback(async () => {
    if (header.polling) return;
    setPolling(true);
    setRefreshError(null);
    try {
      const response = await source.refresh();
      // 'busy': the alarm's poll is running; its poll-finished message ends the spinner.
      if (response.status !== 'busy') setPolling(false);
    } catch {
      // The feed's own failures arrive through the feed state; this is the worker not answering.
      setPolling(false);
      setRefreshError(t('popupWorkerNoAnswer'));
    }
    await reloadAll();
  }, [source, header.polling, setPolling, reloadAll, t]);

  return {
    view,
    setView,
    search,
    setSearch,
    sourceId,
    setSourceId,
    pages,
    status: header.status,
    polling: header.polling,
    refreshError,
    undoIds: undo.pending,
    dismissUndo: undo.dismiss,
    open,
    setRead,
    setSaved,
    snooze,
    folded,
    correct,
    markAllRead,
    undoMarkAllRead,
    refresh,
    openOptions: () => void source.openOptions(),
  };
}

export type PopupModel = ReturnType<typeof usePopupModel>;
