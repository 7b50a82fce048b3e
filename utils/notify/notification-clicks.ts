import type { RadarDb } from '../db/open-db';
import { setPostSaved } from '../db/read-later';
import { setPostRead } from '../db/read-state';
import type { ShownNotification } from '../db/schema';

/** What a click on a notification should do, decided from the stored mapping. */
export type ClickAction =
  { kind: 'open-post'; postId: string; url: string } | { kind: 'open-list' } | { kind: 'none' };

/**
 * Looks up what a notification stands for. The mapping lives in IndexedDB, not in memory,
 * so a click still works after the worker was terminated and restarted.
 */
export async function resolveNotificationClick(
  db: RadarDb,
  notificationId: string,
): Promise<ClickAction> {
  const shown = await db.get('notifications', notificationId);
  if (!shown) return { kind: 'none' };
  if (shown.kind !== 'post') return { kind: 'open-list' };
  const postId = shown.postIds[0];
  const post = postId ? await db.get('posts', postId) : undefined;
  return post ? { kind: 'open-post', postId: post.id, url: post.url } : { kind: 'none' };
}

/** The "Mark read" button: marks the notification's posts read. */
export async function markNotificationRead(
  db: RadarDb,
  notificationId: string,
  now: number,
): Promise<ShownNotification | undefined> {
  const shown = await db.get('notifications', notificationId);
  if (shown) {
    for (const postId of shown.postIds) await setPostRead(db, postId, true, now);
  }
  return shown;
}

/** The "Save" button of a single-post notification: saves its post for later. */
export async function saveNotificationPost(
  db: RadarDb,
  notificationId: string,
  now: number,
): Promise<void> {
  const shown = await db.get('notifications', notificationId);
  if (shown?.kind !== 'post') return;
  for (const postId of shown.postIds) await setPostSaved(db, postId, true, now);
}

/**
 * What a notification button does, by its place: single-post notifications carry
 * [Mark read, Save] (`plan-notifications.ts`), where the browser shows buttons at all.
 */
export const NOTIFICATION_BUTTONS = ['mark-read', 'save'] as const;

/** A notification was closed (clicked away, dismissed, expired): forget its mapping. */
export async function forgetNotification(db: RadarDb, notificationId: string): Promise<void> {
  await db.delete('notifications', notificationId);
}

/**
 * How old a stored notification must be before a start may forget it as closed: it is stored
 * after it is shown, stamped with its poll's start, so a younger one may be shown and stored
 * while the live list is being read.
 */
export const CLOSED_AFTER_MS = 60 * 60_000;

/**
 * Forgets every stored notification the browser no longer shows (`liveIds`, from
 * `notifications.getAll`) that is older than `CLOSED_AFTER_MS`: the browser closes them all
 * when it quits, or the extension is updated, without an `onClosed` for each, and their
 * records would pile up. Returns how many it forgot.
 */
export async function forgetClosedNotifications(
  db: RadarDb,
  liveIds: readonly string[],
  now: number,
): Promise<number> {
  const live = new Set(liveIds);
  const tx = db.transaction('notifications', 'readwrite');
  const closed = (await tx.store.getAll()).filter(
    (shown) => !live.has(shown.id) && shown.shownAt <= now - CLOSED_AFTER_MS,
  );
  await Promise.all([...closed.map((shown) => tx.store.delete(shown.id)), tx.done]);
  return closed.length;
}

export interface NotificationClickDeps {
  getDb: () => Promise<RadarDb>;
  notifications: { clear(id: string): Promise<unknown> };
  openTab: (url: string) => Promise<unknown>;
  /** Opens the popup (or, where the browser refuses, the list in a tab). */
  openList: () => Promise<unknown>;
  now: () => number;
  /** The badge and open pages, after a post was read (`createReadStateFollowUp`). */
  afterReadStateChange: () => Promise<void>;
}

/**
 * The worker's notification listeners: a click opens the post (and marks it read) or the
 * list, "Mark read" marks the notification's posts read, "Save" saves its post, and a closed notification is
 * forgotten. Everything they need is read from IndexedDB, so they work after a restart.
 */
export function createNotificationClickHandlers(deps: NotificationClickDeps) {
  return {
    async onClicked(id: string) {
      const db = await deps.getDb();
      const click = await resolveNotificationClick(db, id);
      // Read before the notification goes: while such a notification is live, the popup's copy
      // of its first frame is drawn only once checked (`firstFrameKeeping`); the one kept right
      // after it went is drawn at once, so the post must be read by then.
      if (click.kind === 'open-post') await setPostRead(db, click.postId, true, deps.now());
      await deps.notifications.clear(id);
      if (click.kind === 'open-post') {
        await deps.openTab(click.url);
        await deps.afterReadStateChange();
      } else if (click.kind === 'open-list') {
        await deps.openList();
      }
    },
    async onMarkReadClicked(id: string) {
      await markNotificationRead(await deps.getDb(), id, deps.now());
      await deps.notifications.clear(id);
      await deps.afterReadStateChange();
    },
    /** `notifications.onButtonClicked`: Mark read (0) or Save (1). */
    async onButtonClicked(id: string, buttonIndex: number) {
      if (NOTIFICATION_BUTTONS[buttonIndex] === 'save') {
        await saveNotificationPost(await deps.getDb(), id, deps.now());
        await deps.notifications.clear(id);
        await deps.afterReadStateChange();
        return;
      }
      await this.onMarkReadClicked(id);
    },
    async onClosed(id: string) {
      await forgetNotification(await deps.getDb(), id);
    },
  };
}
