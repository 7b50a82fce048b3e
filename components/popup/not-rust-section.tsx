import { useT } from '@/components/shared/translator-context';
import { describeReasons, notRustReasons } from '@/utils/filters/post-visibility';
import type { PopupPost } from '@/utils/popup/popup-post';
import { postItemProps, type PostActions } from './post-actions';
import { PostItem } from './post-item';

export interface NotRustSectionProps {
  /** How many the view folds: "Not Rust? (N)". */
  count: number;
  /** Those posts, newest first; null until read (they are read when the section opens). */
  posts: readonly PopupPost[] | null;
  open: boolean;
  actions: PostActions;
  onToggle(open: boolean): void;
  /** "This is Rust". */
  onIsRust(post: PopupPost): void;
  /** Focus entered one of these posts: `x` then says "This is Rust" on it. */
  onFocusPost(post: PopupPost): void;
}

/**
 * "Not Rust? (N)": the posts the judge (or the reader) folded, at the end of the list, one
 * click away, each with the reasons and "This is Rust". Closed until the reader opens it.
 */
export function NotRustSection(props: NotRustSectionProps) {
  const t = useT();
  if (props.count === 0) return null;
  return (
    <details
      class="not-rust-section"
      open={props.open}
      onToggle={(event) => props.onToggle((event.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>{t('popupNotRustSection', { count: props.count })}</summary>
      {props.open && props.posts && (
        <ul class="post-list folded" role="list" aria-label={t('popupListNotRust')}>
          {props.posts.map((post) => (
            <PostItem
              key={post.id}
              {...postItemProps(post, props.actions)}
              active={false}
              onFocusIn={() => props.onFocusPost(post)}
              onCorrect={props.onIsRust}
              foldedReason={describeReasons(notRustReasons(post) ?? [], t)}
            />
          ))}
        </ul>
      )}
    </details>
  );
}
