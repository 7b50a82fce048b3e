import type { browser } from 'wxt/browser';
import { badgeText, badgeTitle } from './badge';
import { countUnread } from './db/list-posts';
import type { GetDb } from './db/open-db';
import { visibleOnly, type VisibilityRule } from './filters/post-visibility';
import type { Translator } from './i18n/translator';

export type BadgeAction = Pick<
  typeof browser.action,
  'setBadgeText' | 'setBadgeBackgroundColor' | 'setTitle'
>;

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
  // Without filters the index counts: filtering reads every unread post (5,000 took the
  // popup's header half a second).
  const unread = await countUnread(db, visibleOnly(isVisible));
  await Promise.all([
    deps.action.setBadgeText({ text: badgeText(unread) }),
    deps.action.setBadgeBackgroundColor({ color: BADGE_COLOR }),
    deps.action.setTitle({ title: badgeTitle(unread, deps.t) }),
  ]);
  return unread;
}
