import type { GetDb } from '../db/open-db';
import { returnDuePosts } from '../db/read-later';
import type { StoredPost } from '../db/schema';
import type { Translator } from '../i18n/translator';
import { announcePolicy } from '../notify/announce';
import type { NotificationsApi } from '../notify/flush-announcements';
import { returnNotification, type NotificationCapabilities } from '../notify/plan-notifications';
import { planReturnAlarm, type ReturnAlarms } from './return-alarm';

export { RETURN_ALARM } from './return-alarm';

export interface SnoozeReturnDeps {
  getDb: GetDb;
  alarms: ReturnAlarms;
  /** The settings now: notifications on, quiet hours, filters (`announcePolicy`). */
  loadSettings: () => Promise<Parameters<typeof announcePolicy>[0]>;
  notifications: NotificationsApi;
  capabilities: NotificationCapabilities;
  iconUrl: string;
  now: () => number;
  t: Translator;
  /** The badge and open pages, once posts came back (`createReadStateFollowUp`). */
  afterReturn: () => Promise<void>;
}

/**
 * The worker's return of snoozed posts, run on the return alarm and at every start (a return
 * due while the browser was closed happens then). Each post comes back once: the return is one
 * transaction (`returnDuePosts`), and only what it changed is announced — "Back: <title>",
 * unless notifications are off or it is quiet hours, when the post simply reappears.
 * @returns the posts that came back.
 */
export function createSnoozeReturns(deps: SnoozeReturnDeps): () => Promise<StoredPost[]> {
  return async () => {
    const db = await deps.getDb();
    const now = deps.now();
    const back = await returnDuePosts(db, now);
    if (back.length > 0) {
      const policy = announcePolicy(await deps.loadSettings(), now);
      for (const post of back.filter(policy.announcesReturn)) {
        const plan = returnNotification(post, deps);
        await deps.notifications.create(plan.id, plan.options);
        await db.put('notifications', {
          id: plan.id,
          kind: plan.kind,
          postIds: plan.postIds,
          shownAt: now,
        });
      }
      await deps.afterReturn();
    }
    await planReturnAlarm(deps.alarms, db);
    return back;
  };
}
