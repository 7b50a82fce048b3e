import type { VisibilityRule } from '../filters/post-visibility';
import type { Post } from '../post';
import type { Settings } from '../settings/settings';

/**
 * Whether a newly stored post deserves a notification: notifications are on, the filters
 * show it, and at least one of its tags may notify. Every tag notifies unless the user
 * turned it off, so "only tokio" means turning off `rust` and the other tags; a post
 * without tags has nothing to silence it.
 */
export function compileAnnounceRule(
  settings: Pick<Settings, 'notificationsEnabled' | 'tagNotify'>,
  isVisible: VisibilityRule,
): (post: Pick<Post, 'url' | 'author' | 'title' | 'tags'>) => boolean {
  return (post) =>
    settings.notificationsEnabled &&
    isVisible(post).visible &&
    (post.tags.length === 0 || post.tags.some((tag) => settings.tagNotify[tag] !== false));
}
