import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shippedTranslator } from '../unit/i18n/shipped-locales';
import { devFeedAsOf } from '../harness/dev-feed-builder';
import {
  launchExtension,
  openExtensionPage,
  openPopup,
  type LaunchedExtension,
} from '../harness/extension';
import { rssWithEtag, startFeedServer, type FeedServer } from '../harness/feed-server';
import { findClippedText, type CutByDesign } from './layout-check';

// German words are long and Japanese glyphs are wide: the popup (400 px) and the options page
// must fit both without cutting a word or scrolling sideways. Chromium runs with --lang, so
// the extension reads the real _locales file, as it would for a German or Japanese user.

/** Text the popup cuts on purpose; nothing else may be cut. */
const POPUP_CUTS: CutByDesign = {
  '.post-title': 'titles are clamped to two lines (line-clamp); the post itself has the rest',
  '.post-meta > .author': 'a long display name gives way with an ellipsis (posts.css)',
  '.post-meta > .source': 'a long feed title is capped at 40% with an ellipsis (posts.css)',
  '.post-summary': 'the feed’s own HTML, not our words; wide code blocks scroll by design',
  '.visually-hidden': 'words for screen readers only, clipped to 1 px on purpose',
};
const OPTIONS_CUTS: CutByDesign = {
  '.visually-hidden': 'words for screen readers only, clipped to 1 px on purpose',
};

/** Fails with the list of what does not fit, so the report says where to look. */
async function expectNothingClipped(page: Page, byDesign: CutByDesign): Promise<void> {
  expect(await findClippedText(page, byDesign)).toEqual([]);
}

describe.each(['de', 'ja'])('layout in %s', (lang) => {
  const t = shippedTranslator(lang);
  let server: FeedServer;
  let ext: LaunchedExtension;
  let popup: Page;

  beforeAll(async () => {
    if (lang === 'ja') {
      // Without a Japanese font Chromium draws empty boxes, and the widths measured mean nothing.
      const fonts = execFileSync('fc-list', [':lang=ja', 'family'], { encoding: 'utf8' });
      expect(fonts, 'install a Japanese font: apt-get install fonts-noto-cjk').not.toBe('');
    }
    server = await startFeedServer();
    server.respondWith(rssWithEtag(devFeedAsOf(Date.now())));
    ext = await launchExtension(server.port, undefined, { lang });
    popup = await openPopup(ext);
    // Ten posts listed; the fixture's two that do not look like Rust are folded.
    await popup.getByRole('listitem').nth(9).waitFor({ timeout: 20_000 });
  });

  afterAll(async () => {
    await ext?.dispose();
    await server?.close();
  });

  it('the popup speaks the language', async () => {
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe(lang);
    await popup.getByText(t.plural('popupUnreadCount', 10), { exact: true }).waitFor();
    await popup.getByRole('button', { name: t('popupMarkAllRead') }).waitFor();
    await popup.getByRole('list', { name: t('popupListUnread') }).waitFor();
  });

  it('the popup’s list fits 400 px', async () => {
    await expectNothingClipped(popup, POPUP_CUTS);
  });

  it('an open preview with its Mute button fits', async () => {
    const first = popup.getByRole('listitem').first();
    await first.getByRole('button', { name: t('postPreview') }).click();
    await first.locator('.post-summary').waitFor();
    await expectNothingClipped(popup, POPUP_CUTS);
    await first.getByRole('button', { name: t('postPreview') }).click();
  });

  it('the Undo toast and the caught-up page fit', async () => {
    await popup.getByRole('button', { name: t('popupMarkAllRead') }).click();
    await popup.getByText(t.plural('undoMarked', 10), { exact: true }).waitFor();
    await popup.getByRole('heading', { name: t('emptyCaughtUpTitle') }).waitFor();
    await expectNothingClipped(popup, POPUP_CUTS);
    await popup.getByRole('button', { name: t('undoButton') }).click();
    await popup.getByText(t.plural('popupUnreadCount', 10), { exact: true }).waitFor();
  });

  it('the options page fits a wide and a narrow window, filters and all', async () => {
    const options = await openExtensionPage(ext, 'options.html');
    await options.setViewportSize({ width: 1280, height: 800 });
    expect(await options.evaluate(() => document.documentElement.lang)).toBe(lang);
    await options.getByRole('heading', { name: t('optionsTitle'), level: 1 }).waitFor();
    const shown = (n: number) =>
      options.getByText(t.plural('previewSummary', 12, { shown: n }), { exact: true }).waitFor();
    await shown(10);

    // A hidden tag, a muted author and a keyword fill the lists and the preview's reasons.
    await options
      .getByRole('radiogroup', { name: 'career', exact: true })
      .getByRole('radio', { name: t('tagModeHide') })
      .check();
    await options.getByLabel(t('mutedAddLabel')).fill('ServBay');
    await options.getByLabel(t('mutedAddLabel')).press('Enter');
    await options.getByLabel(t('keywordsAddLabel')).fill('kubernetes');
    await options.getByLabel(t('keywordsAddLabel')).press('Enter');
    await options.getByRole('list', { name: t('previewHiddenList') }).waitFor();
    await options.getByRole('button', { name: t('clearButton') }).click();
    await options.getByRole('button', { name: t('clearCancel') }).waitFor();

    for (const width of [1280, 640]) {
      await options.setViewportSize({ width, height: 800 });
      await expectNothingClipped(options, OPTIONS_CUTS);
    }
    await options.close();
  });
});
