import { compileVisibility, describeHiddenReason, isFolded } from '../filters/post-visibility';
import type { Translator } from '../i18n/translator';
import type { Settings } from '../settings/settings';
import type { OptionsPost } from './options-post';

export interface HiddenPost {
  post: OptionsPost;
  /** Plain words: "tag career", "muted author Jane", the judge's reasons for a folded post. */
  reason: string;
  /** Folded as not Rust (the popup's "Not Rust?" section) rather than hidden. */
  folded?: boolean;
}

export interface VisibilityPreview {
  shown: number;
  total: number;
  /** In the order of `posts` (newest first when given so). */
  hidden: HiddenPost[];
}

/**
 * What the current rules do to the stored posts, through the same `compileVisibility` the
 * popup, badge and notifications use — so the preview cannot disagree with them.
 */
export function previewVisibility(
  posts: readonly OptionsPost[],
  settings: Pick<Settings, 'tagModes' | 'mutedAuthors' | 'titleKeywords'> &
    Partial<Pick<Settings, 'notRustPosts'>>,
  t: Translator,
): VisibilityPreview {
  const isVisible = compileVisibility(settings);
  const hidden: HiddenPost[] = [];
  for (const post of posts) {
    const visibility = isVisible(post);
    if (!visibility.visible) {
      const reason = describeHiddenReason(visibility.reason, t);
      hidden.push(
        isFolded(isVisible, visibility) ? { post, reason, folded: true } : { post, reason },
      );
    }
  }
  return { shown: posts.length - hidden.length, total: posts.length, hidden };
}
