import type { Ref } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { PopupPost } from '@/utils/popup/popup-post';
import type { SnoozeChoice } from '@/utils/schedule/snooze-time';
import type { Sanitizer } from '@/utils/sanitize/safe-html';
import { LoadMore } from './load-more';
import { PostItem } from './post-item';
import { FIRST_FRAME_POSTS } from './use-post-pages';

export interface PostListProps {
  posts: readonly PopupPost[];
  label: string;
  now: number;
  /** Index of the keyboard cursor, -1 for none. */
  active: number;
  expanded: ReadonlySet<string>;
  hasMore: boolean;
  listRef: Ref<HTMLUListElement>;
  loadSanitizer: () => Promise<Sanitizer>;
  onLoadMore(): void;
  onOpen(post: PopupPost): void;
  onToggleRead(post: PopupPost): void;
  onToggleExpanded(post: PopupPost): void;
  onToggleSaved(post: PopupPost): void;
  /** The post whose snooze choices are open, if any. */
  snoozing: string | null;
  onToggleSnooze(post: PopupPost): void;
  onSnooze(post: PopupPost, choice: SnoozeChoice): void;
  onActivate(index: number): void;
  onMuteAuthor?(post: PopupPost): void;
  /** "Not Rust" on a post. */
  onNotRust?(post: PopupPost): void;
}

/** The posts as a list, newest first, with the next page loading at its end. */
export function PostList(props: PostListProps) {
  // The first posts alone in the first frame; effects run once it is painted, and then the
  // whole page is drawn.
  const [firstFrame, setFirstFrame] = useState(true);
  useEffect(() => setFirstFrame(false), []);
  const drawn = firstFrame ? props.posts.slice(0, FIRST_FRAME_POSTS) : props.posts;
  return (
    <>
      <ul class="post-list" role="list" aria-label={props.label} ref={props.listRef}>
        {drawn.map((post, index) => (
          <PostItem
            key={post.id}
            post={post}
            now={props.now}
            active={index === props.active}
            expanded={props.expanded.has(post.id)}
            loadSanitizer={props.loadSanitizer}
            onOpen={props.onOpen}
            onToggleRead={props.onToggleRead}
            onToggleExpanded={props.onToggleExpanded}
            onToggleSaved={props.onToggleSaved}
            snoozeOpen={props.snoozing === post.id}
            onToggleSnooze={props.onToggleSnooze}
            onSnooze={props.onSnooze}
            onFocusIn={() => props.onActivate(index)}
            onMuteAuthor={props.onMuteAuthor}
            onCorrect={props.onNotRust}
          />
        ))}
      </ul>
      {props.hasMore && drawn === props.posts && <LoadMore onLoad={props.onLoadMore} />}
    </>
  );
}
