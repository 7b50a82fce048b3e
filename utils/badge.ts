import type { Translator } from './i18n/translator';

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
