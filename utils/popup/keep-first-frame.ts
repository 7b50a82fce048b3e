import { firstFrameKeeping, tallyRevision } from '../db/first-frame-store';
import type { RadarDb } from '../db/open-db';
import type { EarlyStart } from './early-start';
import {
  dropKeptFrame,
  keepFrame,
  postWriteBegunAt,
  postWriteBegunRecently,
  rawJson,
  type FirstFrameCopy,
  type SyncAreaGetter,
} from './first-frame';

/** What keeping a copy of the first frame needs; the popup's entrypoint gives the real ones. */
export interface KeepFirstFrameDeps {
  /** The early script's reads: the tally revision and the settings and sources drawn with. */
  early: EarlyStart;
  getDb: () => Promise<RadarDb>;
  /** The raw settings and source list as stored now (null: the read failed). */
  readSettings: () => Promise<Record<string, unknown> | null>;
  readSources: () => Promise<Record<string, unknown> | null>;
  /** Ids of the notifications shown now (`notifications.getAll`). */
  liveNotificationIds: () => Promise<string[]>;
  /** Where the copy is kept: the popup's `localStorage`. */
  area: SyncAreaGetter;
  uiLanguage: string;
  /** The extension's version (`runtime.getManifest().version`). */
  version: string;
  /** The page's `lang` and `dir` the frame was drawn in. */
  lang: string;
  dir: string;
  /** Whether this popup changed a post (or a setting) since it opened. */
  changedPosts: () => boolean;
  now: () => number;
}

/**
 * Keeps `html`, the popup's calm opening frame, for the next open (popup-early.js draws it),
 * recorded with what it was drawn from: the tally revision and the raw settings and sources
 * the early script read before any post was. Settings, sources or a post changed meanwhile:
 * no copy. A notification that could still mark one of its posts read: a copy drawn only once
 * checked (`firstFrameKeeping`). Off the first frame's path: the popup loads this when its
 * opening state is shown. Returns whether a copy was kept.
 */
export async function keepFirstFrame(html: string, deps: KeepFirstFrameDeps): Promise<boolean> {
  const { early } = deps;
  const [{ revision }, settings, sources, settingsNow, sourcesNow] = await Promise.all([
    early.firstFrame,
    early.settings,
    early.sources,
    deps.readSettings(),
    deps.readSources(),
  ]);
  const [settingsJson, sourcesJson] = [rawJson(settings), rawJson(sources)];
  if (revision === null || !settingsJson || !sourcesJson) return false;
  if (settingsJson !== rawJson(settingsNow) || sourcesJson !== rawJson(sourcesNow)) return false;
  const db = await deps.getDb();
  // No change begun here or in another page, committed (the revision) or not yet; and how
  // the copy may be drawn.
  const keeping = async () =>
    deps.changedPosts() || postWriteBegunRecently(deps.area, deps.now())
      ? null
      : await firstFrameKeeping(db, revision, await deps.liveNotificationIds());
  const how = await keeping();
  if (!how) return false;
  keepFrame(deps.area, {
    revision,
    settings: settingsJson,
    sources: sourcesJson,
    uiLanguage: deps.uiLanguage,
    version: deps.version,
    lang: deps.lang,
    dir: deps.dir,
    html,
    takenAt: deps.now(),
    checked: how === 'checked',
  });
  // A change began, or a notification came, in the moment between the check and the copy.
  const howNow = await keeping();
  if (!howNow || (howNow === 'checked' && how !== 'checked')) {
    dropKeptFrame(deps.area);
    return false;
  }
  return true;
}

/** What keeping the copy without a post needs; the popup's entrypoint gives the real ones. */
export interface KeepWithoutPostDeps {
  db: RadarDb;
  /** Where the copy is kept: the popup's `localStorage`. */
  area: SyncAreaGetter;
  /** Parses the copy's markup. */
  page: Document;
  /** The header's count, worded (`popupUnreadCount`). */
  countText: (unread: number) => string;
  /** The mark this popup's change left as it began (`beforePostWrite`). */
  startedAt: number;
}

/**
 * Keeps `copy` — the kept first frame as it was when this popup began a change that took post
 * `id` out of the Unread view (read, snoozed) — again without that post, once the change has
 * committed and written that post (call it only then: a change that failed, with one other
 * write since, would find the revision where this one's would be). Dropped instead, the open
 * after every click would have no copy. Only if that change was the one change since the
 * copy: the tally's revision is exactly one on (`touchTally` runs once per post written; any
 * other change leaves it elsewhere) and no other page began one meanwhile (the write mark is
 * still this change's own). Looked at again right after keeping, as `keepFirstFrame` does.
 * Returns whether it kept the copy.
 */
export async function keepFrameWithoutPost(
  copy: FirstFrameCopy,
  id: string,
  deps: KeepWithoutPostDeps,
): Promise<boolean> {
  const patched = frameWithoutPost(copy, id, deps.page, deps.countText);
  if (!patched) return false;
  const onlyThisChange = async () =>
    postWriteBegunAt(deps.area) === deps.startedAt &&
    (await tallyRevision(deps.db)) === patched.revision;
  if (!(await onlyThisChange())) return false;
  keepFrame(deps.area, patched);
  if (!(await onlyThisChange())) {
    dropKeptFrame(deps.area);
    return false;
  }
  return true;
}

/**
 * The kept copy of the popup's first frame without post `id` (`keepFrameWithoutPost`): its
 * item gone, the header's count one less (`countText` words it) and the revision one on.
 * Null where a patch would be a guess: the post is not in the copy's list (only its count
 * would change, and whether it counted depends on filters), it is the last one there (the
 * empty state is the popup's to draw), or the count is not the one drawn. `page` parses the
 * markup, inert: a `<template>` runs no script and loads nothing.
 */
export function frameWithoutPost(
  copy: FirstFrameCopy,
  id: string,
  page: Document,
  countText: (unread: number) => string,
): FirstFrameCopy | null {
  const template = page.createElement('template');
  template.innerHTML = copy.html;
  const list = template.content.querySelector('ul.post-list:not(.folded)');
  const item = [...(list?.children ?? [])].find((post) => post.getAttribute('data-post') === id);
  const count = template.content.querySelector('.unread-count');
  const unread = Number(count?.getAttribute('data-count') ?? Number.NaN);
  if (!list || !item || !count || list.children.length < 2 || !Number.isInteger(unread)) {
    return null;
  }
  // The list holds the post and at least one more, each counted: the count stays above zero.
  if (unread < list.children.length) return null;
  item.remove();
  count.setAttribute('data-count', String(unread - 1));
  count.textContent = countText(unread - 1);
  return { ...copy, revision: copy.revision + 1, html: template.innerHTML };
}
