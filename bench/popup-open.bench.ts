import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_FRAME_POSTS } from '../components/popup/use-post-pages';
import { FLOOR_PAGE, OPTIONS_FLOOR_PAGE } from '../tests/harness/bench-extension';
import { DEV_FEED } from '../tests/harness/dev-feed-builder';
import { seedCopiesOfStoredPosts } from '../tests/harness/edit-stored-posts';
import { waitForValue } from '../tests/harness/extension';
import { rssWithEtag, startFeedServer, type FeedServer } from '../tests/harness/feed-server';
import { storedPostCount } from '../tests/harness/stored-posts';
import { keptFrame, setKeptFrame } from '../tests/harness/kept-frame';
import {
  launchBenchCopies,
  prepareBenchCopies,
  type BenchCopies,
  type BenchCopy,
} from './lib/bench-copies';
import { watchFirstPost, type FirstPostMarks } from './lib/first-post-probe';
import { BENCH_FILTERS } from './lib/bench-filters';
import {
  checkedPopupRows,
  filteredPopupRows,
  noCopyPopupRows,
  optionsRows,
  popupRows,
  storageRows,
  type SizeFigures,
  type StorageUse,
} from './lib/popup-rows';
import { recordRows } from './lib/rows';
import { within } from './lib/within';
import { indexedDbBytesOnDisk } from './lib/disk-usage';
import { measureStorage, storageUsage } from './lib/storage-figures';

// Popup open: popup.html until its first post is painted, against the floor — the same
// extension page with its scripts taken out and one static list item (bench-floor.html).
// One browser with one copy of the extension per size (each its own id and IndexedDB): every
// round opens floor and popup of each copy, in rotating order, so a noisy moment on the
// machine hits every figure alike — and no idle second browser competes for the machine.
// The popup draws its first frame from the copy it kept of the last one (issue 16) whenever no
// post changed since: each copy opens the popup once before the rounds to keep one, and the
// rounds put it back before each open. Without filters, each round also opens the popup as
// after a change it cannot draw into its copy (no copy kept), and with the copy marked to be
// checked before it is drawn (as kept while a post's notification is live).
const SIZES = [12, 1000, 5000] as const;
/** Sizes the options page opens with, against its own floor. */
const OPTIONS_SIZES: readonly number[] = [12, 5000];
const WARMUP_ROUNDS = 3;
const ROUNDS = 24;
/** Six copies to seed and open, on a loaded machine: more than the default test timeout. */
const TIMEOUT_MS = 900_000;
const FIRST_POST_TIMEOUT_MS = 20_000;

interface Profile extends SizeFigures {
  copy: BenchCopy;
  /** A quiet extension page to seed and measure from; it also keeps the extension's process
   * alive, as the running worker does when a user opens the popup. */
  control: Page;
  /** The bench's filters are set in this copy (a hidden tag, a muted author, a keyword). */
  filtered: boolean;
  /** The popup's first-frame copy, as the popup kept it (`localStorage`, JSON). */
  kept?: string;
}

/** The popup opened as after a change it cannot draw into its copy: no copy to draw. */
const POPUP_NO_COPY = 'popup.html#no-copy';
/** The popup with its copy drawn only once checked, as kept while a post notification is live. */
const POPUP_CHECKED = 'popup.html#checked';

/**
 * Opens the popup until it has kept a copy of its first frame, and returns that copy. An open
 * that counted afresh under new filters keeps none (the revision moved under it): then it
 * opens again.
 */
async function keepFirstFrame(profile: Profile, context: BrowserContext): Promise<string> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const page = await context.newPage();
    await page.goto(profile.copy.url('popup.html'));
    const kept = await waitForValue(
      async () => (await keptFrame(profile.control)) !== null,
      true,
      10_000,
    );
    await page.close();
    if (kept) return (await keptFrame(profile.control))!;
  }
  throw new Error(`the popup with ${profile.posts} posts kept no copy of its first frame`);
}

/** Puts the kept copy back before an open of `path` (to be checked first), or removes it. */
async function restoreKeptFrame(profile: Profile, path: string): Promise<void> {
  const kept = profile.kept!;
  const copies: Record<string, string | null> = {
    'popup.html': kept,
    [POPUP_NO_COPY]: null,
    [POPUP_CHECKED]: JSON.stringify({ ...(JSON.parse(kept) as object), checked: true }),
  };
  await setKeptFrame(profile.control, copies[path] ?? null);
}

/** Opens `url` in a new tab and returns when its first list item was painted. */
async function openTimed(context: BrowserContext, url: string): Promise<FirstPostMarks> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'commit' });
    const marks = page.evaluate(
      () =>
        (globalThis as unknown as { __benchFirstPost: Promise<FirstPostMarks> }).__benchFirstPost,
    );
    return await within(FIRST_POST_TIMEOUT_MS, `a post painted on ${url}`, marks);
  } finally {
    await page.close();
  }
}

/** The storage estimate once two readings a second apart agree (at most 20 s). */
async function settledUsage(page: Page): Promise<{ usage: number; settled: boolean }> {
  let usage = await storageUsage(page);
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(1000);
    const next = await storageUsage(page);
    if (next === usage) return { usage, settled: true };
    usage = next;
  }
  return { usage, settled: false };
}

describe('popup open and storage', () => {
  let server: FeedServer;
  let dirs: string[];
  let browser: BenchCopies;
  const profiles: Profile[] = [];

  beforeAll(async () => {
    server = await startFeedServer();
    server.respondWith(rssWithEtag(DEV_FEED));
    // One copy per size with default settings, and one per size with the filters set.
    const labels = SIZES.flatMap((posts) => [String(posts), `${posts}-filtered`]);
    dirs = prepareBenchCopies('popup', labels);
    browser = await launchBenchCopies(dirs, server.port);
    for (const filtered of [false, true]) {
      for (const posts of SIZES) {
        const copy = browser.copies.get(`${posts}${filtered ? '-filtered' : ''}`)!;
        profiles.push({
          posts,
          copy,
          filtered,
          control: await browser.context.newPage(),
          popup: [],
          popupNoCopy: [],
          popupChecked: [],
          floor: [],
          options: [],
          optionsFloor: [],
        });
      }
    }
  });

  afterAll(async () => {
    await browser?.dispose();
    await server?.close();
  });

  it(
    'opens the popup with 12, 1,000 and 5,000 stored posts',
    async () => {
      for (const profile of profiles) {
        const { control, copy } = profile;
        await control.goto(copy.url(FLOOR_PAGE));
        // The install poll stores the DEV fixture's 12 posts; copies of them make up the rest.
        expect(await waitForValue(() => storedPostCount(control), 12, 30_000)).toBe(12);
        if (profile.posts > 12) {
          expect(await seedCopiesOfStoredPosts(control, profile.posts)).toBe(profile.posts);
        }
        if (profile.filtered) {
          await control.evaluate(async (filters) => {
            const { settings } = await chrome.storage.sync.get('settings');
            await chrome.storage.sync.set({ settings: { ...(settings as object), ...filters } });
          }, BENCH_FILTERS);
        }
      }
      for (const profile of profiles) profile.kept = await keepFirstFrame(profile, browser.context);
      await browser.context.addInitScript(watchFirstPost);
      for (const profile of profiles.filter((p) => !p.filtered)) {
        const figures = await measureStorage(profile.control);
        profile.storage = { ...figures, ...(await storageUse(browser, profile)) };
      }

      for (let round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
        for (let i = 0; i < profiles.length; i++) {
          const profile = profiles[(round + i) % profiles.length]!;
          const popupPages = profile.filtered
            ? [FLOOR_PAGE, 'popup.html']
            : [FLOOR_PAGE, 'popup.html', POPUP_NO_COPY, POPUP_CHECKED];
          const figures: Record<string, FirstPostMarks[]> = {
            [FLOOR_PAGE]: profile.floor,
            'popup.html': profile.popup,
            [POPUP_NO_COPY]: profile.popupNoCopy,
            [POPUP_CHECKED]: profile.popupChecked,
          };
          for (const path of rotate(popupPages, round + i)) {
            if (path !== FLOOR_PAGE) await restoreKeptFrame(profile, path);
            const marks = await openTimed(browser.context, profile.copy.url(path));
            if (round < WARMUP_ROUNDS) continue;
            figures[path]!.push(marks);
          }
          if (profile.filtered || !OPTIONS_SIZES.includes(profile.posts)) continue;
          const optionsPages =
            (round + i) % 2 === 0
              ? [OPTIONS_FLOOR_PAGE, 'options.html']
              : ['options.html', OPTIONS_FLOOR_PAGE];
          for (const path of optionsPages) {
            const marks = await openTimed(browser.context, profile.copy.url(path));
            if (round < WARMUP_ROUNDS) continue;
            (path === OPTIONS_FLOOR_PAGE ? profile.optionsFloor : profile.options).push(marks);
          }
        }
      }
      for (const profile of profiles) {
        // With filters on, some of the 12 are hidden: the first frame draws fewer.
        const firstFrame = Math.min(profile.posts, FIRST_FRAME_POSTS);
        expect(
          [...profile.popup, ...profile.popupNoCopy, ...profile.popupChecked].every((marks) =>
            profile.filtered
              ? marks.items > 0 && marks.items <= firstFrame
              : marks.items === firstFrame,
          ),
        ).toBe(true);
        expect(
          [...profile.popup, ...profile.floor, ...profile.options, ...profile.optionsFloor].every(
            (marks) => Number.isFinite(marks.painted),
          ),
        ).toBe(true);
      }
      const unfiltered = profiles.filter((p) => !p.filtered);
      recordRows('popup-open', [
        ...popupRows(unfiltered),
        ...filteredPopupRows(profiles.filter((p) => p.filtered)),
        ...noCopyPopupRows(unfiltered),
        ...checkedPopupRows(unfiltered),
        ...optionsRows(unfiltered.filter((p) => OPTIONS_SIZES.includes(p.posts))),
      ]);

      // LevelDB keeps fresh writes in its log and turns them into compressed tables when the
      // database is next opened: restart the browser on its profile and measure again.
      await browser.close();
      browser = await launchBenchCopies(dirs, server.port, browser.userDataDir);
      for (const profile of unfiltered) {
        profile.copy = browser.copies.get(String(profile.posts))!;
        profile.control = await browser.context.newPage();
        await profile.control.goto(profile.copy.url(FLOOR_PAGE));
        expect(await storedPostCount(profile.control)).toBe(profile.posts);
        profile.storageAfterRestart = await storageUse(browser, profile);
      }
      recordRows('storage', storageRows(unfiltered));
    },
    TIMEOUT_MS,
  );
});

/** `items` rotated left by `by`: each round opens the pages in another order. */
function rotate<T>(items: readonly T[], by: number): T[] {
  const start = by % items.length;
  return [...items.slice(start), ...items.slice(0, start)];
}

async function storageUse(browser: BenchCopies, profile: Profile): Promise<StorageUse> {
  const estimate = await settledUsage(profile.control);
  return {
    ...estimate,
    onDisk: indexedDbBytesOnDisk(browser.userDataDir, profile.copy.extensionId),
  };
}
