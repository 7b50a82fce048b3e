import type { PopupPost } from '@/utils/popup/popup-post';
import type { Sanitizer } from '@/utils/sanitize/safe-html';
import type { SnoozeChoice } from '@/utils/schedule/snooze-time';
import type { PostItemProps } from './post-item';

/**
 * What every listed post shares, in the list and in "Not Rust?" alike: the clock, which posts
 * are open, and what the reader can do with a post. The popup builds it once for both lists.
 */
export interface PostActions {
  now: number;
  /** Posts whose preview is open. */
  expanded: ReadonlySet<string>;
  /** The post whose snooze choices are open, if any. */
  snoozing: string | null;
  loadSanitizer: () => Promise<Sanitizer>;
  onOpen(post: PopupPost): void;
  onToggleRead(post: PopupPost): void;
  onToggleExpanded(post: PopupPost): void;
  onToggleSaved(post: PopupPost): void;
  onToggleSnooze(post: PopupPost): void;
  onSnooze(post: PopupPost, choice: SnoozeChoice): void;
}

/** The `PostItem` props that follow from `actions` for one `post`. */
export function postItemProps(
  post: PopupPost,
  actions: PostActions,
): Omit<PostItemProps, 'active' | 'onFocusIn'> {
  const { expanded, snoozing, ...shared } = actions;
  return {
    ...shared,
    post,
    expanded: expanded.has(post.id),
    snoozeOpen: snoozing === post.id,
  };
}
