import { describe, expect, it } from 'vitest';
import { UNTITLED } from '../../../utils/feed/untitled';
import { parseFeed } from '../../../utils/feed/parse-feed';
import type { FeedItem } from '../../../utils/feed/post';
import { canonicalUrl } from '../../../utils/sources/canonical-url';
import {
  addToDuplicateIndex,
  duplicateKeys,
  findDuplicate,
  titleAuthorKey,
  type DuplicatePost,
} from '../../../utils/sources/dedupe';
import { scopedPostId } from '../../../utils/sources/scoped-post-id';
import { devTagFeedUrl } from '../../../utils/sources/source';
import { corpusFeedBytes, itWithCorpus } from '../../harness/shared-corpus';
import { readFixtureBytes, readFixtureText } from '../feed/read-fixture';
import { feedErrorText } from '../feed/feed-error-text';

/** An index of `posts`, oldest first: the first owner of a key keeps it, as in a poll. */
function indexOf(posts: Iterable<DuplicatePost & { id: string }>): Map<string, string> {
  const index = new Map<string, string>();
  for (const post of posts) addToDuplicateIndex(index, post, post.id);
  return index;
}

const NOW = Date.parse('2026-07-08T00:00:00Z');

function parse(body: Uint8Array | string, feedUrl: string): FeedItem[] {
  const result = parseFeed(body, { feedUrl, now: NOW });
  if (!result.ok) throw new Error(feedErrorText(result.error));
  return result.items;
}

describe('canonicalUrl', () => {
  it.each([
    ['https://dev.to/jane/post-1abc', 'https://dev.to/jane/post-1abc'],
    ['http://dev.to/jane/post-1abc', 'https://dev.to/jane/post-1abc'],
    ['https://DEV.to/jane/post-1abc', 'https://dev.to/jane/post-1abc'],
    ['https://www.example.com/a', 'https://example.com/a'],
    ['https://www2.example.com/a', 'https://www2.example.com/a'],
    ['https://example.com/a/', 'https://example.com/a'],
    ['https://example.com/a//', 'https://example.com/a'],
    ['https://example.com/', 'https://example.com/'],
    ['https://example.com', 'https://example.com/'],
    ['https://example.com/A/B', 'https://example.com/A/B'],
    ['https://example.com/a#comments', 'https://example.com/a'],
    ['https://example.com:443/a', 'https://example.com/a'],
    ['http://example.com:80/a', 'https://example.com/a'],
    ['https://example.com:8443/a', 'https://example.com:8443/a'],
    [
      'https://example.com/a?utm_source=rss&utm_medium=feed&UTM_Campaign=x',
      'https://example.com/a',
    ],
    ['https://example.com/a?ref=lobsters', 'https://example.com/a'],
    [
      'https://example.com/a?ref_src=twsrc&fbclid=1&gclid=2&mc_cid=3&mc_eid=4',
      'https://example.com/a',
    ],
    ['https://example.com/item?id=42&utm_source=x', 'https://example.com/item?id=42'],
    ['https://example.com/item?b=2&a=1', 'https://example.com/item?a=1&b=2'],
    ['https://example.com/item?a=2&a=1', 'https://example.com/item?a=2&a=1'],
    ['https://example.com/item?referrer=x', 'https://example.com/item?referrer=x'],
    ['https://example.com/a?', 'https://example.com/a'],
    ['  https://example.com/a  ', 'https://example.com/a'],
    ['mailto:jane@example.com', null],
    ['/relative', null],
    ['', null],
  ])('%j → %j', (url, canonical) => {
    expect(canonicalUrl(url)).toBe(canonical);
  });
});

describe('titleAuthorKey', () => {
  it.each([
    [
      { title: 'Async Rust: a guide!', author: '@Jane Doe' },
      { title: 'async rust — a guide', author: 'jane doe' },
    ],
    [
      { title: 'Rust  1.96\tis out', author: 'Jane' },
      { title: 'Rust 1.96 is out', author: 'JANE' },
    ],
    [
      { title: 'Ｒｕｓｔ ｔｉｐｓ', author: 'jane' },
      { title: 'Rust tips', author: 'jane' },
    ],
    [
      { title: 'Help with lifetimes', author: '/u/llogiq' },
      { title: 'help with lifetimes', author: 'u/llogiq' },
    ],
  ])('%j and %j agree', (a, b) => {
    expect(titleAuthorKey(a)).not.toBeNull();
    expect(titleAuthorKey(a)).toBe(titleAuthorKey(b));
  });

  it.each([
    [
      { title: 'Rust tips', author: 'jane' },
      { title: 'Rust tips', author: 'john' },
    ],
    [
      { title: 'Rust tips', author: 'jane' },
      { title: 'Rust tips 2', author: 'jane' },
    ],
  ])('%j and %j differ', (a, b) => {
    expect(titleAuthorKey(a)).not.toBe(titleAuthorKey(b));
  });

  it.each([
    [{ title: 'Weekly update', author: '' }],
    [{ title: 'Weekly update', author: '  @ ' }],
    [{ title: '', author: 'jane' }],
    [{ title: '🦀🦀', author: 'jane' }],
    [{ title: UNTITLED, author: 'jane' }],
  ])('has no key for %j', (post) => {
    expect(titleAuthorKey(post)).toBeNull();
  });
});

describe('duplicateKeys and findDuplicate', () => {
  const stored = {
    id: 'stored-1',
    url: 'https://blog.example/post/',
    title: 'Hello, Rust',
    author: 'Jane',
  };
  const other = { id: 'stored-2', url: 'https://other.example/x', title: 'Other', author: 'John' };
  const index = indexOf([stored, other]);

  it('gives the URL key first, then the title+author key', () => {
    expect(duplicateKeys(stored)).toEqual(['url:https://blog.example/post', 'ta:hello rust\njane']);
    expect(duplicateKeys({ url: 'nonsense', title: 'x', author: '' })).toEqual([]);
  });

  it.each([
    [
      'the same page through another feed',
      {
        url: 'http://www.blog.example/post?utm_source=lobsters',
        title: 'Different title',
        author: 'someone',
      },
      { id: 'stored-1', by: 'url' },
    ],
    [
      'a cross-post at another URL, same title and author',
      { url: 'https://dev.to/jane/hello-rust-1a2b', title: 'Hello Rust!', author: 'jane' },
      { id: 'stored-1', by: 'title-author' },
    ],
    [
      'same title, other author',
      { url: 'https://dev.to/john/hello-rust', title: 'Hello, Rust', author: 'John Smith' },
      null,
    ],
    [
      'a new article',
      { url: 'https://blog.example/post-2', title: 'Hello again', author: 'Jane' },
      null,
    ],
  ])('%s', (_name, post, match) => {
    expect(findDuplicate(index, post)).toEqual(match);
  });

  it('prefers the URL match when the two keys point at different posts', () => {
    const post = { url: 'https://other.example/x/', title: 'Hello, Rust', author: 'Jane' };
    expect(findDuplicate(index, post)).toEqual({ id: 'stored-2', by: 'url' });
  });

  it('keeps the first owner of a key', () => {
    const mutable = indexOf([stored]);
    addToDuplicateIndex(mutable, { ...stored, title: 'Renamed' }, 'later');
    expect(mutable.get('url:https://blog.example/post')).toBe('stored-1');
    expect(mutable.get('ta:renamed\njane')).toBe('later');
  });
});

describe('cross-feed duplicates in real feeds', () => {
  const devRust = parse(readFixtureBytes('dev-to-rust.rss.xml'), devTagFeedUrl('rust'));

  it('finds every post of the DEV rust feed again in the tokio feed (same URLs and guids)', () => {
    // A DEV article tagged rust and tokio is in both tag feeds, identical.
    const asTokio = parse(readFixtureBytes('dev-to-rust.rss.xml'), devTagFeedUrl('tokio'));
    const index = indexOf(devRust);
    expect(asTokio.length).toBeGreaterThan(10);
    for (const post of asTokio)
      expect(findDuplicate(index, post)).toEqual({ id: post.id, by: 'url' });
  });

  itWithCorpus(
    'finds Lobsters links to the Rust Blog and to DEV, tracking parameters and all',
    () => {
      const blog = parse(
        corpusFeedBytes('rust-blog.atom.xml'),
        'https://blog.rust-lang.org/feed.xml',
      );
      const lobsters = parse(
        readFixtureBytes('sources/lobsters-rust-shape.rss.xml'),
        'https://lobste.rs/t/rust.rss',
      );
      const index = indexOf([...blog, ...devRust]);
      expect(lobsters.map((post) => findDuplicate(index, post)?.id ?? null)).toEqual([
        'https://blog.rust-lang.org/2026/06/30/Rust-1.96.1/',
        'https://dev.to/milakyr/unions-delving-into-unsafe-rust-5fne',
        null,
      ]);
    },
  );

  it('finds a DEV cross-post of a blog article by title and author', () => {
    const devPost = devRust[0]!;
    const crossPost = readFixtureText('dev-to-rust.rss.xml')
      .replaceAll(devPost.url, 'https://mila.example/blog/unions')
      .replaceAll('https://dev.to/feed/tag/rust', 'https://mila.example/feed.xml');
    const blogCopy = parse(crossPost, 'https://mila.example/feed.xml')[0]!;
    expect(blogCopy.url).toBe('https://mila.example/blog/unions');
    expect(findDuplicate(indexOf(devRust), blogCopy)).toEqual({
      id: devPost.id,
      by: 'title-author',
    });
  });

  it('does not merge distinct posts of one feed', () => {
    const index = new Map<string, string>();
    for (const post of devRust) {
      expect(findDuplicate(index, post), post.url).toBeNull();
      addToDuplicateIndex(index, post, post.id);
    }
  });
});

describe('scopedPostId', () => {
  it.each([
    [
      'https://dev.to/feed/tag/tokio',
      'https://dev.to/jane/post-1abc',
      'https://dev.to/jane/post-1abc',
    ],
    [
      'https://users.rust-lang.org/latest.rss',
      'users.rust-lang.org-topic-42',
      'users.rust-lang.org users.rust-lang.org-topic-42',
    ],
    ['https://discourse.example/latest.rss', 'topic-42', 'discourse.example topic-42'],
    ['https://other-forum.example/latest.rss', 'topic-42', 'other-forum.example topic-42'],
    ['http://localhost:8080/feed', 'fnv1a:0badf00d', 'localhost:8080 fnv1a:0badf00d'],
    [
      'https://github.com/x/releases.atom',
      'tag:github.com,2008:Repository/1/v1',
      'github.com tag:github.com,2008:Repository/1/v1',
    ],
  ])('in %s, %s → %s', (feedUrl, id, scoped) => {
    expect(scopedPostId(feedUrl, id)).toBe(scoped);
  });
});
