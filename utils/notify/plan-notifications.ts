import { fnv1a32 } from '../feed/post-id';
import type {
  AnnouncementBatch,
  NotificationKind,
  QueuedAnnouncement,
  StoredPost,
} from '../db/schema';
import type { Translator } from '../i18n/translator';

/** Options in the shape `notifications.create` takes (Chrome's superset; Firefox gets less). */
export interface NotificationOptions {
  type: 'basic' | 'list';
  iconUrl: string;
  title: string;
  message: string;
  items?: { title: string; message: string }[];
  buttons?: { title: string }[];
}

export interface PlannedNotification {
  /** Deterministic for a single post, so re-showing after a crash replaces, never duplicates. */
  id: string;
  kind: NotificationKind;
  postIds: string[];
  options: NotificationOptions;
}

export interface NotificationCapabilities {
  /** Chrome's `list` template (Firefox shows only basic notifications). */
  list: boolean;
  /** Action buttons (Chrome; not Firefox). */
  buttons: boolean;
}

/**
 * What the browser's notifications can show. Firefox has neither list templates nor action
 * buttons (MDN: notifications.NotificationOptions); Chromium has both.
 */
export function notificationCapabilities(isFirefox: boolean): NotificationCapabilities {
  return isFirefox ? { list: false, buttons: false } : { list: true, buttons: true };
}

export interface PlanInput {
  /** Waiting announcements with their posts, already stripped of read or now-hidden posts. */
  queued: { entry: QueuedAnnouncement; post: StoredPost }[];
  /** This many or more new posts become one summary. */
  groupThreshold: number;
  capabilities: NotificationCapabilities;
  iconUrl: string;
  now: number;
  /** Words for titles, messages and the Mark read button. */
  t: Translator;
}

const SUMMARY_LINES = 5;

/**
 * Turns waiting announcements into notifications, never a storm:
 * - the first-install backlog → at most one welcome;
 * - what arrived during quiet hours (plus anything new with it) → one summary;
 * - otherwise fewer than `groupThreshold` new posts → one each, more → one summary.
 */
export function planNotifications(input: PlanInput): PlannedNotification[] {
  const byBatch = (batch: AnnouncementBatch) =>
    input.queued
      .filter(({ entry }) => entry.batch === batch)
      .map(({ post }) => post)
      .sort((a, b) => b.sortAt - a.sortAt);
  const welcome = byBatch('welcome');
  const quiet = byBatch('quiet');
  const fresh = byBatch('new');
  const plans: PlannedNotification[] = [];

  if (welcome.length > 0) plans.push(welcomeNotification(welcome, input));
  if (quiet.length > 0) {
    const all = [...quiet, ...fresh].sort((a, b) => b.sortAt - a.sortAt);
    plans.push(summaryNotification(all, input));
  } else if (fresh.length >= input.groupThreshold) {
    plans.push(summaryNotification(fresh, input));
  } else {
    plans.push(...fresh.map((post) => postNotification(post, input)));
  }
  return plans;
}

function welcomeNotification(posts: StoredPost[], input: PlanInput): PlannedNotification {
  return {
    id: 'radar-welcome',
    kind: 'welcome',
    postIds: posts.map((post) => post.id),
    options: {
      type: 'basic',
      iconUrl: input.iconUrl,
      title: input.t('notifyWelcomeTitle'),
      message: input.t.plural('notifyWelcomeMessage', posts.length),
    },
  };
}

function summaryNotification(posts: StoredPost[], input: PlanInput): PlannedNotification {
  const shown = posts.slice(0, SUMMARY_LINES);
  const more = posts.length - shown.length;
  const title = input.t.plural('notifySummaryTitle', posts.length);
  const andMore = input.t.plural('notifySummaryMore', more);
  const base = {
    // From its posts, not the clock: re-shown after a crash, it replaces the first one.
    id: `radar-summary:${fnv1a32(posts.map((post) => post.id).join('\n'))}`,
    kind: 'summary' as const,
    postIds: posts.map((post) => post.id),
  };
  if (input.capabilities.list) {
    return {
      ...base,
      options: {
        type: 'list',
        iconUrl: input.iconUrl,
        title,
        message: more > 0 ? andMore : '',
        items: shown.map((post) => ({ title: post.title, message: post.author })),
      },
    };
  }
  const lines = shown.map((post) => `• ${post.title}`);
  if (more > 0) lines.push(andMore);
  return {
    ...base,
    options: { type: 'basic', iconUrl: input.iconUrl, title, message: lines.join('\n') },
  };
}

/** The part of `PlanInput` one post's notification needs. */
type PostNotificationInput = Pick<PlanInput, 'capabilities' | 'iconUrl' | 't'>;

/**
 * "Back: <title>" for a snoozed post that came back. A post notification in all but its words
 * and id: a click opens the post, its buttons mark it read or save it.
 */
export function returnNotification(
  post: StoredPost,
  input: PostNotificationInput,
): PlannedNotification {
  const plan = postNotification(post, input);
  return {
    ...plan,
    id: `radar-back:${post.id}`,
    options: { ...plan.options, title: input.t('notifyBackTitle', { title: post.title }) },
  };
}

function postNotification(post: StoredPost, input: PostNotificationInput): PlannedNotification {
  const tags = post.tags.map((tag) => `#${tag}`).join(' ');
  const byline = [post.author, tags].filter(Boolean).join(' · ');
  return {
    id: `radar-post:${post.id}`,
    kind: 'post',
    postIds: [post.id],
    options: {
      type: 'basic',
      iconUrl: input.iconUrl,
      title: post.title,
      message: byline || input.t('notifyPostFallback'),
      // In the order of NOTIFICATION_BUTTONS (notification-clicks.ts). Firefox shows none: there
      // a click opens the post and the popup saves it.
      ...(input.capabilities.buttons
        ? { buttons: [{ title: input.t('notifyMarkRead') }, { title: input.t('notifySave') }] }
        : {}),
    },
  };
}
