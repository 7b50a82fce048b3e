import { describe, expect, it } from 'vitest';
import { resolveUrl, safeHttpUrl } from '../../../utils/feed/safe-url';

const BASE = 'https://feeds.example/blog/feed.xml';

describe('safeHttpUrl', () => {
  it.each([
    ['https://dev.to/a/post-1', BASE, 'https://dev.to/a/post-1'],
    ['http://www.oren.ru/news/2743422/', BASE, 'http://www.oren.ru/news/2743422/'],
    ['  https://dev.to/padded  ', BASE, 'https://dev.to/padded'],
    ['HTTPS://Dev.To/Case', BASE, 'https://dev.to/Case'],
    [
      '/gulpjs/gulp/releases/tag/v3.9.0',
      'https://github.com/gulpjs/gulp/releases.atom',
      'https://github.com/gulpjs/gulp/releases/tag/v3.9.0',
    ],
    ['post-2.html', BASE, 'https://feeds.example/blog/post-2.html'],
    ['../about', BASE, 'https://feeds.example/about'],
    ['?page=2', BASE, 'https://feeds.example/blog/feed.xml?page=2'],
    ['//cdn.example/x', BASE, 'https://cdn.example/x'], // protocol-relative takes the base's scheme
    ['//cdn.example/x', 'http://feeds.example/', 'http://cdn.example/x'],
    ['https://a.example/path with space', BASE, 'https://a.example/path%20with%20space'],
  ])('%j against %s → %s', (raw, base, expected) => {
    expect(safeHttpUrl(raw, base)).toBe(expected);
  });

  it.each([
    ['javascript:alert(1)'],
    ['JavaScript:alert(1)'],
    ['  javascript:alert(1)'],
    ['java\tscript:alert(1)'], // the URL parser drops tabs, then sees javascript:
    ['data:text/html,<script>alert(1)</script>'],
    ['vbscript:msgbox(1)'],
    ['file:///etc/passwd'],
    ['ftp://files.example/x'],
    ['mailto:someone@example.com'],
    ['https://dev.to@evil.example/'], // credentials disguise the host
    ['https://user:pass@example.com/'],
    ['http://'],
    [''],
    ['   '],
  ])('refuses %j', (raw) => {
    expect(safeHttpUrl(raw, BASE)).toBeNull();
  });

  it('refuses relative URLs when there is no usable base', () => {
    expect(safeHttpUrl('/posts/1')).toBeNull();
    expect(safeHttpUrl('/posts/1', 'not a url')).toBeNull();
    expect(safeHttpUrl(undefined, BASE)).toBeNull();
  });
});

describe('resolveUrl', () => {
  it('resolves a relative xml:base against its parent base', () => {
    expect(resolveUrl('/.rss?limit=50', 'https://www.reddit.com/.rss')).toBe(
      'https://www.reddit.com/.rss?limit=50',
    );
  });

  it('keeps any scheme, since a base is not a link to open', () => {
    expect(resolveUrl('urn:uuid:1', BASE)).toBe('urn:uuid:1');
  });

  it('returns null for what cannot be parsed', () => {
    expect(resolveUrl('', BASE)).toBeNull();
    expect(resolveUrl('relative', 'also relative')).toBeNull();
  });
});
