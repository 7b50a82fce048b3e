import { expect, it } from 'vitest';
import type { FeedErrorCode, FeedParseResult } from '../../../utils/feed/feed-failure';
import { MAX_SUMMARY_HTML_CHARS } from '../../../utils/feed/feed-limits';
import { parseFeed } from '../../../utils/feed/parse-feed';
import {
  corpusFeedBytes,
  corpusFeedManifest,
  corpusFeedNames,
  describeWithCorpus,
} from '../../harness/shared-corpus';
import { feedErrorText } from './feed-error-text';

const NOW = Date.UTC(2030, 0, 1);
const NOW_ISO = new Date(NOW).toISOString();

interface ManifestRow {
  file: string;
  format: string;
  itemCount: number;
}

/** Rows of ../shared/corpus/feeds/MANIFEST.tsv (none when the corpus is absent). */
function readManifest(): ManifestRow[] {
  return corpusFeedManifest().map((row) => ({
    file: row.file!,
    format: row.format!,
    itemCount: Number(row.item_count),
  }));
}

/**
 * Files whose post count differs from MANIFEST's raw item count, and why. The manifest counts
 * `<item>`/`<entry>` elements; the parser collapses repeated ids to the first occurrence.
 */
const COUNT_OVERRIDES: Record<string, { count: number; why: string }> = {
  'almonitor-xmlbase-dates.rss.xml': {
    count: 11,
    why: '20 items, but 3 guids each appear 4 times: 20 − 3 × 3 duplicates = 11 posts',
  },
  'scriptingnews-untitled-items.rss.xml': {
    count: 48,
    why: '50 items, but 2 guid values appear twice: 50 − 2 = 48 posts',
  },
};

/**
 * Files expected to fail, with the code. Deliberately empty: every corpus file is a feed a
 * reader should show. In particular:
 * - dbengines' undeclared `&nbsp;` is not well-formed XML, but `htmlEntities: true` decodes it
 *   (see the dedicated test below), so it parses with its 1 item;
 * - eliotjones is labelled UTF-16 but is UTF-8 without a BOM, and is read as UTF-8;
 * - uol-noticias is undeclared Latin-1, read through the windows-1252 fallback.
 */
const EXPECTED_ERRORS: Record<string, FeedErrorCode> = {};

/** Realistic feed URLs where relative links must resolve against them. */
const FEED_URLS: Record<string, string> = {
  'github-releases-gulp.atom.xml': 'https://github.com/gulpjs/gulp/releases.atom',
  'reddit-rust.atom.xml': 'https://www.reddit.com/r/rust/.rss',
  'reddit-frontpage-xhtml.atom.xml': 'https://www.reddit.com/.rss',
};

const MANIFEST = readManifest();

function parseCorpusFile(file: string, contentType?: string): FeedParseResult {
  return parseFeed(corpusFeedBytes(file), {
    feedUrl: FEED_URLS[file] ?? `https://feeds.example/${file}`,
    contentType,
    now: NOW,
  });
}

function okItems(result: FeedParseResult) {
  if (!result.ok)
    throw new Error(`expected success, got ${result.error.code}: ${feedErrorText(result.error)}`);
  return result.items;
}

describeWithCorpus('parseFeed on the real-world corpus', () => {
  it('has a manifest row for every corpus file, and tables that name real files', () => {
    const feeds = corpusFeedNames();
    for (const row of MANIFEST) expect(row.itemCount).toBeGreaterThan(0);
    expect(MANIFEST.map((row) => row.file).sort()).toEqual(feeds.sort());
    expect(MANIFEST).toHaveLength(36);
    const known = new Set(feeds);
    for (const file of [...Object.keys(COUNT_OVERRIDES), ...Object.keys(EXPECTED_ERRORS)]) {
      expect(known).toContain(file);
    }
  });

  it.each(MANIFEST)('$file ($format) gives its expected posts', ({ file, itemCount }) => {
    const result = parseCorpusFile(file);
    const expectedError = EXPECTED_ERRORS[file];
    if (expectedError) {
      expect(result).toMatchObject({ ok: false, error: { code: expectedError } });
      return;
    }
    const items = okItems(result);
    expect(items).toHaveLength(COUNT_OVERRIDES[file]?.count ?? itemCount);

    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
    for (const item of items) {
      expect(item.id).not.toBe('');
      expect(new URL(item.url).protocol).toMatch(/^https?:$/);
      expect(item.title).not.toBe('');
      expect(item.title).not.toMatch(/<\/?(?:p|a|b|i|div|span|br|img|script)\b/i);
      expect(item.title).toBe(item.title.trim());
      expect(new Date(item.publishedAt).toISOString()).toBe(item.publishedAt);
      expect(item.summaryHtml.length).toBeLessThanOrEqual(MAX_SUMMARY_HTML_CHARS);
      for (const tag of item.tags) expect(tag).toBe(tag.trim().toLowerCase());
      expect(item.readingMinutes).toBeGreaterThanOrEqual(1);
    }
  });

  it.each([
    // Date forms: RFC 822 with a numeric zone, a single-digit day, a zone name, a character
    // reference for "+", a localised day and month; ISO with a colon-less offset; date only.
    [
      'hackernews-official.rss.xml',
      'AWS Lambda Function URLs: Built-In HTTPS Endpoints for Lambda',
      '2022-04-06T21:07:47.000Z',
    ],
    [
      'csmonitor-est-dates.rss.xml',
      'Jesse Jackson’s journey from a South Carolina protest to presidential runs',
      '2026-02-17T23:03:07.000Z',
    ],
    ['zoocoding-ncr-in-pubdate.rss.xml', 'Introducing Bureau MCP', '2025-10-07T12:00:00.000Z'],
    [
      'almonitor-xmlbase-dates.rss.xml',
      'Over 80 Berlin Film Festival alumni sign open letter urging organisers to take stance on Gaza',
      '2026-02-17T22:36:36.000Z',
    ],
    ['techtinkering-date-only.atom.xml', 'Modula-2 Compilers on CP/M', '2022-09-10T00:00:00.000Z'],
    [
      'adactio-journal.jsonfeed10.json',
      'The line-up for dConstruct 2022 …revealed!',
      '2022-07-26T13:01:01.000Z',
    ],
    [
      'oren-windows-1251-default-ns.rss.xml',
      'В Бузулуке главные стройплощадки – детсад и Ледовый дворец',
      '2014-01-22T14:31:31.000Z',
    ],
    [
      'golem-iso-8859-1.rss.xml',
      'Red Dead Redemption 2: Hinweise auf PC-Umsetzung in App von Rockstar Games',
      '2018-10-28T12:48:00.000Z',
    ],
    ['debian-news.rdf.xml', 'Updated Debian 11: 11.6 released', '2022-12-17T00:00:00.000Z'],
    // No dates at all: the clock stands in.
    ['heise-rss090.rdf.xml', 'OLED-TVs: Vorsichtsmaßnahmen gegen Einbrennen', NOW_ISO],
  ])('%s: first post is "%s" at %s', (file, title, publishedAt) => {
    const [first] = okItems(parseCorpusFile(file));
    expect(first).toMatchObject({ title, publishedAt });
  });

  it('reads ISO-8859-1 (Golem) with correct umlauts', () => {
    const titles = okItems(parseCorpusFile('golem-iso-8859-1.rss.xml')).map((item) => item.title);
    expect(titles).toContain(
      'Machine Learning: Von KI erstelltes Porträt für 432.500 US.Dollar versteigert',
    );
    expect(titles).toContain('Wochenrückblick: Wilder Westen, buntes Handy, nutzloses Siegel');
    expect(titles.join('')).not.toContain('\ufffd');
  });

  it('reads undeclared Latin-1 (UOL) from the header charset, and without it by fallback', () => {
    const expected = 'Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações de 2º turno';
    const withHeader = okItems(
      parseCorpusFile(
        'uol-noticias-latin1-no-decl.rss.xml',
        'application/rss+xml; charset=ISO-8859-1',
      ),
    );
    const withoutHeader = okItems(parseCorpusFile('uol-noticias-latin1-no-decl.rss.xml'));
    expect(withHeader[0]).toMatchObject({
      title: expected,
      publishedAt: '2018-09-24T22:42:40.000Z',
    });
    expect(withoutHeader[0]!.title).toBe(expected);
  });

  it('reads a UTF-16 label on UTF-8 bytes (eliotjones) as UTF-8', () => {
    const items = okItems(parseCorpusFile('eliotjones-utf16-declared.rss.xml'));
    // Read as UTF-16, these bytes would be CJK-looking noise without a single `<rss`.
    expect(items).toHaveLength(59);
    expect(items[0]!.title).toBe('So you want to parse a PDF?');
  });

  it('decodes the undeclared &nbsp; in dbengines instead of rejecting the feed', () => {
    const [post] = okItems(parseCorpusFile('dbengines-nbsp-entity.rss.xml'));
    expect(post).toMatchObject({
      id: 'https://db-engines.com/en/blog_post/103',
      author: 'Matthias Gelbmann, Paul Andlinger',
      publishedAt: '2023-01-03T15:00:00.000Z',
    });
    expect(post!.summaryHtml).toContain('in our\u00a0DB-Engines Ranking\u00a0within');
  });

  it('resolves relative entry links against the feed URL (gulp releases)', () => {
    const [first] = okItems(parseCorpusFile('github-releases-gulp.atom.xml'));
    expect(first!.url).toBe('https://github.com/gulpjs/gulp/releases/tag/v3.9.0');
  });

  it('uses an http Atom id as URL when there is no link, and resolves content against xml:base (numi.st)', () => {
    const [post] = okItems(parseCorpusFile('numist-xml-base.atom.xml'));
    expect(post).toMatchObject({
      url: 'https://numi.st/post/2022/travel-uke',
      title: 'my cool entry title',
      author: 'Not Blank',
    });
    expect(post!.summaryHtml).toContain('src="https://numi.st/post/2022/travel-uke/IMG_1232.jpeg"');
  });

  it('keeps inline XHTML content as markup (old Reddit front page)', () => {
    const [first] = okItems(parseCorpusFile('reddit-frontpage-xhtml.atom.xml'));
    expect(first!.summaryHtml.startsWith('<div xmlns="http://www.w3.org/1999/xhtml"><table>')).toBe(
      true,
    );
    expect(first!.tags).toEqual(['funny']);
  });

  it('titles title-less items with an excerpt of their text (Scripting News)', () => {
    const items = okItems(parseCorpusFile('scriptingnews-untitled-items.rss.xml'));
    expect(items[0]!.title).toBe('Good morning students and teachers! 🍏');
    expect(items[2]!.title).toBe(
      "Interesting Politico piece posits that Trump acts as if he's mayor of the…",
    );
    for (const item of items) expect(item.title.length).toBeLessThanOrEqual(200);
  });

  it('prefers the link over a non-permalink guid for the URL, keeping the guid as id (hnrss)', () => {
    const items = okItems(parseCorpusFile('hnrss-frontpage.rss.xml'));
    expect(items[0]!.id).toMatch(/^https:\/\/news\.ycombinator\.com\/item\?id=\d+$/);
    expect(items[0]!.url).not.toContain('news.ycombinator.com');
  });

  it('identifies guid-less items by their link (Hacker News)', () => {
    const items = okItems(parseCorpusFile('hackernews-official.rss.xml'));
    for (const item of items) expect(item.id).toBe(item.url);
  });

  it('reads RSS 1.0 identity from rdf:about and authors from dc:creator (davidbau)', () => {
    const [first] = okItems(parseCorpusFile('davidbau-iso-8859-1.rdf.xml'));
    expect(first).toMatchObject({
      id: 'http://davidbau.com/archives/2024/03/28/the_right_kind_of_openness_for_ai.html',
      author: 'David',
      publishedAt: '2024-03-28T11:08:34.000Z', // dc:date 2024-03-28T06:08:34-05:00
    });
  });

  it('takes the YouTube description from media:group when there is no summary', () => {
    const [first] = okItems(parseCorpusFile('youtube-channel-artoftheproblem.atom.xml'));
    expect(first!.summaryHtml).toMatch(/^FULL VIDEO: https:\/\/www\.youtube\.com\/watch\?v=/);
    expect(first!.author).toBe('Art of the Problem');
  });

  it('drops a bare e-mail address as author (markheath)', () => {
    const items = okItems(parseCorpusFile('markheath-bom-crlf.rss.xml'));
    expect(items.map((item) => item.author)).toEqual(Array(10).fill(''));
    expect(items[0]!.title).toBe('EF Core Lazy Loading Performance Gotcha');
  });
});
