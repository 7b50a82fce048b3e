import type { FirstFrameCopy, UnreadTally } from '../db/schema';
import { formatRelativeTime } from './relative-time';

/**
 * The popup's first frame from a copy of the last one drawn. Opening the popup waits for its
 * modules, the database and the first read before any post shows; a copy of the frame the
 * popup drew last time, kept with the unread counts, can be drawn by the page's tiny early
 * script as soon as the database answers — and the normal render then replaces it (Preact
 * diffs over the copy's elements). The copy is only drawn when nothing it shows can be out of
 * date but the posts' ages: no post changed since (the tally's revision, which every post
 * write moves), the same settings, the same sources, the same language. So it never shows a
 * post the reader has read as unread; a post that arrived since is not hidden either, since
 * its arrival moved the revision and the popup opens the normal way.
 */

/** What the page is drawn with, besides the posts: compared with the copy's. */
export interface FirstFrameContext {
  /** `JSON.stringify` of the raw settings and source-list reads (`rawJson`). */
  settings: string;
  sources: string;
  uiLanguage: string;
}

/** A raw storage read as the copy records it; a failed read (null) never matches a copy. */
export function rawJson(value: Record<string, unknown> | null): string {
  return value === null ? '' : JSON.stringify(value);
}

/** The stored copy, if it may be drawn now. */
export function usableFirstFrame(
  tally: UnreadTally | undefined,
  context: FirstFrameContext,
): FirstFrameCopy | null {
  const copy = tally?.firstFrame;
  if (!copy || copy.revision !== (tally.revision ?? 0)) return null;
  if (!context.settings || !context.sources) return null;
  const same =
    copy.settings === context.settings &&
    copy.sources === context.sources &&
    copy.uiLanguage === context.uiLanguage;
  return same ? copy : null;
}

/** Elements of a drawn popup that are not copied: alerts and the undo toast of that moment. */
const NOT_COPIED = '[role="alert"], .toast, .load-more';

/**
 * The markup to keep of the popup drawn in `app`: its first `posts` list items (the popup's
 * own first frame draws no more), without alerts, the undo toast or "Load more".
 */
export function copyFirstFrame(app: Element, posts: number): string {
  const copy = app.cloneNode(true) as Element;
  for (const element of copy.querySelectorAll(NOT_COPIED)) element.remove();
  for (const list of copy.querySelectorAll('ul.post-list')) {
    [...list.children].slice(posts).forEach((item) => item.remove());
  }
  return copy.innerHTML;
}

/**
 * Draws `copy` into `app` — only while `app` is empty: once the popup rendered, it is too
 * late — with every age (`time[data-relative]`) told again for `now`. Returns whether it drew.
 * The markup is the popup's own earlier render, read back from the extension's database:
 * text went in escaped, and the page's policy runs no inline script whatever it holds.
 */
export function drawFirstFrame(
  app: Element,
  page: Document,
  copy: FirstFrameCopy,
  now: number,
): boolean {
  if (app.firstChild) return false;
  page.documentElement.lang = copy.lang;
  page.documentElement.dir = copy.dir;
  app.innerHTML = copy.html;
  // Says, to tests and to anyone inspecting the page, that this frame came from the copy.
  app.setAttribute('data-first-frame', 'copy');
  for (const time of app.querySelectorAll('time[datetime][data-relative]')) {
    const at = Date.parse(time.getAttribute('datetime')!);
    const style = time.getAttribute('data-relative') as Intl.RelativeTimeFormatStyle;
    if (Number.isFinite(at))
      time.textContent = formatRelativeTime(at, now, { style, locale: copy.lang });
  }
  return true;
}
