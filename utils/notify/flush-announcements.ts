import type { RadarDb } from '../db/open-db';
import type { Settings } from '../settings/settings';
import type { Translator } from '../i18n/translator';
import { announcePolicy } from './announce';
import {
  planNotifications,
  type NotificationCapabilities,
  type NotificationOptions,
  type PlannedNotification,
} from './plan-notifications';

/** The part of `browser.notifications` announcing needs (injected; Firefox and Chrome differ). */
export interface NotificationsApi {
  create(id: string, options: NotificationOptions): Promise<unknown>;
  clear(id: string): Promise<unknown>;
}

export interface FlushDeps {
  db: RadarDb;
  notifications: NotificationsApi;
  /**
   * The settings now: quiet hours hold everything back, and a queued post is announced only
   * if the announce policy still wants it (filters and Notify may have changed since queuing).
   */
  settings: Parameters<typeof announcePolicy>[0] & Pick<Settings, 'groupThreshold'>;
  capabilities: NotificationCapabilities;
  iconUrl: string;
  now: number;
  /** Words for the notifications. */
  t: Translator;
}

/**
 * Shows what waits in the outbox, then empties it and remembers which posts each
 * notification stands for. During quiet hours nothing is shown and everything waits.
 * Posts read (or deleted, or now hidden) since they were queued are left out.
 */
export async function flushAnnouncements(deps: FlushDeps): Promise<PlannedNotification[]> {
  const policy = announcePolicy(deps.settings, deps.now);
  if (policy.quiet) return [];
  const { db } = deps;
  const readTx = db.transaction(['outbox', 'posts'], 'readonly');
  const entries = await readTx.objectStore('outbox').getAll();
  if (entries.length === 0) return [];
  const posts = await Promise.all(
    entries.map((entry) => readTx.objectStore('posts').get(entry.postId)),
  );
  await readTx.done;

  const queued = entries.flatMap((entry, i) => {
    const post = posts[i];
    return post && post.unread === 1 && policy.stillWanted(post) ? [{ entry, post }] : [];
  });
  const plans = planNotifications({
    queued,
    groupThreshold: deps.settings.groupThreshold,
    capabilities: deps.capabilities,
    iconUrl: deps.iconUrl,
    now: deps.now,
    t: deps.t,
  });
  for (const plan of plans) {
    await deps.notifications.create(plan.id, plan.options);
  }

  // Shown (or dropped): out of the outbox. Killed before this point, the next flush shows
  // them again under the same ids, which replaces rather than duplicates a post notification.
  const writeTx = db.transaction(['outbox', 'notifications'], 'readwrite');
  await Promise.all([
    ...entries.map((entry) => writeTx.objectStore('outbox').delete(entry.postId)),
    ...plans.map((plan) =>
      writeTx.objectStore('notifications').put({
        id: plan.id,
        kind: plan.kind,
        postIds: plan.postIds,
        shownAt: deps.now,
      }),
    ),
  ]);
  await writeTx.done;
  return plans;
}
