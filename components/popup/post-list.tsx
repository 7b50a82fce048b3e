import type { Ref } from 'preact';
import type { PopupPost } from '@/utils/popup/popup-post';
import type { Sanitizer } from '@/utils/sanitize/safe-html';
import { LoadMore } from './load-more';
import { PostItem } from './post-item';

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
  onActivate(index: number): void;
  onMuteAuthor?(post: PopupPost): void;
}

/** The posts as a list, newest first, with the next page loading at its end. */
export function PostList(props: PostListProps) {
  return (
    <>
      <ul class="post-list" role="list" aria-label={props.label} ref={props.listRef}>
        {props.posts.map((post, index) => (
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
            onFocusIn={() => props.onActivate(index)}
            onMuteAuthor={props.onMuteAuthor}
          />
        ))}
      </ul>
      {props.hasMore && <LoadMore onLoad={props.onLoadMore} />}
    </>
  );
}
