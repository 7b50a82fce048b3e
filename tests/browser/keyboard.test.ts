import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLOR_SCHEMES } from './axe';
import { DEV_FEED } from '../harness/dev-feed-builder';
import {
  launchExtension,
  openExtensionPage,
  openPopup,
  type LaunchedExtension,
} from '../harness/extension';
import {
  rssWithEtag,
  startFeedServer,
  type FeedResponder,
  type FeedServer,
} from '../harness/feed-server';

// Real key presses in Chromium against the built extension: what jsdom cannot show (native
// focus, Tab order, :focus-visible styles, radio-group arrows, Enter submitting a form).
// The shortcut map itself is unit-tested in tests/unit/popup/popup-keyboard.test.tsx.

/** What has focus, and whether a sighted keyboard user can see that it has. */
interface FocusStop {
  /** Accessible-ish name: aria-label, label, or text; radios are prefixed with their group. */
  name: string;
  /** An outline or box-shadow is drawn (on the element, or on the label of a hidden radio). */
  ring: boolean;
  /** Contrast of the ring's colour against what it is drawn on (WCAG 1.4.11 asks 3:1). */
  contrast: number;
}

/** Describes the focused element, or returns null when focus is on the page itself. */
function focusStop(page: Page): Promise<FocusStop | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el === document.documentElement) return null;

    const text = (node: Element | null | undefined) =>
      node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    const labelledBy = el.getAttribute('aria-labelledby');
    let name =
      el.getAttribute('aria-label') ??
      (labelledBy ? text(document.getElementById(labelledBy)) : '');
    if (!name && 'labels' in el) name = text((el as HTMLInputElement).labels?.[0]);
    if (!name) name = text(el);
    if (el instanceof HTMLInputElement && el.type === 'radio') {
      const group = el.closest('[role="radiogroup"]');
      const groupName = text(document.getElementById(group?.getAttribute('aria-labelledby') ?? ''));
      name = `${groupName}: ${name}`;
    }

    // A radio drawn as a segmented button is invisible itself; its label span shows focus.
    const drawer =
      getComputedStyle(el).opacity === '0' && el.nextElementSibling ? el.nextElementSibling : el;
    const style = getComputedStyle(drawer);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1;
    const shadow = style.boxShadow !== 'none';

    const rgb = (color: string) => {
      const [r = 0, g = 0, b = 0, a = 1] = (color.match(/[\d.]+/g) ?? []).map(Number);
      return { r, g, b, a };
    };
    const luminance = ({ r, g, b }: { r: number; g: number; b: number }) => {
      const channel = (v: number) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const opaqueBackground = (start: Element | null) => {
      for (let node = start; node; node = node.parentElement) {
        const color = rgb(getComputedStyle(node).backgroundColor);
        if (color.a > 0.5) return color;
      }
      return rgb(getComputedStyle(document.body).backgroundColor);
    };
    // WCAG 1.4.11: the ring against the colour next to it. A ring drawn inside the element
    // (negative offset) borders the element's own fill, or an inset shadow wider than the
    // ring's depth; a ring outside it borders the background around the element.
    const ringColor = rgb(outline ? style.outlineColor : style.boxShadow);
    const depth = -parseFloat(style.outlineOffset);
    const insetShadow = /^(rgba?\([^)]*\)) -?[\d.]+px -?[\d.]+px [\d.]+px (-?[\d.]+)px inset/.exec(
      style.boxShadow,
    );
    const behind = !outline
      ? opaqueBackground(drawer.parentElement)
      : depth > 0
        ? insetShadow && parseFloat(insetShadow[2]!) > depth
          ? rgb(insetShadow[1]!)
          : opaqueBackground(drawer)
        : opaqueBackground(drawer.parentElement);
    const [hi, lo] = [luminance(ringColor), luminance(behind)].sort((a, b) => b - a) as [
      number,
      number,
    ];
    return {
      name,
      ring: outline || shadow,
      contrast: Math.round(((hi + 0.05) / (lo + 0.05)) * 100) / 100,
    };
  });
}

/**
 * Presses Tab from the top of the page until focus leaves it (or comes round again) and
 * returns every stop on the way.
 */
async function tabThrough(page: Page, limit = 200): Promise<FocusStop[]> {
  // A click on the page's corner (no control there) blurs and moves Tab's starting point to
  // the top; a script blur() would leave it after the element that had focus.
  await page.mouse.click(1, 1);
  const stops: FocusStop[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const stop = await focusStop(page);
    if (!stop || (stops.length > 0 && stop.name === stops[0]!.name && i > 1)) break;
    stops.push(stop);
  }
  return stops;
}

/** Stops without a ring, or with one too faint to see (below 3:1). */
const faintRings = (stops: FocusStop[]) => stops.filter((stop) => !stop.ring || stop.contrast < 3);

/** dev.to stand-in: the feed at its URL, a plain page for any post opened from the popup. */
function devTo(): FeedResponder {
  const serveFeed = rssWithEtag(DEV_FEED);
  return (req, res) => {
    if (req.url?.startsWith('/feed/tag/rust')) return serveFeed(req, res);
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end('<title>post</title>');
  };
}

describe('popup from the keyboard', () => {
  let server: FeedServer;
  let ext: LaunchedExtension;
  let page: Page;
  let titles: string[];

  const items = () => page.getByRole('listitem');
  const activeIndex = () =>
    items().evaluateAll((nodes) => nodes.findIndex((node) => node.classList.contains('active')));
  const focusedText = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
  const unreadCount = () => page.locator('.unread-count').textContent();

  beforeAll(async () => {
    server = await startFeedServer();
    server.respondWith(devTo());
    ext = await launchExtension(server.port);
    page = await openPopup(ext);
    // Ten posts listed: the fixture's two that do not look like Rust wait in "Not Rust? (2)".
    await items().nth(9).waitFor({ timeout: 20_000 });
    titles = await page.locator('.post-title').allTextContents();
  });

  afterAll(async () => {
    await ext?.dispose();
    await server?.close();
  });

  it.each(COLOR_SCHEMES)(
    'Tab reaches every control in order, each with a visible focus ring (%s)',
    async (colorScheme) => {
      await page.emulateMedia({ colorScheme });
      const stops = await tabThrough(page);
      const names = stops.map((stop) => stop.name);
      expect(names.slice(0, 7)).toEqual([
        'Refresh',
        'Mark all read',
        'Options',
        'Unread',
        'Saved',
        'All',
        'Search posts',
      ]);
      // Then each post: its title (opens it), Mark read, Not Rust, Save for later, Snooze,
      // Preview; then the folded section's summary.
      expect(names.slice(7)).toEqual([
        ...titles.flatMap((title) => [
          title,
          'Mark read',
          'Not Rust',
          'Save for later',
          'Snooze',
          'Preview',
        ]),
        'Not Rust? (2)',
      ]);
      expect(faintRings(stops)).toEqual([]);
      await page.emulateMedia({ colorScheme: 'light' });
    },
  );

  it('moves with j, k, the arrows, Home and End, focusing each post’s title', async () => {
    await page.reload(); // no post current, as when the popup opens
    await items().nth(9).waitFor();
    await page.keyboard.press('j');
    expect(await activeIndex()).toBe(0);
    expect(await focusedText()).toBe(titles[0]);
    await page.keyboard.press('j');
    await page.keyboard.press('ArrowDown');
    expect(await activeIndex()).toBe(2);
    await page.keyboard.press('k');
    expect(await focusedText()).toBe(titles[1]);
    await page.keyboard.press('End');
    expect(await focusedText()).toBe(titles[9]);
    // The last post's title was scrolled into view inside the list.
    expect(
      await page
        .locator('.post-title')
        .nth(9)
        .evaluate((node) => {
          const box = node.getBoundingClientRect();
          const list = node.closest('.post-scroll')!.getBoundingClientRect();
          return box.top >= list.top && box.bottom <= list.bottom + 1;
        }),
    ).toBe(true);
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowUp'); // stays on the first
    expect(await activeIndex()).toBe(0);
    expect((await focusStop(page))?.ring).toBe(true);
  });

  it('expands the current post’s preview with Space, and collapses it again', async () => {
    const preview = items().nth(0).getByRole('button', { name: 'Preview' });
    await page.keyboard.press(' ');
    expect(await preview.getAttribute('aria-expanded')).toBe('true');
    await items().nth(0).locator('.post-summary').waitFor();
    // Space did not scroll the list away from the post.
    expect(await page.locator('.post-scroll').evaluate((list) => list.scrollTop)).toBe(0);
    await page.keyboard.press(' ');
    expect(await preview.getAttribute('aria-expanded')).toBe('false');
    expect(await items().nth(0).locator('.post-summary').count()).toBe(0);
  });

  it('toggles the current post read and unread with m', async () => {
    await page.keyboard.press('m');
    await expect.poll(() => items().nth(0).getAttribute('class')).toContain(' read');
    await expect.poll(unreadCount).toBe('9 unread');
    await page.keyboard.press('m');
    await expect.poll(() => items().nth(0).getAttribute('class')).toContain('unread');
    await expect.poll(unreadCount).toBe('10 unread');
  });

  it('opens the current post with o, and the focused one with Enter, marking them read', async () => {
    await page.keyboard.press('j'); // post 1
    const [first] = await Promise.all([ext.context.waitForEvent('page'), page.keyboard.press('o')]);
    await first.waitForLoadState();
    expect(first.url()).toMatch(/^https:\/\/dev\.to\//);
    await first.close();
    await page.bringToFront();
    await expect.poll(() => items().nth(1).getAttribute('class')).toContain(' read');

    await page.keyboard.press('j'); // post 2, its title focused: Enter follows the link
    const [second] = await Promise.all([
      ext.context.waitForEvent('page'),
      page.keyboard.press('Enter'),
    ]);
    await second.waitForLoadState();
    expect(second.url()).not.toBe(first.url());
    await second.close();
    await page.bringToFront();
    await expect.poll(() => items().nth(2).getAttribute('class')).toContain(' read');
    await expect.poll(unreadCount).toBe('8 unread');
  });

  it('focuses the search with / (typing nothing), Escape clears it, then returns to the list', async () => {
    await page.keyboard.press('/');
    const search = page.getByRole('searchbox', { name: 'Search posts' });
    expect(await search.evaluate((input) => input === document.activeElement)).toBe(true);
    expect(await search.inputValue()).toBe('');
    await page.keyboard.type('tokio');
    await expect.poll(() => items().count()).toBe(1);
    // Letters in the box are text, not shortcuts.
    expect(await search.inputValue()).toBe('tokio');
    await page.keyboard.press('ArrowDown');
    expect(await focusedText()).toBe(await page.locator('.post-title').first().textContent());
    await page.keyboard.press('/');
    await page.keyboard.press('Escape');
    expect(await search.inputValue()).toBe('');
    await expect.poll(() => items().count()).toBeGreaterThan(1);
    await page.keyboard.press('Escape');
    expect(await focusedText()).toBe(await page.locator('.post-title').first().textContent());
  });

  it('refreshes with r: the feed is asked for again', async () => {
    const before = server.requests.length;
    await page.keyboard.press('r');
    await expect.poll(() => server.requests.length).toBeGreaterThan(before);
    expect(server.requests.at(-1)?.path).toBe('/feed/tag/rust');
    await page.getByText(/^Updated /).waitFor();
  });

  it('marks all read with Shift+A, and Undo is one key press away', async () => {
    const unread = await items().count();
    await page.keyboard.press('Shift+A');
    await page.getByRole('heading', { name: 'All caught up' }).waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'Marked' }).textContent()).toContain(
      `Marked ${unread} posts read`,
    );
    // The list the user was in is gone; focus lands on Undo rather than on the page.
    await expect.poll(async () => (await focusStop(page))?.name).toBe('Undo');
    await page.keyboard.press('Enter');
    await expect.poll(() => items().count()).toBe(unread);
    expect(await unreadCount()).toBe(`${unread} unread`);
  });
});

describe('options page from the keyboard', () => {
  let server: FeedServer;
  let ext: LaunchedExtension;
  let options: Page;

  const radio = (tag: string, mode: 'Show' | 'Hide' | 'Only') =>
    options.getByRole('radiogroup', { name: tag, exact: true }).getByRole('radio', { name: mode });
  const summary = (text: string) => options.getByText(text, { exact: true });
  const syncedSettings = () =>
    options.evaluate(
      async () =>
        (await chrome.storage.sync.get('settings')).settings as Record<string, unknown> | undefined,
    );

  beforeAll(async () => {
    server = await startFeedServer();
    server.respondWith(rssWithEtag(DEV_FEED));
    ext = await launchExtension(server.port);
    options = await openExtensionPage(ext, 'options.html');
    await options.setViewportSize({ width: 1280, height: 900 });
    await summary('10 of 12 stored posts shown').waitFor({ timeout: 20_000 });
  });

  afterAll(async () => {
    await ext?.dispose();
    await server?.close();
  });

  it.each(COLOR_SCHEMES)(
    'Tab reaches every control in order, each with a visible focus ring (%s)',
    async (colorScheme) => {
      await options.emulateMedia({ colorScheme });
      // A Hide and an Only so their coloured, checked segments are among the stops.
      await radio('career', 'Hide').check();
      await radio('tokio', 'Only').check();
      const stops = await tabThrough(options);
      await options.getByRole('button', { name: 'Set every tag to Show' }).click();
      await options.emulateMedia({ colorScheme: 'light' });
      const names = stops.map((stop) => stop.name);
      const tagGroups = names.filter((name) => /^[a-z0-9]+: (Show|Hide|Only)$/.test(name));
      // One stop per radio group (the checked option), each followed by its Notify box.
      expect(tagGroups).toHaveLength(24);
      expect(tagGroups).toContain('career: Hide');
      expect(tagGroups).toContain('tokio: Only');
      for (const group of tagGroups) {
        expect(names[names.indexOf(group) + 1]).toBe(`Notify for ${group.split(':')[0]}`);
      }
      const rest = names.filter(
        (name) => !tagGroups.includes(name) && !name.startsWith('Notify for '),
      );
      expect(rest).toEqual([
        'Find a tag',
        'Set every tag to Show',
        'Add a tag not seen yet',
        'Add',
        'Mute an author (DEV username or a link to one of their posts)',
        'Mute',
        "Posts that don't look like Rust: Fold",
        'Hide titles containing',
        'Add',
        'Preview',
        'Follow This Week in Rust (this-week-in-rust.org)',
        'Follow Rust Blog (blog.rust-lang.org)',
        'Follow Inside Rust (blog.rust-lang.org)',
        'Follow Rust Users Forum (users.rust-lang.org)',
        'Follow r/rust (www.reddit.com)',
        'Follow Lobsters #rust (lobste.rs)',
        'Follow DEV #rust (dev.to)',
        'Remove DEV #rust',
        'Add a DEV tag',
        'Add tag',
        'Add a feed URL (RSS, Atom or JSON Feed)',
        'Add feed',
        'Export OPML',
        'Import OPML…',
        'Check for new posts every',
        'Show a notification when new posts arrive',
        'Quiet hours: no notifications between',
        'Combine into one notification when this many posts arrive at once',
        'Keep read posts for',
        'Clear all stored posts…',
        'Export settings to a file',
        'Import settings from a file…',
      ]);
      expect(faintRings(stops)).toEqual([]);
    },
  );

  it('moves through Show, Hide and Only with the arrow keys, wrapping, as one Tab stop', async () => {
    await radio('rust', 'Show').focus();
    await options.keyboard.press('ArrowDown');
    expect(await radio('rust', 'Hide').isChecked()).toBe(true);
    await summary('0 of 12 stored posts shown').waitFor();
    await options.keyboard.press('ArrowDown');
    expect(await radio('rust', 'Only').isChecked()).toBe(true);
    await options.keyboard.press('ArrowDown'); // wraps round to Show
    expect(await radio('rust', 'Show').isChecked()).toBe(true);
    await options.keyboard.press('ArrowUp'); // and back to Only
    expect(await radio('rust', 'Only').isChecked()).toBe(true);
    await summary('10 of 12 stored posts shown').waitFor();

    await options.keyboard.press('Tab');
    await expect.poll(async () => (await focusStop(options))?.name).toBe('Notify for rust');
    await options.keyboard.press('Shift+Tab'); // back to the checked option, not the first
    await expect.poll(async () => (await focusStop(options))?.name).toBe('rust: Only');
    await options.keyboard.press('ArrowLeft');
    await options.keyboard.press('ArrowLeft');
    expect(await radio('rust', 'Show').isChecked()).toBe(true);
    await expect.poll(async () => (await syncedSettings())?.tagModes).toEqual({});
  });

  it('toggles checkboxes with Space, saving each change', async () => {
    const notify = options.getByRole('checkbox', { name: 'Notify for career' });
    await notify.focus();
    await options.keyboard.press(' ');
    expect(await notify.isChecked()).toBe(false);
    await expect.poll(async () => (await syncedSettings())?.tagNotify).toEqual({ career: false });
    await options.keyboard.press(' ');
    expect(await notify.isChecked()).toBe(true);

    // Notifications off: the details are disabled, so Tab skips them.
    const enabled = options.getByRole('checkbox', {
      name: 'Show a notification when new posts arrive',
    });
    await enabled.focus();
    await options.keyboard.press(' ');
    expect(await enabled.isChecked()).toBe(false);
    await options.keyboard.press('Tab');
    await expect.poll(async () => (await focusStop(options))?.name).toBe('Keep read posts for');
    await options.keyboard.press('Shift+Tab');
    await options.keyboard.press(' ');
    expect(await enabled.isChecked()).toBe(true);
    await options.keyboard.press('Tab');
    await expect
      .poll(async () => (await focusStop(options))?.name)
      .toBe('Quiet hours: no notifications between');
  });

  it('adds a tag with Enter, explains a bad one, and keeps focus in the field', async () => {
    const field = options.getByLabel('Add a tag not seen yet');
    await field.focus();
    await options.keyboard.type('not a tag!');
    await options.keyboard.press('Enter');
    const error = options.getByRole('alert');
    await error.waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await field.getAttribute('aria-describedby')).toBe(await error.getAttribute('id'));

    await field.fill('');
    await options.keyboard.type('bevy');
    await options.keyboard.press('Enter');
    await options.getByRole('radiogroup', { name: 'bevy', exact: true }).waitFor();
    expect(await field.inputValue()).toBe('');
    expect(await field.evaluate((input) => input === document.activeElement)).toBe(true);
    expect(await options.getByRole('alert').count()).toBe(0);
  });

  it('mutes an author and adds a keyword with Enter, and removes them from the keyboard', async () => {
    const mute = options.getByLabel('Mute an author', { exact: false });
    await mute.focus();
    await options.keyboard.type('hiyoyok');
    await options.keyboard.press('Enter');
    const unmute = options.getByRole('button', { name: /^Unmute / });
    await unmute.waitFor();

    const keyword = options.getByLabel('Hide titles containing');
    await keyword.focus();
    await options.keyboard.type('crypto');
    await options.keyboard.press('Enter');
    const remove = options.getByRole('button', { name: 'Remove keyword crypto' });
    await remove.waitFor();

    await remove.focus();
    await options.keyboard.press('Enter');
    await expect.poll(() => remove.count()).toBe(0);
    // Focus does not fall back to the top of the page with the removed chip.
    await expect.poll(async () => (await focusStop(options))?.name).toBe('Hide titles containing');

    await unmute.focus();
    await options.keyboard.press('Enter');
    await expect.poll(() => unmute.count()).toBe(0);
    await expect
      .poll(async () => (await focusStop(options))?.name)
      .toBe('Mute an author (DEV username or a link to one of their posts)');
    await expect
      .poll(async () => {
        const settings = await syncedSettings();
        return [settings?.mutedAuthors ?? {}, settings?.titleKeywords ?? []];
      })
      .toEqual([{}, []]);
  });

  it('asks before clearing stored posts with focus on Cancel, and returns it afterwards', async () => {
    const clear = options.getByRole('button', { name: 'Clear all stored posts…' });
    await clear.focus();
    await options.keyboard.press('Enter');
    await expect.poll(async () => (await focusStop(options))?.name).toBe('Cancel');
    await options.keyboard.press('Enter');
    await expect.poll(async () => (await focusStop(options))?.name).toBe('Clear all stored posts…');
  });
});
