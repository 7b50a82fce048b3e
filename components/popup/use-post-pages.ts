import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { PopupPost } from '@/utils/popup/popup-post';
import type { PageQuery, PopupSource } from '@/utils/popup/popup-source';

/**
 * Posts read per page: what fills the popup (about five at 600 px) and enough to scroll into
 * while the next page is read. The first page stands between opening and the first post on
 * screen, so it is no bigger: fifty cost a longer read and fifty posts built to show six.
 */
export const PAGE_SIZE = 20;

/**
 * Posts drawn in the list's first frame (PostList): more than the 600 px popup shows (about
 * five posts, eight of the shortest). The rest of the page follows in the next frame, right
 * after this one is on screen, so the first posts do not wait for the styling and layout of
 * posts out of sight.
 */
export const FIRST_FRAME_POSTS = 8;

/** What the popup lists when it opens: the Unread view's first page, every source, no search. */
export const FIRST_PAGE: Readonly<PageQuery> = { unreadOnly: true, search: '', limit: PAGE_SIZE };

export interface PostPages {
  posts: PopupPost[];
  /** The last page came back full, so there may be more. */
  hasMore: boolean;
  /** The first page has arrived (until then the list shows nothing rather than "empty"). */
  loaded: boolean;
  loadMore(): void;
  /** Reads again from the top, as many posts as are shown now, so the scroll position holds. */
  reload(): Promise<void>;
  /** Changes shown posts in place (read state), before the store confirms it. */
  patch(change: (post: PopupPost) => PopupPost): void;
}

/**
 * Newest-first pages of posts for the current view, source and search. Every request carries
 * a generation number: an answer that arrives after the view, the source, the search or a
 * reload moved on is dropped, so fast typing never shows an older query's results.
 * @param sourceId the source the list is narrowed to; '' for all.
 * @param firstPage `source.listPage(FIRST_PAGE)`, when the entrypoint started reading it before
 *   the first render; it stands in for the first read (FIRST_PAGE is what that read asks).
 *   Already read (an array), it is the list of the very first render: the frame and its posts
 *   reach the screen in the same paint.
 * @param savedOnly the Saved view: saved posts, newest saved first.
 */
export function usePostPages(
  source: PopupSource,
  unreadOnly: boolean,
  search: string,
  sourceId: string,
  firstPage?: Promise<PopupPost[]> | PopupPost[],
  savedOnly = false,
): PostPages {
  const initial = Array.isArray(firstPage) ? firstPage : undefined;
  const [posts, setPosts] = useState<PopupPost[]>(initial ?? []);
  const [hasMore, setHasMore] = useState(initial?.length === FIRST_PAGE.limit);
  const [loaded, setLoaded] = useState(initial !== undefined);
  const generation = useRef(0);
  const busy = useRef(false);
  const shown = useRef(posts);
  shown.current = posts;
  // The last post read, as the store gave it: the next page follows it. Not the last one
  // shown, which the reader may have changed since: in the Saved view, unsaving or saving a
  // post again moves its key, and paging from there repeated the first page.
  const readUpTo = useRef<PopupPost | undefined>(initial?.[initial.length - 1]);
  const early = useRef(initial ? undefined : (firstPage as Promise<PopupPost[]> | undefined));
  const haveFirstRead = useRef(initial !== undefined);

  const reload = useCallback(async () => {
    const mine = ++generation.current;
    const limit = Math.max(PAGE_SIZE, shown.current.length);
    // The first read is the one the entrypoint started, if it did.
    const started = early.current;
    early.current = undefined;
    busy.current = true;
    try {
      const page = await (started ??
        source.listPage({ unreadOnly, savedOnly, search, sourceId, limit }));
      if (mine !== generation.current) return;
      readUpTo.current = page[page.length - 1];
      setPosts(page);
      setHasMore(page.length === limit);
      setLoaded(true);
    } finally {
      if (mine === generation.current) busy.current = false;
    }
  }, [source, unreadOnly, savedOnly, search, sourceId]);

  const loadMore = useCallback(() => {
    const last = readUpTo.current;
    if (busy.current || !last) return;
    const mine = generation.current;
    busy.current = true;
    source
      .listPage({ unreadOnly, savedOnly, search, sourceId, limit: PAGE_SIZE, after: last })
      .then((page) => {
        if (mine !== generation.current) return;
        readUpTo.current = page[page.length - 1] ?? last;
        setPosts((current) => [...current, ...page]);
        setHasMore(page.length === PAGE_SIZE);
      })
      .finally(() => {
        if (mine === generation.current) busy.current = false;
      });
  }, [source, unreadOnly, savedOnly, search, sourceId]);

  // A layout effect, so the first read (or the early one's answer) is taken up as the frame
  // around the list renders, not a frame later.
  useLayoutEffect(() => {
    if (haveFirstRead.current) {
      haveFirstRead.current = false;
      return;
    }
    // A new view, source or search starts from the top, not from as many as the old one showed.
    shown.current = [];
    void reload();
  }, [reload]);

  const patch = useCallback((change: (post: PopupPost) => PopupPost) => {
    setPosts((current) => current.map(change));
  }, []);

  return { posts, hasMore, loaded, loadMore, reload, patch };
}
