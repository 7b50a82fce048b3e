import type { Ref } from 'preact';
import type { PopupPost } from '@/utils/popup/popup-post';
import { useFirstFrame } from '@/components/shared/use-first-frame';
import { LoadMore } from './load-more';
import { postItemProps, type PostActions } from './post-actions';
import { PostItem } from './post-item';
import { FIRST_FRAME_POSTS } from './use-post-pages';

export interface PostListProps {
  posts: readonly PopupPost[];
  label: string;
  /** Index of the keyboard cursor, -1 for none. */
  active: number;
  hasMore: boolean;
  listRef: Ref<HTMLUListElement>;
  actions: PostActions;
  onLoadMore(): void;
  onActivate(index: number): void;
  onMuteAuthor?(post: PopupPost): void;
  /** "Not Rust" on a post. */
  onNotRust?(post: PopupPost): void;
}

/** The posts as a list, newest first, with the next page loading at its end. */
export function PostList(props: PostListProps) {
  // The first posts alone in the first frame, the whole page right after it.
  const firstFrame = useFirstFrame();
  const drawn = firstFrame ? props.posts.slice(0, FIRST_FRAME_POSTS) : props.posts;
  return (
    <>
      <ul class="post-list" role="list" aria-label={props.label} ref={props.listRef}>
        {drawn.map((post, index) => (
          <PostItem
            key={post.id}
            {...postItemProps(post, props.actions)}
            active={index === props.active}
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
