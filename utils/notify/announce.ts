import type { AnnouncementBatch } from '../db/schema';
import {
  compileVisibility,
  type FilterablePost,
  type VisibilityRule,
} from '../filters/post-visibility';
import type { QuietHours, Settings } from '../settings/settings';

// The one place that decides how a new post is announced — as part of the first-install
// welcome, as new, held for the summary after quiet hours, or not at all — and whether a
// snoozed post's return is. The poll asks it
// when it stores a post (the answer goes into the outbox in the same transaction); the flush
// asks it again before showing anything, since filters may have changed since.

/** A post as stored: its verdict decides too (a folded post is not announced). */
type AnnouncedPost = FilterablePost;

export interface AnnouncePolicy {
  /** How a newly stored post is queued; `firstFetch`: its feed's first successful poll. */
  batchFor(post: AnnouncedPost, firstFetch: boolean): AnnouncementBatch | null;
  /** Whether a queued post still deserves a notification now. */
  stillWanted(post: AnnouncedPost): boolean;
  /** Quiet hours now: nothing is shown, everything waits in the outbox. */
  quiet: boolean;
  /**
   * Whether a snoozed post coming back gets its "Back: <title>" notification now: notifications
   * on, not quiet hours, the filters show it. (The reader chose to see it again, so per-tag
   * Notify does not silence it.) Otherwise it simply reappears in the list; it is not held.
   */
  announcesReturn(post: AnnouncedPost): boolean;
}

/**
 * The announce policy under `settings` at `now`.
 * @param isVisible the filters' rule, when the caller has compiled it already.
 */
export function announcePolicy(
  settings: Pick<
    Settings,
    | 'notificationsEnabled'
    | 'tagNotify'
    | 'quietHours'
    | 'tagModes'
    | 'mutedAuthors'
    | 'titleKeywords'
    | 'notRustPosts'
  >,
  now: number,
  isVisible: VisibilityRule = compileVisibility(settings),
): AnnouncePolicy {
  const quiet = isQuietTime(settings.quietHours, new Date(now));
  // Notifications on, the filters show it, and at least one of its tags may notify. Every tag
  // notifies unless the user turned it off, so "only tokio" means turning off `rust` and the
  // other tags; a post without tags has nothing to silence it.
  const stillWanted = (post: AnnouncedPost) =>
    settings.notificationsEnabled &&
    isVisible(post).visible &&
    (post.tags.length === 0 || post.tags.some((tag) => settings.tagNotify[tag] !== false));
  return {
    quiet,
    stillWanted,
    announcesReturn: (post) => settings.notificationsEnabled && !quiet && isVisible(post).visible,
    batchFor(post, firstFetch) {
      if (!stillWanted(post)) return null;
      if (firstFetch) return 'welcome';
      return quiet ? 'quiet' : 'new';
    },
  };
}

function minutesOf(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

/**
 * True when `at` (read in the browser's local time) falls within the quiet hours. The range
 * includes its start and excludes its end, and may wrap midnight (22:00–07:00). A range whose
 * start equals its end is empty, not all day.
 */
export function isQuietTime(quiet: QuietHours, at: Date): boolean {
  if (!quiet.enabled) return false;
  const start = minutesOf(quiet.start);
  const end = minutesOf(quiet.end);
  const now = at.getHours() * 60 + at.getMinutes();
  if (start === end) return false;
  return start < end ? now >= start && now < end : now >= start || now < end;
}
