import { describe, expect, it } from 'vitest';
import {
  CURATED_SOURCES,
  curatedToSource,
  findCuratedByFeedUrl,
  findCuratedSource,
} from '../../../utils/sources/curated-sources';
import { normalizeFeedUrl } from '../../../utils/sources/feed-url';
import { originPattern } from '../../../utils/sources/host-permissions';

describe('CURATED_SOURCES', () => {
  it('offers the six feeds of the issue, in order', () => {
    expect(CURATED_SOURCES.map(({ id, feedUrl, format }) => [id, feedUrl, format])).toEqual([
      ['curated:this-week-in-rust', 'https://this-week-in-rust.org/rss.xml', 'rss2'],
      ['curated:rust-blog', 'https://blog.rust-lang.org/feed.xml', 'atom'],
      ['curated:inside-rust', 'https://blog.rust-lang.org/inside-rust/feed.xml', 'atom'],
      ['curated:rust-users-forum', 'https://users.rust-lang.org/latest.rss', 'rss2'],
      ['curated:reddit-rust', 'https://www.reddit.com/r/rust/.rss', 'atom'],
      ['curated:lobsters-rust', 'https://lobste.rs/t/rust.rss', 'rss2'],
    ]);
  });

  it.each(CURATED_SOURCES.map((curated) => [curated.id, curated] as const))(
    '%s is https, normalized, and asks for exactly its own host',
    (_id, curated) => {
      expect(normalizeFeedUrl(curated.feedUrl)).toEqual({ ok: true, url: curated.feedUrl });
      expect(curated.feedUrl.startsWith('https://')).toBe(true);
      expect(curated.homepageUrl.startsWith('https://')).toBe(true);
      expect(curated.origin).toBe(originPattern(curated.feedUrl));
      expect(curated.title.trim()).toBe(curated.title);
      expect(curated.id).toMatch(/^curated:[a-z0-9-]+$/);
    },
  );

  it('has unique ids and feed URLs', () => {
    expect(new Set(CURATED_SOURCES.map(({ id }) => id)).size).toBe(CURATED_SOURCES.length);
    expect(new Set(CURATED_SOURCES.map(({ feedUrl }) => feedUrl)).size).toBe(
      CURATED_SOURCES.length,
    );
  });

  it('is frozen', () => {
    expect(Object.isFrozen(CURATED_SOURCES)).toBe(true);
  });
});

describe('curated lookups', () => {
  it('finds by id and by feed URL, and nothing for strangers', () => {
    expect(findCuratedSource('curated:inside-rust')?.title).toBe('Inside Rust');
    expect(findCuratedSource('dev:rust')).toBeUndefined();
    expect(findCuratedByFeedUrl('https://lobste.rs/t/rust.rss')?.id).toBe('curated:lobsters-rust');
    expect(findCuratedByFeedUrl('https://lobste.rs/t/go.rss')).toBeUndefined();
  });

  it('turns an entry into a source that is off until the user enables it', () => {
    const curated = findCuratedSource('curated:reddit-rust')!;
    expect(curatedToSource(curated)).toEqual({
      id: 'curated:reddit-rust',
      kind: 'curated',
      title: 'r/rust',
      feedUrl: 'https://www.reddit.com/r/rust/.rss',
      homepageUrl: 'https://www.reddit.com/r/rust/',
      enabled: false,
    });
    expect(curatedToSource(curated, true).enabled).toBe(true);
  });
});
