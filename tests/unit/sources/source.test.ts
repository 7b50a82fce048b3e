import { describe, expect, it } from 'vitest';
import { DEV_RUST_FEED } from '../../../utils/sources/source';
import { createCustomSource, createDevTagSource } from '../../../utils/sources/add-source';
import { CURATED_SOURCES } from '../../../utils/sources/curated-sources';
import { devTagFromUrl, parseDevTag } from '../../../utils/sources/dev-tag';
import { normalizeFeedUrl } from '../../../utils/sources/feed-url';
import {
  cleanTitle,
  DEFAULT_SOURCES,
  devTagSource,
  MAX_TITLE_LENGTH,
  type Source,
} from '../../../utils/sources/source';
import { mergeSources, removeSource, setSourceEnabled } from '../../../utils/sources/source-list';
import { fnv1a64 } from '../../../utils/sources/url-hash';

describe('DEFAULT_SOURCES', () => {
  it('follows DEV rust, enabled, at the very feed URL polled before sources existed', () => {
    expect(DEFAULT_SOURCES).toEqual([
      {
        id: 'dev:rust',
        kind: 'dev-tag',
        title: 'DEV #rust',
        feedUrl: DEV_RUST_FEED.url,
        homepageUrl: 'https://dev.to/t/rust',
        enabled: true,
      },
    ]);
  });

  it('cannot be changed by accident', () => {
    expect(Object.isFrozen(DEFAULT_SOURCES)).toBe(true);
  });
});

describe('parseDevTag', () => {
  it.each([
    ['tokio', 'tokio'],
    ['  bevy ', 'bevy'],
    ['#webassembly', 'webassembly'],
    ['Rust', 'rust'],
    ['100daysofcode', '100daysofcode'],
    ['a'.repeat(30), 'a'.repeat(30)],
  ])('accepts %j as %j', (input, tag) => {
    expect(parseDevTag(input)).toEqual({ ok: true, tag });
  });

  it.each([
    ['', 'dev-tag-empty'],
    ['  # ', 'dev-tag-empty'],
    ['#', 'dev-tag-empty'],
    ['a'.repeat(31), 'dev-tag-too-long'],
    ['web assembly', 'dev-tag-invalid'],
    ['c++', 'dev-tag-invalid'],
    ['rust-lang', 'dev-tag-invalid'],
    ['rust_lang', 'dev-tag-invalid'],
    ['ünicode', 'dev-tag-invalid'],
    ['##rust', 'dev-tag-invalid'],
    ['../admin', 'dev-tag-invalid'],
  ])('refuses %j (%s)', (input, code) => {
    expect(parseDevTag(input)).toEqual({ ok: false, code });
  });
});

describe('devTagFromUrl', () => {
  it.each([
    ['https://dev.to/feed/tag/tokio', 'tokio'],
    ['https://dev.to/feed/tag/tokio/', 'tokio'],
    ['https://dev.to/t/bevy', 'bevy'],
    ['https://www.dev.to/t/bevy/', 'bevy'],
    ['https://dev.to/feed/tag/Tokio', null],
    ['https://dev.to/feed/tag/c++', null],
    ['https://dev.to/feed/tag/tokio?page=2', null],
    ['http://dev.to/feed/tag/tokio', null],
    ['https://dev.to/feed/ben', null],
    ['https://dev.to/feed/tag/tokio/extra', null],
    ['https://evil.example/feed/tag/tokio', null],
  ])('%s → %j', (url, tag) => {
    expect(devTagFromUrl(new URL(url))).toBe(tag);
  });
});

describe('normalizeFeedUrl', () => {
  it.each([
    ['https://Example.COM/feed.xml', 'https://example.com/feed.xml'],
    ['  https://example.com/feed.xml  ', 'https://example.com/feed.xml'],
    ['https://example.com:443/a/../feed.xml#latest', 'https://example.com/feed.xml'],
    ['http://example.com:8080/rss?cat=rust', 'http://example.com:8080/rss?cat=rust'],
    ['https://bücher.example/feed', 'https://xn--bcher-kva.example/feed'],
    ['HTTPS://example.com', 'https://example.com/'],
  ])('%s → %s', (input, url) => {
    expect(normalizeFeedUrl(input)).toEqual({ ok: true, url });
  });

  it.each([
    ['', 'url-empty'],
    ['   ', 'url-empty'],
    ['example.com/feed.xml', 'url-invalid'],
    ['/feed.xml', 'url-invalid'],
    ['feed:https://example.com/feed.xml', 'url-scheme'],
    ['ftp://example.com/feed.xml', 'url-scheme'],
    ['javascript:alert(1)', 'url-scheme'],
    ['file:///etc/passwd', 'url-scheme'],
    ['https://user:secret@example.com/feed', 'url-credentials'],
    ['https://dev.to@evil.example/feed', 'url-credentials'],
    [`https://example.com/${'a'.repeat(2048)}`, 'url-too-long'],
  ])('refuses %j (%s)', (input, code) => {
    expect(normalizeFeedUrl(input)).toEqual({ ok: false, code });
  });
});

describe('createDevTagSource', () => {
  it('makes an enabled DEV tag source with a stable id', () => {
    expect(createDevTagSource('#Tokio', DEFAULT_SOURCES)).toEqual({
      ok: true,
      source: {
        id: 'dev:tokio',
        kind: 'dev-tag',
        title: 'DEV #tokio',
        feedUrl: 'https://dev.to/feed/tag/tokio',
        homepageUrl: 'https://dev.to/t/tokio',
        enabled: true,
      },
    });
  });

  it('refuses a tag that is already listed, naming the listed source', () => {
    expect(createDevTagSource('RUST', DEFAULT_SOURCES)).toEqual({
      ok: false,
      code: 'duplicate',
      existing: DEFAULT_SOURCES[0],
    });
  });

  it('passes on why a tag is refused', () => {
    expect(createDevTagSource('web dev', [])).toEqual({ ok: false, code: 'dev-tag-invalid' });
  });
});

describe('createCustomSource', () => {
  it('makes a custom source keyed by a hash of the normalized URL, titled by its host', () => {
    const result = createCustomSource('https://Example.com/feed.xml#top', []);
    expect(result).toEqual({
      ok: true,
      source: {
        id: `custom:${fnv1a64('https://example.com/feed.xml')}`,
        kind: 'custom',
        title: 'example.com',
        feedUrl: 'https://example.com/feed.xml',
        enabled: true,
      },
    });
  });

  it('keeps a given title, cleaned', () => {
    const result = createCustomSource('https://example.com/feed.xml', [], '  My\n\tBlog  ');
    expect(result.ok && result.source.title).toBe('My Blog');
  });

  it.each([
    ['https://dev.to/feed/tag/bevy', 'dev:bevy'],
    ['https://dev.to/t/bevy/', 'dev:bevy'],
    ['https://blog.rust-lang.org/feed.xml', 'curated:rust-blog'],
    ['https://lobste.rs/t/rust.rss#x', 'curated:lobsters-rust'],
  ])('recognizes %s as %s (one id per feed however it is added)', (url, id) => {
    const result = createCustomSource(url, [], 'ignored title');
    expect(result.ok && result.source.id).toBe(id);
    expect(result.ok && result.source.title).not.toBe('ignored title');
  });

  it('refuses a feed that is already listed under another spelling', () => {
    const listed = [devTagSource('bevy')];
    expect(createCustomSource('https://www.dev.to/t/bevy', listed)).toEqual({
      ok: false,
      code: 'duplicate',
      existing: listed[0],
    });
  });

  it('passes on why a URL is refused', () => {
    expect(createCustomSource('https://a:b@example.com/', [])).toEqual({
      ok: false,
      code: 'url-credentials',
    });
  });

  it('gives two different feeds two different ids', () => {
    const a = createCustomSource('https://example.com/feed.xml', []);
    const b = createCustomSource('https://example.com/feed.xml?cat=rust', []);
    expect(a.ok && b.ok && a.source.id !== b.source.id).toBe(true);
  });
});

describe('cleanTitle', () => {
  it.each([
    ['  Rust  Blog ', 'Rust Blog'],
    ['a\u0000b\u0085c', 'a b c'],
    ['🦀 crab', '🦀 crab'],
    ['lone \ud800 surrogate', 'lone surrogate'],
    ['\n\t', ''],
  ])('%j → %j', (raw, title) => {
    expect(cleanTitle(raw)).toBe(title);
  });

  it('cuts long titles without splitting a surrogate pair', () => {
    const title = cleanTitle('🦀'.repeat(MAX_TITLE_LENGTH + 5));
    expect([...title]).toHaveLength(MAX_TITLE_LENGTH);
    expect(title).toBe('🦀'.repeat(MAX_TITLE_LENGTH));
  });
});

describe('fnv1a64', () => {
  it.each([
    // Reference values of 64-bit FNV-1a (the "a", "foobar" test vectors of the FNV authors).
    ['', 'cbf29ce484222325'],
    ['a', 'af63dc4c8601ec8c'],
    ['foobar', '85944171f73967e8'],
  ])('%j → %s', (text, hash) => {
    expect(fnv1a64(text)).toBe(hash);
  });
});

describe('source list edits', () => {
  const rust = DEFAULT_SOURCES[0]!;
  const tokio = devTagSource('tokio');
  const blog: Source = { ...devTagSource('bevy'), enabled: false };

  it('merges only sources not yet listed, keeping the order', () => {
    expect(mergeSources([rust], [tokio, { ...rust, enabled: false }, tokio, blog])).toEqual([
      rust,
      tokio,
      blog,
    ]);
  });

  it('removes by id and leaves other lists alone', () => {
    const listed = [rust, tokio];
    expect(removeSource(listed, 'dev:tokio')).toEqual([rust]);
    expect(removeSource(listed, 'dev:nothing')).toEqual(listed);
    expect(listed).toHaveLength(2);
  });

  it('switches one source without touching the input', () => {
    const listed = [rust, tokio];
    expect(setSourceEnabled(listed, 'dev:tokio', false)).toEqual([
      rust,
      { ...tokio, enabled: false },
    ]);
    expect(tokio.enabled).toBe(true);
  });

  it('finds curated sources by the same rules as custom ones', () => {
    for (const curated of CURATED_SOURCES) {
      const result = createCustomSource(curated.feedUrl, []);
      expect(result.ok && result.source.kind).toBe('curated');
    }
  });
});
