import { describe, expect, it } from 'vitest';
import { curatedToSource, findCuratedSource } from '../../../utils/sources/curated-sources';
import {
  needsOptionalPermission,
  originPattern,
  originsNeeded,
  originsToRelease,
  REQUIRED_ORIGINS,
} from '../../../utils/sources/host-permissions';
import { DEFAULT_SOURCES, devTagSource, type Source } from '../../../utils/sources/source';

const curated = (id: string, enabled = true) => curatedToSource(findCuratedSource(id)!, enabled);
const custom = (feedUrl: string, enabled = true): Source => ({
  id: `custom:${feedUrl}`,
  kind: 'custom',
  title: feedUrl,
  feedUrl,
  enabled,
});

describe('originPattern', () => {
  it.each([
    ['https://blog.rust-lang.org/inside-rust/feed.xml', 'https://blog.rust-lang.org/*'],
    ['https://www.reddit.com/r/rust/.rss', 'https://www.reddit.com/*'],
    ['http://example.com:8080/feed?x=1', 'http://example.com/*'],
    ['https://Bücher.example/feed', 'https://xn--bcher-kva.example/*'],
    ['https://dev.to/feed/tag/tokio', 'https://dev.to/*'],
    ['ftp://example.com/feed', null],
    ['not a url', null],
  ])('%s → %j', (feedUrl, pattern) => {
    expect(originPattern(feedUrl)).toBe(pattern);
  });
});

describe('needsOptionalPermission', () => {
  it.each([
    ['https://dev.to/feed/tag/tokio', false],
    ['https://dev.to/feed/ben', false],
    ['http://dev.to/feed/tag/rust', true],
    ['https://www.dev.to/feed/tag/rust', true],
    ['https://lobste.rs/t/rust.rss', true],
    ['https://example.com/feed.xml', true],
  ])('%s → %s', (feedUrl, needed) => {
    expect(needsOptionalPermission({ feedUrl })).toBe(needed);
  });

  it('holds for DEV only in the manifest’s required origins', () => {
    expect(REQUIRED_ORIGINS).toEqual(['https://dev.to/*']);
  });
});

describe('originsNeeded', () => {
  it('lists each optional host of the enabled sources once, sorted', () => {
    const sources = [
      ...DEFAULT_SOURCES,
      devTagSource('tokio'),
      curated('curated:rust-blog'),
      curated('curated:inside-rust'),
      curated('curated:lobsters-rust', false),
      custom('https://example.com/a.xml'),
      custom('https://example.com/b.xml'),
    ];
    expect(originsNeeded(sources)).toEqual([
      'https://blog.rust-lang.org/*',
      'https://example.com/*',
    ]);
  });

  it('needs nothing for DEV tags alone', () => {
    expect(originsNeeded([...DEFAULT_SOURCES, devTagSource('bevy')])).toEqual([]);
  });
});

describe('originsToRelease', () => {
  const blog = curated('curated:rust-blog');
  const inside = curated('curated:inside-rust');
  const lobsters = curated('curated:lobsters-rust');

  it.each<[string, Source[], Source[], string[]]>([
    [
      'disabling the only source on a host releases it',
      [blog, lobsters],
      [blog, { ...lobsters, enabled: false }],
      ['https://lobste.rs/*'],
    ],
    ['removing it does too', [blog, lobsters], [blog], ['https://lobste.rs/*']],
    [
      'a host shared with another enabled source is kept',
      [blog, inside],
      [{ ...blog, enabled: false }, inside],
      [],
    ],
    ['…until the last source on it goes', [blog, inside], [], ['https://blog.rust-lang.org/*']],
    ['DEV is never released', [...DEFAULT_SOURCES, devTagSource('tokio')], [], []],
    ['enabling releases nothing', [], [blog], []],
  ])('%s', (_name, before, after, released) => {
    expect(originsToRelease(before, after)).toEqual(released);
  });
});
