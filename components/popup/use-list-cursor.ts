import type { RefObject } from 'preact';
import { useCallback, useState } from 'preact/hooks';
import type { PopupPost } from '@/utils/popup/popup-post';

/**
 * The keyboard cursor over the list (j/k, arrows, Home/End): which post is current, moving
 * focus to its title, and asking for the next page before the cursor runs out of posts.
 * -1 means no post is current yet.
 */
export function useListCursor(
  posts: readonly PopupPost[],
  listRef: RefObject<HTMLUListElement | null>,
  loadMore: (() => void) | null,
) {
  const [active, setActive] = useState(-1);

  const moveTo = (index: number) => {
    if (posts.length === 0) return;
    const target = Math.max(0, Math.min(index, posts.length - 1));
    setActive(target);
    if (loadMore && target >= posts.length - 3) loadMore();
    const title = listRef.current?.children[target]?.querySelector<HTMLElement>('.post-title');
    title?.focus();
    title?.scrollIntoView?.({ block: 'nearest' });
  };

  const reset = useCallback(() => setActive(-1), []);

  return { active, current: posts[active], setActive, moveTo, reset };
}

/** Which posts show their preview; toggled by the chevron or Space. */
export function useExpandedPosts() {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const toggle = useCallback((post: PopupPost) => {
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(post.id)) next.add(post.id);
      return next;
    });
  }, []);
  return { expanded, toggle };
}
