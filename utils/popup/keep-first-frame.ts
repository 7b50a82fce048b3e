import { firstFrameKeeping } from '../db/first-frame-store';
import type { RadarDb } from '../db/open-db';
import type { EarlyStart } from './early-start';
import {
  dropKeptFrame,
  keepFrame,
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
  const kept = await keeping();
  if (!kept) return false;
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
    checked: kept === 'checked',
  });
  // A change began, or a notification came, in the moment between the check and the copy.
  const after = await keeping();
  if (!after || (after === 'checked' && kept !== 'checked')) {
    dropKeptFrame(deps.area);
    return false;
  }
  return true;
}

/**
 * The kept copy of the popup's first frame as it will be once post `id` has left the Unread
 * view (read or snoozed from the popup): its item gone and the header's count one less
 * (`countText` words it): dropped instead, the open after every click would have no copy.
 * One post written moves the tally's revision by exactly one (`touchTally` runs once per
 * post change), so the copy is recorded at the next revision: if anything else changed
 * posts, or the write failed, the revision will not match and the copy goes.
 *
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
