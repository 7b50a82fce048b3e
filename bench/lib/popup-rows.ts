import { DEV_FEED } from '../../tests/harness/dev-feed-builder';
import type { FirstPostMarks } from './first-post-probe';
import { single, type BenchRow } from './rows';
import { pairedRatios, summarize } from './stats';
import type { StorageFigures } from './storage-figures';

// The popup bench's figures turned into table rows: Popup open (each size against the floor
// and 5,000 against 12, paired by round) and Storage.

export interface StorageUse {
  /** navigator.storage.estimate() for IndexedDB, once it stopped moving. */
  usage: number;
  settled: boolean;
  /** Bytes of the extension's IndexedDB folders in the profile. */
  onDisk: number;
}

/** What the popup bench measured with one number of stored posts. */
export interface SizeFigures {
  posts: number;
  /** As written (the seeding transaction just committed)… */
  storage?: StorageFigures & StorageUse;
  /** …and after a browser restart, once LevelDB has compacted its log into tables. */
  storageAfterRestart?: StorageUse;
  /** The popup with its first-frame copy to draw (nothing changed since it was kept)… */
  popup: FirstPostMarks[];
  /** …as after a change it cannot draw into its copy (no copy): the normal read and render… */
  popupNoCopy: FirstPostMarks[];
  /** …and with a copy drawn only once checked (kept while a post's notification was live). */
  popupChecked: FirstPostMarks[];
  floor: FirstPostMarks[];
  /** options.html until its first tag row is painted, and its floor, in the same rounds. */
  options: FirstPostMarks[];
  optionsFloor: FirstPostMarks[];
}

/** The popup's goal against the floor, at every size, with and without filters (issue 16). */
export const POPUP_GOAL = 1.15;
/** The options page's goal against its own floor. */
export const OPTIONS_GOAL = 1.5;

/** Bytes of each <item> of the DEV fixture, by its link: what the feed sent per post. */
function fixtureItemBytes(): Map<string, number> {
  const items = new Map<string, number>();
  for (const match of DEV_FEED.matchAll(/<item>[\s\S]*?<\/item>/g)) {
    const link = /<link>([^<]+)<\/link>/.exec(match[0])?.[1]?.trim();
    if (link) items.set(link, Buffer.byteLength(match[0]));
  }
  return items;
}

const painted = (marks: FirstPostMarks[]) => marks.map((m) => m.painted);
const inDom = (marks: FirstPostMarks[]) => marks.map((m) => m.inDom);

export function popupRows(profiles: SizeFigures[]): BenchRow[] {
  const floorAll = profiles.flatMap((p) => painted(p.floor));
  const rows: BenchRow[] = [
    {
      section: 'Popup open',
      name: 'floor: same page without scripts, 1 static item',
      unit: 'ms',
      stats: summarize(floorAll),
      note: `navigation start → item painted (Element Timing); in DOM at ${summarize(profiles.flatMap((p) => inDom(p.floor))).median.toFixed(0)} ms`,
    },
  ];
  const small = profiles[0]!;
  for (const profile of profiles) {
    const vsFloor = summarize(pairedRatios(painted(profile.popup), painted(profile.floor)));
    const largest = profile === profiles[profiles.length - 1];
    const name = `${profile.posts.toLocaleString('en')} posts → first post painted`;
    const stats = summarize(painted(profile.popup));
    const note = `from the kept first frame; in DOM at ${summarize(inDom(profile.popup)).median.toFixed(0)} ms`;
    rows.push({
      section: 'Popup open',
      name,
      unit: 'ms',
      stats,
      ratio: { value: vsFloor.median, of: 'floor', p10: vsFloor.p10, p90: vsFloor.p90 },
      goal: { text: `≤ ${POPUP_GOAL}× floor`, met: vsFloor.median <= POPUP_GOAL },
      note,
      details: { popup: profile.popup, floor: profile.floor },
    });
    if (largest) {
      const vsSmall = summarize(pairedRatios(painted(profile.popup), painted(small.popup)));
      rows.push({
        section: 'Popup open',
        name: `${name} (vs 12 posts)`,
        unit: 'ms',
        stats,
        ratio: { value: vsSmall.median, of: '12 posts', p10: vsSmall.p10, p90: vsSmall.p90 },
        goal: { text: '≤ 1.3× 12 posts', met: vsSmall.median <= 1.3 },
        note: 'paired by round',
      });
    }
  }
  return rows;
}

/** The popup with the bench's filters set (a hidden tag, a muted author, a title keyword). */
export function filteredPopupRows(profiles: SizeFigures[]): BenchRow[] {
  return profiles.map((profile) => {
    const vsFloor = summarize(pairedRatios(painted(profile.popup), painted(profile.floor)));
    return {
      section: 'Popup open',
      name: `${profile.posts.toLocaleString('en')} posts, filters on → first post painted`,
      unit: 'ms',
      stats: summarize(painted(profile.popup)),
      ratio: { value: vsFloor.median, of: 'floor', p10: vsFloor.p10, p90: vsFloor.p90 },
      goal: { text: `≤ ${POPUP_GOAL}× floor`, met: vsFloor.median <= POPUP_GOAL },
      note: `hidden tag, muted author, title keyword; in DOM at ${summarize(inDom(profile.popup)).median.toFixed(0)} ms; floor ${summarize(painted(profile.floor)).median.toFixed(0)} ms`,
      details: { popup: profile.popup, floor: profile.floor },
    };
  });
}

/**
 * The popup as first opened after a post changed (read, arrived, corrected): no copy of the
 * first frame to draw, so its first post waits for the normal read and render. Informational:
 * the goal is for the popup as mostly opened, with nothing changed since the last open.
 */
export function noCopyPopupRows(profiles: SizeFigures[]): BenchRow[] {
  return variantPopupRows(
    profiles,
    'popupNoCopy',
    'first open after a change',
    'no first-frame copy to draw',
  );
}

/** The popup whose copy is drawn once the early script's reads found it current. */
export function checkedPopupRows(profiles: SizeFigures[]): BenchRow[] {
  return variantPopupRows(
    profiles,
    'popupChecked',
    'copy checked first (a post notification live)',
    'copy drawn once its revision was read',
  );
}

function variantPopupRows(
  profiles: SizeFigures[],
  variant: 'popupNoCopy' | 'popupChecked',
  label: string,
  what: string,
): BenchRow[] {
  return profiles.map((profile) => {
    const marks = profile[variant];
    const vsFloor = summarize(pairedRatios(painted(marks), painted(profile.floor)));
    return {
      section: 'Popup open',
      name: `${profile.posts.toLocaleString('en')} posts, ${label} → first post painted`,
      unit: 'ms',
      stats: summarize(painted(marks)),
      ratio: { value: vsFloor.median, of: 'floor', p10: vsFloor.p10, p90: vsFloor.p90 },
      note: `${what}; in DOM at ${summarize(inDom(marks)).median.toFixed(0)} ms`,
      details: { popup: marks, floor: profile.floor },
    };
  });
}

/** The options page's first tag row (its first frame that needed the posts) against its floor. */
export function optionsRows(profiles: SizeFigures[]): BenchRow[] {
  const floorAll = profiles.flatMap((p) => painted(p.optionsFloor));
  return [
    {
      section: 'Options open',
      name: 'floor: options page without scripts, 1 static tag row',
      unit: 'ms',
      stats: summarize(floorAll),
      note: 'navigation start → row painted (Element Timing)',
    },
    ...profiles.map((profile): BenchRow => {
      const vsFloor = summarize(
        pairedRatios(painted(profile.options), painted(profile.optionsFloor)),
      );
      return {
        section: 'Options open',
        name: `${profile.posts.toLocaleString('en')} posts → first tag row painted`,
        unit: 'ms',
        stats: summarize(painted(profile.options)),
        ratio: { value: vsFloor.median, of: 'floor', p10: vsFloor.p10, p90: vsFloor.p90 },
        goal: { text: `≤ ${OPTIONS_GOAL}× floor`, met: vsFloor.median <= OPTIONS_GOAL },
        note: `in DOM at ${summarize(inDom(profile.options)).median.toFixed(0)} ms`,
        details: { options: profile.options, floor: profile.optionsFloor },
      };
    }),
  ];
}

export function storageRows(profiles: SizeFigures[]): BenchRow[] {
  const first = profiles[0]!;
  const last = profiles[profiles.length - 1]!;
  const written = (p: SizeFigures) => p.storage!;
  const settled = (p: SizeFigures) => p.storageAfterRestart!;
  const perPost = (use: (p: SizeFigures) => StorageUse, key: 'usage' | 'onDisk') =>
    (use(last)[key] - use(first)[key]) / (last.posts - first.posts);
  const totalJson = written(last).jsonBytes.reduce((sum, bytes) => sum + bytes, 0);
  const jsonPerPost = totalJson / last.posts;
  const settledPerPost = perPost(settled, 'usage');

  const inFeed = fixtureItemBytes();
  const pairs = Object.entries(written(first).originals)
    .map(([url, stored]) => ({ url, stored, feed: inFeed.get(url) ?? Number.NaN }))
    .filter((pair) => Number.isFinite(pair.feed));
  const largest = pairs.reduce((a, b) => (b.feed > a.feed ? b : a));
  const recordRatio = summarize(pairs.map((pair) => pair.stored / pair.feed));
  const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  const MB = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
  const unsettled = profiles.some((p) => !written(p).settled || !settled(p).settled);
  return [
    {
      section: 'Storage',
      name: 'DEV post as stored (JSON of the record)',
      unit: 'bytes',
      stats: summarize(pairs.map((pair) => pair.stored)),
      ratio: {
        value: recordRatio.median,
        of: 'its <item> in the feed',
        p10: recordRatio.p10,
        p90: recordRatio.p90,
      },
      note: `largest item: ${kB(largest.feed)} in the feed → ${kB(largest.stored)} stored`,
      details: pairs,
    },
    {
      section: 'Storage',
      name: 'IndexedDB bytes per post (storage.estimate, after a restart)',
      unit: 'bytes',
      stats: single(settledPerPost),
      ratio: { value: settledPerPost / jsonPerPost, of: 'JSON per post' },
      note: `just after writing 5,000: ${kB(perPost(written, 'usage'))}/post (LevelDB log); files on disk after restart ${kB(perPost(settled, 'onDisk'))}/post${unsettled ? '; estimate still moving' : ''}`,
      details: profiles.map((p) => ({
        posts: p.posts,
        written: { usage: written(p).usage, onDisk: written(p).onDisk },
        afterRestart: settled(p),
      })),
    },
    {
      section: 'Storage',
      name: 'IndexedDB total with 5,000 posts (after a restart)',
      unit: 'bytes',
      stats: single(settled(last).usage),
      ratio: { value: settled(last).usage / totalJson, of: 'all records as JSON' },
      note: `just after writing: ${MB(written(last).usage)}; with 12 posts: ${kB(settled(first).usage)}`,
    },
  ];
}
