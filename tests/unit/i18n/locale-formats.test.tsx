// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { h, type VNode } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PollIntervalField } from '@/components/options/poll-interval-field';
import { SourcesSection } from '@/components/options/sources-section';
import { RelativeTime } from '@/components/shared/relative-time';
import { TranslatorProvider } from '@/components/shared/translator-context';
import type { Translator } from '@/utils/i18n/translator';
import { formatKilobytes } from '@/utils/settings/settings-size';
import { shippedTranslator } from './shipped-locales';

// Every date, time, number and plural the pages show follows the translator's locale: the
// language of the messages the browser picked, so a German page never says "3h ago" or
// "1,234". Expected texts come from Intl itself, so an ICU update cannot break them.
afterEach(cleanup);

const NOW = Date.UTC(2026, 4, 6, 12, 0);
const MINUTE = 60_000;

function renderIn(t: Translator, ui: VNode) {
  return render(h(TranslatorProvider, { value: t }, ui));
}

describe('the translator’s locale', () => {
  it.each([
    ['de', 'de'],
    ['pt_BR', 'pt-BR'],
    ['zh_CN', 'zh-CN'],
  ])(
    'is %s’s own tag when the browser reports en-US (headless Chromium with --lang)',
    (folder, tag) => {
      expect(shippedTranslator(folder).locale).toBe(tag);
    },
  );

  it('takes the browser’s region when it speaks the messages’ language', () => {
    expect(shippedTranslator('de', 'de-AT').locale).toBe('de-AT');
    expect(shippedTranslator('fr', 'fr-CA').locale).toBe('fr-CA');
  });
});

describe('dates and times', () => {
  it.each(['de', 'ja', 'fr'])('a post’s age and its tooltip are in %s', (folder) => {
    const t = shippedTranslator(folder);
    const at = NOW - 25 * MINUTE;
    renderIn(t, <RelativeTime at={at} now={NOW} />);

    const time = document.querySelector('time')!;
    const relative = new Intl.RelativeTimeFormat(folder, { numeric: 'auto', style: 'narrow' });
    const full = new Intl.DateTimeFormat(folder, { dateStyle: 'full', timeStyle: 'short' });
    expect(time.textContent).toBe(relative.format(-25, 'minute'));
    expect(time.title).toBe(full.format(at));
  });

  it('the poll intervals are worded in German', () => {
    renderIn(shippedTranslator('de'), <PollIntervalField minutes={15} onChange={() => {}} />);

    const options = [...document.querySelectorAll('option')].map((o) => o.textContent);
    const minutes = (n: number) =>
      new Intl.NumberFormat('de', { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(n);
    expect(options).toContain(`${minutes(15)} (Standard)`);
    expect(options).toContain(minutes(5));
  });
});

describe('counts', () => {
  it.each<[string, number, string]>([
    ['de', 1, '1 Beitrag als gelesen markiert'],
    ['de', 1234, `${(1234).toLocaleString('de')} Beiträge als gelesen markiert`],
    ['fr', 0, '0 article marqué comme lu'],
    ['fr', 2, '2 articles marqués comme lus'],
    ['fr', 1_000_000, `${(1_000_000).toLocaleString('fr')} d’articles marqués comme lus`],
    ['pt_BR', 0, '0 post marcado como lido'],
    ['es', 1_000_000, `${(1_000_000).toLocaleString('es')} de artículos marcados como leídos`],
    ['ja', 1, '1 件の記事を既読にしました'],
    ['ja', 1234, '1,234 件の記事を既読にしました'],
    ['zh_CN', 1, '已将 1 篇文章标为已读'],
  ])('%s says %i marked posts in its own plural form and digits', (folder, n, text) => {
    expect(shippedTranslator(folder).plural('undoMarked', n)).toBe(text);
  });

  it.each<[string, string]>([
    ['en', '8.0 KB'],
    ['de', '8,0 KB'],
    ['fr', '8,0 Ko'],
  ])('%s writes a size as %s', (folder, text) => {
    expect(formatKilobytes(8192, shippedTranslator(folder))).toBe(text);
  });

  it.each<[string, number, string]>([
    ['en', 1, 'Imported 1 feed.'],
    ['en', 2, 'Imported 2 feeds.'],
    ['de', 1, '1 Feed importiert.'],
    ['fr', 0, '0 flux importé.'],
    ['ja', 3, '3 件のフィードをインポートしました。'],
  ])('%s confirms an OPML import of %i feeds in the right plural', async (folder, count, start) => {
    const t = shippedTranslator(folder);
    renderIn(
      t,
      <SourcesSection
        sources={[]}
        statuses={new Map()}
        onSwitch={async () => null}
        onRemove={() => {}}
        onAddTag={async () => null}
        onAddUrl={async () => null}
        onExport={() => {}}
        onImport={async () => ({ ok: true, count })}
      />,
    );

    fireEvent.change(screen.getByLabelText(t('sourcesFileLabel')), {
      target: { files: [new File(['<opml/>'], 'feeds.opml')] },
    });

    expect((await screen.findByText(new RegExp(`^${start}`))).textContent).toBe(
      t.plural('sourcesImported', count),
    );
  });
});
