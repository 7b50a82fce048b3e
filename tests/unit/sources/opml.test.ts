import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { sourceForFeedUrl } from '../../../utils/sources/add-source';
import { CURATED_SOURCES, curatedToSource } from '../../../utils/sources/curated-sources';
import { originsNeeded } from '../../../utils/sources/host-permissions';
import type { OpmlErrorCode, OpmlImportResult } from '../../../utils/sources/opml-error';
import { escapeXml, sourcesToOpml } from '../../../utils/sources/opml-export';
import { MAX_OPML_CHARS, MAX_SOURCES } from '../../../utils/sources/opml-format';
import { parseOpml } from '../../../utils/sources/opml-import';
import {
  cleanTitle,
  customSourceId,
  DEFAULT_SOURCES,
  devTagSource,
  type Source,
} from '../../../utils/sources/source';
import { corpusOpmlText, itWithCorpus } from '../../harness/shared-corpus';

const NOW = Date.parse('2026-07-08T09:30:00Z');

function sourcesOf(result: OpmlImportResult): Source[] {
  if (!result.ok) throw new Error(`expected sources, got ${result.code}: ${result.error}`);
  return result.sources;
}

const opml = (body: string, rootAttributes = 'version="2.0"') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<opml ${rootAttributes}><head><title>t</title></head><body>${body}</body></opml>`;

const feed = (xmlUrl: string, title = 'A feed') =>
  `<outline type="rss" text="${title}" xmlUrl="${xmlUrl}"/>`;

describe('sourcesToOpml', () => {
  it('writes an OPML 2.0 document any reader can import', () => {
    const sources: Source[] = [
      DEFAULT_SOURCES[0]!,
      curatedToSource(CURATED_SOURCES[1]!, false),
      sourceForFeedUrl('https://example.com/feed.xml', { title: 'Ben & Jerry’s "blog" <3' }),
    ];
    expect(sourcesToOpml(sources, NOW)).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<opml version="2.0" xmlns:rustradar="urn:x-rust-radar:opml:1">',
        '  <head>',
        '    <title>Rust Radar sources</title>',
        '    <dateCreated>Wed, 08 Jul 2026 09:30:00 GMT</dateCreated>',
        '    <docs>https://opml.org/spec2.opml</docs>',
        '  </head>',
        '  <body>',
        '    <outline type="rss" text="DEV #rust" title="DEV #rust" xmlUrl="https://dev.to/feed/tag/rust" htmlUrl="https://dev.to/t/rust"/>',
        '    <outline type="rss" text="Rust Blog" title="Rust Blog" xmlUrl="https://blog.rust-lang.org/feed.xml" htmlUrl="https://blog.rust-lang.org/" rustradar:enabled="false"/>',
        '    <outline type="rss" text="Ben &amp; Jerry’s &quot;blog&quot; &lt;3" title="Ben &amp; Jerry’s &quot;blog&quot; &lt;3" xmlUrl="https://example.com/feed.xml"/>',
        '  </body>',
        '</opml>',
        '',
      ].join('\n'),
    );
  });

  it('escapes URLs with query strings and a custom head title', () => {
    const source = sourceForFeedUrl('https://example.com/rss?a=1&b=2');
    const text = sourcesToOpml([source], NOW, { title: 'Mine & yours' });
    expect(text).toContain('xmlUrl="https://example.com/rss?a=1&amp;b=2"');
    expect(text).toContain('<title>Mine &amp; yours</title>');
    expect(XMLValidator.validate(text)).toBe(true);
  });

  it('writes an empty body for an empty list', () => {
    expect(XMLValidator.validate(sourcesToOpml([], NOW))).toBe(true);
  });
});

describe('escapeXml', () => {
  it.each([
    ['a & b', 'a &amp; b'],
    ['<x y="1">', '&lt;x y=&quot;1&quot;&gt;'],
    ["it's", 'it&apos;s'],
    ['line\nbreak\ttab\rcr', 'line&#10;break&#9;tab&#13;cr'],
    ['nul\u0000 bell\u0007 fffe\ufffe', 'nul bell fffe'],
    ['lone \udc00 half', 'lone  half'],
    ['🦀 stays', '🦀 stays'],
  ])('%j → %j', (text, escaped) => {
    expect(escapeXml(text)).toBe(escaped);
  });
});

describe('parseOpml reads feed lists', () => {
  it('flattens folders in document order and skips outlines that are not feeds', () => {
    const text = opml(`
      <outline text="Rust">
        ${feed('https://a.example/feed.xml', 'A')}
        <outline text="Nested">${feed('https://b.example/atom.xml', 'B')}</outline>
        <outline text="A note, not a feed"/>
        <outline type="link" text="A website" url="https://c.example/"/>
      </outline>
      ${feed('https://d.example/rss', 'D')}`);
    expect(sourcesOf(parseOpml(text)).map(({ feedUrl, title }) => [feedUrl, title])).toEqual([
      ['https://a.example/feed.xml', 'A'],
      ['https://b.example/atom.xml', 'B'],
      ['https://d.example/rss', 'D'],
    ]);
  });

  it('collapses a feed listed twice, however it is spelled, keeping the first', () => {
    const text = opml(
      feed('https://a.example/feed.xml', 'First') +
        feed('https://A.EXAMPLE/feed.xml#again', 'Second') +
        feed('https://dev.to/t/bevy', 'x') +
        feed('https://dev.to/feed/tag/bevy/', 'y'),
    );
    expect(sourcesOf(parseOpml(text)).map(({ id, title }) => [id, title])).toEqual([
      [customSourceId('https://a.example/feed.xml'), 'First'],
      ['dev:bevy', 'DEV #bevy'],
    ]);
  });

  it('recognizes DEV tags and curated feeds, over http too, with their own titles', () => {
    const text = opml(
      feed('http://blog.rust-lang.org/feed.xml', 'Rust Lang Blog') +
        feed('http://dev.to/feed/tag/tokio', 'Tokio on DEV') +
        feed('https://users.rust-lang.org/latest.rss', 'URLO'),
    );
    expect(sourcesOf(parseOpml(text))).toEqual([
      curatedToSource(CURATED_SOURCES[1]!, true),
      devTagSource('tokio'),
      curatedToSource(CURATED_SOURCES[3]!, true),
    ]);
  });

  it('takes the title from title, then text, then the host; entities decoded', () => {
    const text = opml(
      '<outline text="Text only" xmlUrl="https://a.example/f"/>' +
        '<outline text="Text" title="Title &amp; more" xmlUrl="https://b.example/f"/>' +
        '<outline xmlUrl="https://c.example/f"/>' +
        '<outline text="  spaced\tout  " xmlUrl="https://d.example/f"/>',
    );
    expect(sourcesOf(parseOpml(text)).map(({ title }) => title)).toEqual([
      'Text only',
      'Title & more',
      'c.example',
      'spaced out',
    ]);
  });

  it('accepts xmlurl in any case and keeps absolute htmlUrls only', () => {
    const text = opml(
      '<outline text="A" xmlurl="https://a.example/f" htmlurl="https://a.example/"/>' +
        '<outline text="B" XMLURL="https://b.example/f" htmlUrl="/relative/"/>',
    );
    expect(
      sourcesOf(parseOpml(text)).map(({ feedUrl, homepageUrl }) => [feedUrl, homepageUrl]),
    ).toEqual([
      ['https://a.example/f', 'https://a.example/'],
      ['https://b.example/f', undefined],
    ]);
  });

  it('reads disabled sources only under Rust Radar’s namespace, whatever its prefix', () => {
    const ours = opml(
      '<outline text="A" xmlUrl="https://a.example/f" rr:enabled="false"/>' +
        '<outline text="B" xmlUrl="https://b.example/f" rr:enabled="true"/>',
      'version="2.0" xmlns:rr="urn:x-rust-radar:opml:1"',
    );
    expect(sourcesOf(parseOpml(ours)).map(({ enabled }) => enabled)).toEqual([false, true]);
    const theirs = opml(
      '<outline text="A" xmlUrl="https://a.example/f" rr:enabled="false"/>',
      'version="2.0" xmlns:rr="https://other.example/ns"',
    );
    expect(sourcesOf(parseOpml(theirs)).map(({ enabled }) => enabled)).toEqual([true]);
  });

  it('accepts a byte order mark and OPML 1.0', () => {
    const text = `\ufeff${opml(feed('https://a.example/f'), 'version="1.0"')}`;
    expect(sourcesOf(parseOpml(text))).toHaveLength(1);
  });

  itWithCorpus(
    'reads a real reader’s export: Read Rust’s list of Rust blogs (456 outlines)',
    () => {
      const sources = sourcesOf(parseOpml(corpusOpmlText('read-rust-blogs.opml')));
      // Every outline is a feed; duplicates in the file (same normalized URL) count once.
      expect(sources.length).toBeGreaterThan(440);
      expect(sources.length).toBeLessThanOrEqual(456);
      expect(new Set(sources.map(({ id }) => id)).size).toBe(sources.length);
      expect(sources.every(({ enabled }) => enabled)).toBe(true);
      const byId = new Map(sources.map((source) => [source.id, source]));
      for (const id of [
        'curated:rust-blog',
        'curated:inside-rust',
        'curated:lobsters-rust',
        'dev:rust',
      ]) {
        expect(byId.has(id), id).toBe(true);
      }
      // Titles are decoded once (the file double-escapes &amp;quot;) and cleaned.
      expect(
        sources.some(
          ({ title }) => title === 'Stories by Sergey &quot;Shnatsel&quot; Davidoff on Medium',
        ),
      ).toBe(true);
      expect(sources.every(({ title }) => title === cleanTitle(title) && title !== '')).toBe(true);
      // Garbage htmlUrls ("/", "https%3A//hur.st", "timryan.org/") are dropped, not kept.
      for (const { homepageUrl } of sources) {
        if (homepageUrl !== undefined) expect(homepageUrl).toMatch(/^https?:\/\/[^/]+\//);
      }
      // Importing it asks for one host permission per distinct non-DEV host.
      expect(originsNeeded(sources).length).toBeGreaterThan(300);
    },
  );
});

describe('parseOpml refuses bad files whole, with one sentence', () => {
  const tooMany = opml(
    Array.from({ length: MAX_SOURCES + 1 }, (_, i) => feed(`https://f${i}.example/feed`)).join(''),
  );

  it.each<[string, string, OpmlErrorCode, RegExp]>([
    ['an empty file', '', 'empty', /empty/],
    ['only whitespace', ' \n\t', 'empty', /empty/],
    ['a file over 1 MB', 'x'.repeat(MAX_OPML_CHARS + 1), 'too-large', /larger than 1 MB/],
    [
      'JSON',
      '{"feeds": []}',
      'not-opml',
      /not an OPML list of feeds \(it holds JSON, not <opml>\)/,
    ],
    [
      'an HTML page',
      '<!doctype html><html><body>hi</body></html>',
      'not-opml',
      /it holds HTML, not <opml>/,
    ],
    ['broken XML', '<opml><body><outline></body></opml>', 'not-xml', /not valid XML \(line 1: /],
    [
      'a cut-off download',
      '<opml version="2.0"><body><outline text="a"',
      'not-xml',
      /not valid XML/,
    ],
    [
      'an RSS feed',
      '<rss version="2.0"><channel/></rss>',
      'not-opml',
      /it holds <rss>, not <opml>/,
    ],
    ['an OPML file without body', '<opml version="2.0"><head/></opml>', 'no-body', /no <body>/],
    ['an empty opml element', '<opml/>', 'no-body', /no <body>/],
    [
      'a body without feeds',
      opml('<outline text="Folder"><outline text="note"/></outline>'),
      'no-feeds',
      /lists no feeds/,
    ],
    ['an empty body', opml(''), 'no-feeds', /lists no feeds/],
    [
      'a relative feed URL',
      opml(feed('https://ok.example/f') + feed('/feed.xml')),
      'bad-url',
      /“\/feed\.xml” is not an absolute/,
    ],
    ['a javascript: URL', opml(feed('javascript:alert(1)')), 'bad-url', /“javascript:alert\(1\)”/],
    [
      'credentials in a URL',
      opml(feed('https://user:pw@a.example/f')),
      'bad-url',
      /user:pw@a\.example/,
    ],
    ['an empty xmlUrl', opml(feed('')), 'bad-url', /“”/],
    ['more than 500 feeds', tooMany, 'too-many', /lists 501 feeds; Rust Radar follows at most 500/],
    [
      'a billion laughs',
      '<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;">]><opml><body>&b;</body></opml>',
      'entity-expansion',
      /entities that could expand/,
    ],
    [
      'an external entity',
      '<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY x SYSTEM "file:///etc/passwd">]><opml><body>&x;</body></opml>',
      'entity-expansion',
      /external entity "x"/,
    ],
  ])('%s', (_name, text, code, sentence) => {
    const result = parseOpml(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe(code);
    expect(result.error).toMatch(sentence);
    expect(result.error).toMatch(/^[A-Z].*\.$/);
    expect(result).not.toHaveProperty('sources');
  });

  it('shortens a very long bad URL in its sentence', () => {
    const result = parseOpml(opml(feed(`ftp://x.example/${'a'.repeat(500)}`)));
    expect(!result.ok && result.detail?.length).toBe(80);
    expect(!result.ok && result.detail?.endsWith('…')).toBe(true);
  });

  it('accepts exactly 500 feeds', () => {
    const text = opml(
      Array.from({ length: MAX_SOURCES }, (_, i) => feed(`https://f${i}.example/feed`)).join(''),
    );
    expect(sourcesOf(parseOpml(text))).toHaveLength(MAX_SOURCES);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const result = parseOpml(text);
        expect(typeof result.ok).toBe('boolean');
      }),
      { seed: 20_260_708, numRuns: 500 },
    );
  });

  it('never throws on damaged copies of a real export', () => {
    const real = sourcesToOpml(
      [...DEFAULT_SOURCES, ...CURATED_SOURCES.map((c) => curatedToSource(c))],
      NOW,
    );
    fc.assert(
      fc.property(
        fc.nat(real.length - 1),
        fc.nat(40),
        fc.string({ maxLength: 8 }),
        (at, cut, insert) => {
          const damaged = real.slice(0, at) + insert + real.slice(at + cut);
          const result = parseOpml(damaged);
          if (result.ok) expect(result.sources.length).toBeGreaterThan(0);
          else expect(result.error.length).toBeGreaterThan(0);
        },
      ),
      { seed: 20_260_709, numRuns: 500 },
    );
  });
});

describe('OPML round trip', () => {
  // Sources as the app makes them: DEV tags, curated feeds, custom feeds with any title
  // (cleaned on the way in, as every title is) and an optional homepage.
  const tag = fc.stringMatching(/^[a-z0-9]{1,30}$/);
  const devTag = fc.tuple(tag, fc.boolean()).map(([name, enabled]) => devTagSource(name, enabled));
  const curated = fc
    .tuple(fc.constantFrom(...CURATED_SOURCES), fc.boolean())
    .map(([entry, enabled]) => curatedToSource(entry, enabled));
  const webUrl = fc.webUrl({ withQueryParameters: true, withFragments: false }).filter((url) => {
    try {
      return new URL(url).username === '';
    } catch {
      return false;
    }
  });
  const custom = fc
    .record({
      url: webUrl,
      title: fc.string({ unit: 'grapheme', maxLength: 60 }),
      homepage: fc.option(webUrl, { nil: undefined }),
      enabled: fc.boolean(),
    })
    .map(({ url, title, homepage, enabled }) =>
      sourceForFeedUrl(new URL(url).href.replace(/#.*$/, ''), {
        title,
        homepageUrl: homepage && new URL(homepage).href,
        enabled,
      }),
    );
  const sourceList = fc.uniqueArray(fc.oneof(devTag, curated, custom), {
    selector: (source) => source.id,
    minLength: 1,
    maxLength: 40,
  });

  it('gives back the same sources, in the same order', () => {
    fc.assert(
      fc.property(sourceList, fc.integer({ min: 0, max: 4_102_444_800_000 }), (sources, now) => {
        expect(parseOpml(sourcesToOpml(sources, now))).toEqual({ ok: true, sources });
      }),
      { seed: 20_260_710, numRuns: 300 },
    );
  });

  it('survives titles full of markup, quotes and line breaks', () => {
    const nasty = sourceForFeedUrl('https://nasty.example/feed', {
      title: `<script>alert("x")</script> & 'quotes' \n ]]> --> &amp; 🦀`,
    });
    expect(parseOpml(sourcesToOpml([nasty], NOW))).toEqual({ ok: true, sources: [nasty] });
  });
});
