import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { PopupPost } from '@/utils/popup/popup-post';
import type { PopupSource, PopupStatus } from '@/utils/popup/popup-source';

export interface FoldedQuery {
  unreadOnly: boolean;
  /** The Saved view lists its folded posts with the others: no section there. */
  savedView: boolean;
  search: string;
  sourceId: string;
}

export interface FoldedPosts {
  /** "Not Rust? (N)"'s N; undefined until known. */
  count: number | undefined;
  /** The section's posts, newest first; null until read (they are read when it opens). */
  posts: readonly PopupPost[] | null;
  /** The section opened or closed: its posts are read at the first opening. */
  setOpen(open: boolean): void;
  open: boolean;
  reload(): Promise<void>;
  /** Patches the listed posts in place (a read-state change shows at once). */
  patch(change: (post: PopupPost) => PopupPost): void;
}

/**
 * The popup's "Not Rust?" section. In the Unread view without a search its count is the
 * header's (the unread counts kept as posts change, already read for the header), and its
 * posts are read only when the reader opens it: at 5,000 stored posts about 800 are folded,
 * and reading each whole record at every open cost the popup tens of milliseconds and
 * megabytes for a section that is closed. The All view (read posts too) and a search need the
 * posts themselves for the count: they are read at once, as before.
 * @param start false holds every read back until the first page is shown.
 */
export function useFoldedPosts(
  source: PopupSource,
  start: boolean,
  status: PopupStatus | null,
  query: FoldedQuery,
): FoldedPosts {
  const { unreadOnly, savedView, search, sourceId } = query;
  const [open, setOpenState] = useState(false);
  // Once opened, the section's posts are kept current like the list's.
  const [wanted, setWanted] = useState(false);
  // The posts with the query they were read for: a list read for another view, search or
  // source is not this one's, even for the moment before the next read lands.
  const [listed, setListed] = useState<{ key: string; posts: readonly PopupPost[] } | null>(null);
  const generation = useRef(0);
  const countedByHeader = unreadOnly && !savedView && !search;
  const needPosts = !savedView && (!countedByHeader || wanted);
  const key = JSON.stringify([unreadOnly, search, sourceId]);

  // Read at call time: a reload asked for by an action that began under another query (a
  // Refresh, then the section opened or the view changed before its answer) reads what is
  // shown now, instead of dropping that read and the list with it.
  const latest = useRef({ needPosts, unreadOnly, search, sourceId, key });
  latest.current = { needPosts, unreadOnly, search, sourceId, key };

  const reload = useCallback(async () => {
    const mine = ++generation.current;
    const { needPosts, unreadOnly, search, sourceId, key } = latest.current;
    const next = needPosts ? await source.listFolded({ unreadOnly, search, sourceId }) : null;
    if (mine === generation.current) setListed(next && { key, posts: next });
  }, [source]);

  useEffect(() => {
    if (start) void reload();
  }, [start, reload, key, needPosts]);

  const setOpen = useCallback((next: boolean) => {
    setOpenState(next);
    if (next) setWanted(true);
  }, []);

  const patch = useCallback((change: (post: PopupPost) => PopupPost) => {
    setListed((current) => current && { ...current, posts: current.posts.map(change) });
  }, []);

  const posts = listed?.key === key ? listed.posts : null;
  const count = savedView
    ? 0
    : posts
      ? posts.length
      : countedByHeader && status?.sourceId === sourceId
        ? status.unreadFolded
        : undefined;
  return { count, posts: savedView ? [] : posts, open, setOpen, reload, patch };
}
