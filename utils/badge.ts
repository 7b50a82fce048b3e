/** What the toolbar badge says for `unread` posts: empty at zero, capped so it stays legible. */
export function badgeText(unread: number): string {
  if (unread <= 0) return '';
  return unread > 999 ? '999+' : String(unread);
}

/** The tooltip that goes with the badge. */
export function badgeTitle(unread: number): string {
  if (unread <= 0) return 'Rust Radar — all caught up';
  return `Rust Radar — ${unread} unread Rust ${unread === 1 ? 'post' : 'posts'}`;
}
