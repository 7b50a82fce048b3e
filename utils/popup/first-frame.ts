import { formatRelativeTime } from './relative-time';

/**
 * The popup's first frame from a copy of the last one drawn. Opening the popup waits for its
 * modules, the database and the first read before any post shows; a copy of the frame the
 * popup drew last time, kept in the popup's own synchronous storage (`localStorage`), is drawn
 * by the page's tiny early script as the page is parsed — and the normal render then takes
 * over its elements (Preact reuses the nodes it finds).
 *
 * Drawn without a read, the copy is kept honest by whoever changes posts: the pages drop it
 * synchronously before they write (the popup before any read-state change, the options page
 * as it opens and before it saves); the popup, having read or snoozed one post the copy
 * lists, keeps it again without that post once its change committed, if no other change came
 * (`keepFrameWithoutPost`); and a copy the worker could change behind the popup's back (a
 * post's notification live: its "Mark read") is drawn only once the tally's revision is read
 * and unchanged (`checked`, `firstFrameKeeping`). So it never shows a post the reader has
 * read as unread. What it may show for the moment the normal read takes, as any list read a
 * moment ago would: a post that arrived since not listed yet, or filters changed on another
 * browser and synced since. The early script then drops it (`keptFrameIsCurrent`).
 */

/** The copy as kept. */
export interface FirstFrameCopy {
  /**
   * The unread tally's revision before the posts drawn were read (for a copy kept without a
   * post the popup read, the revision that read made).
   */
  revision: number;
  /** The raw settings (`storage.sync`) and source list (`storage.local`) drawn with, as JSON. */
  settings: string;
  sources: string;
  /** The browser's UI language, and the page's `lang` and `dir` it was drawn in. */
  uiLanguage: string;
  /**
   * The extension's version that drew it: an update brings other markup and styles, and its
   * render would take over nodes it did not draw.
   */
  version: string;
  lang: string;
  dir: string;
  /** `#app`'s markup, as the popup's own render left it (no script, no handlers). */
  html: string;
  takenAt: number;
  /**
   * Drawn only once the early script has read the tally's revision and found the copy current
   * (`mayDrawKeptFrame`): when it was kept, the worker could still mark one of its posts read.
   * Absent on copies drawn at once.
   */
  checked?: boolean;
}

/** The part of `localStorage` used here. */
export type SyncArea = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const KEPT_FRAME_KEY = 'rustRadarFirstFrame';

/** A raw storage read as the copy records it; a failed read (null) never matches a copy. */
export function rawJson(value: Record<string, unknown> | null): string {
  return value === null ? '' : JSON.stringify(value);
}

/**
 * Where the copy is kept: a getter, since merely reading `localStorage` throws where the
 * browser blocks site data (Firefox with cookies blocked): then nothing is kept or drawn.
 */
export type SyncAreaGetter = () => SyncArea;

/** When a page last began changing posts (`beforePostWrite`), as ms since the epoch. */
const WRITE_STARTED_KEY = 'rustRadarWriteStarted';
/**
 * How long a change begun in another page keeps this one from keeping a copy: its writes
 * commit within that, and once they have, the tally's revision tells.
 */
export const WRITE_SETTLE_MS = 30_000;

/** The kept copy, or null: none, unreadable, damaged, for another UI language or version. */
export function readKeptFrame(
  area: SyncAreaGetter,
  uiLanguage: string,
  version: string,
): FirstFrameCopy | null {
  try {
    const copy = JSON.parse(area().getItem(KEPT_FRAME_KEY) ?? 'null') as FirstFrameCopy | null;
    const valid =
      copy !== null &&
      typeof copy === 'object' &&
      typeof copy.html === 'string' &&
      typeof copy.revision === 'number' &&
      typeof copy.lang === 'string' &&
      typeof copy.dir === 'string';
    return valid && copy.uiLanguage === uiLanguage && copy.version === version ? copy : null;
  } catch {
    return null;
  }
}

/** Keeps `copy` for the next open; a full or unusable storage only costs that head start. */
export function keepFrame(area: SyncAreaGetter, copy: FirstFrameCopy): void {
  try {
    area().setItem(KEPT_FRAME_KEY, JSON.stringify(copy));
  } catch {
    dropKeptFrame(area);
  }
}

/** Drops the kept copy (out of date, or a page that may change what it shows opened). */
export function dropKeptFrame(area: SyncAreaGetter): void {
  try {
    area().removeItem(KEPT_FRAME_KEY);
  } catch {
    // Storage unusable: nothing could be read from it either.
  }
}

/**
 * Call synchronously before a page changes posts or settings: the copy goes, and a page
 * keeping one right now learns that a change began (`postWriteBegunRecently`), even before
 * the change commits and moves the tally's revision. `now` is the mark left: the popup keeps
 * the copy without a post it read once its change committed, only if the mark is still its
 * own (`postWriteBegunAt`; `keepFrameWithoutPost`).
 */
export function beforePostWrite(area: SyncAreaGetter, now: number): void {
  dropKeptFrame(area);
  try {
    area().setItem(WRITE_STARTED_KEY, String(now));
  } catch {
    // Nothing can be kept there either.
  }
}

/** When a page last began changing posts (`beforePostWrite`); null: never, or unreadable. */
export function postWriteBegunAt(area: SyncAreaGetter): number | null {
  try {
    const at = Number(area().getItem(WRITE_STARTED_KEY) ?? Number.NaN);
    return Number.isFinite(at) ? at : null;
  } catch {
    return null;
  }
}

/** Whether a page began changing posts within `WRITE_SETTLE_MS` of `now` (or storage fails). */
export function postWriteBegunRecently(area: SyncAreaGetter, now: number): boolean {
  try {
    const at = Number(area().getItem(WRITE_STARTED_KEY) ?? Number.NaN);
    return Number.isFinite(at) && Math.abs(now - at) < WRITE_SETTLE_MS;
  } catch {
    return true;
  }
}

/** What the popup is about to show, as read after the copy was drawn. */
export interface FirstFrameContext {
  /** The tally's revision (null: none), and `rawJson` of the settings and source-list reads. */
  revision: number | null;
  settings: string;
  sources: string;
}

/**
 * Whether the early script may draw `copy` now: at once, unless it is `checked` — then only
 * with what the popup is about to show read (`current`) and the copy found current.
 */
export function mayDrawKeptFrame(copy: FirstFrameCopy, current?: FirstFrameContext): boolean {
  return !copy.checked || (current !== undefined && keptFrameIsCurrent(copy, current));
}

/** Whether the copy still shows what the popup will: else it is not drawn again. */
export function keptFrameIsCurrent(copy: FirstFrameCopy, context: FirstFrameContext): boolean {
  return (
    context.revision === copy.revision &&
    context.settings !== '' &&
    copy.settings === context.settings &&
    copy.sources === context.sources
  );
}

/**
 * Elements of a drawn popup that are not copied: alerts and the undo toast of that moment, and,
 * should one ever be there, anything that is not plain markup of our own (a copy is re-parsed).
 */
const NOT_COPIED = '[role="alert"], .toast, .load-more, script, style, link, meta, base, iframe';

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
