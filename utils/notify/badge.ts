import type { browser } from 'wxt/browser';
import { countUnread } from '../db/list-posts';
import type { GetDb } from '../db/open-db';
import type { VisibilityRule } from '../filters/post-visibility';
import type { Translator } from '../i18n/translator';
import type { RadarChangedBroadcast } from './messages';

export type BadgeAction = Pick<
  typeof browser.action,
  'setBadgeText' | 'setBadgeBackgroundColor' | 'setTitle'
>;

/**
 * The toolbar button: `action` in MV3 (Chromium), `browserAction` in the MV2 Firefox build.
 * Every context that sets the badge asks for it through this.
 */
export function toolbarButton(
  api: Pick<typeof browser, 'action' | 'browserAction'>,
): typeof browser.action {
  // Typed as always there, `action` is undefined in MV2; `browserAction` has the same calls.
  return api.action ?? (api.browserAction as unknown as typeof browser.action);
}

/** Rust's brand orange, readable with the badge's white text. */
const BADGE_COLOR = '#b7410e';

/**
 * Sets the toolbar badge to the number of unread posts the filters let through.
 * Called by the worker after every poll and by the popup after every read-state change,
 * so the badge is right at once wherever the change happened.
 */
export async function refreshBadge(deps: {
  getDb: GetDb;
  action: BadgeAction;
  visibility: () => Promise<VisibilityRule>;
  /** Words for the tooltip. */
  t: Translator;
}): Promise<number> {
  const [db, isVisible] = await Promise.all([deps.getDb(), deps.visibility()]);
  // One read: the counts are kept up to date as posts change (`db/unread-counts.ts`).
  const unread = await countUnread(db, isVisible);
  await Promise.all([
    deps.action.setBadgeText({ text: badgeText(unread) }),
    deps.action.setBadgeBackgroundColor({ color: BADGE_COLOR }),
    deps.action.setTitle({ title: badgeTitle(unread, deps.t) }),
  ]);
  return unread;
}

/** What the toolbar badge says for `unread` posts: empty at zero, capped so it stays legible. */
export function badgeText(unread: number): string {
  if (unread <= 0) return '';
  return unread > 999 ? '999+' : String(unread);
}

/** The tooltip that goes with the badge. */
export function badgeTitle(unread: number, t: Translator): string {
  if (unread <= 0) return t('badgeTitleCaughtUp');
  return t.plural('badgeTitleUnread', unread);
}

/**
 * What every context does after it changed read state (a click, Mark all read, a
 * notification's Mark read, Clear all): the badge counts again, and open pages re-read.
 */
export function createReadStateFollowUp(deps: {
  updateBadge: () => Promise<unknown>;
  /** `runtime.sendMessage`; rejects when no other page listens, which is fine. */
  sendMessage: (message: RadarChangedBroadcast) => Promise<unknown>;
}): () => Promise<void> {
  return async () => {
    await deps.updateBadge();
    deps.sendMessage({ type: 'radar:changed', reason: 'read-state' }).catch(() => {});
  };
}
