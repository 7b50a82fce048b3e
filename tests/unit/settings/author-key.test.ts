import { describe, expect, it } from 'vitest';
import { authorKey } from '../../../utils/settings/author-key';

describe('authorKey', () => {
  it.each<[string, string, string]>([
    ['https://dev.to/milakyr/unions-delving-into-unsafe-rust-5fne', 'Mila K', 'milakyr'],
    ['https://dev.to/MilaKyr/some-post', 'Mila K', 'milakyr'],
    ['https://DEV.TO/milakyr/some-post?utm=1#top', 'Mila K', 'milakyr'],
    ['https://dev.to/milakyr', 'Mila K', 'milakyr'],
    ['https://dev.to/', '  Mila K ', 'mila k'],
    [
      'https://blog.rust-lang.org/2026/05/01/release.html',
      'The Rust Release Team',
      'the rust release team',
    ],
    ['https://notdev.to/milakyr/post', 'Mila K', 'mila k'],
    ['not a url', 'Mila K', 'mila k'],
    ['https://example.com/post', '', ''],
  ])('keys %s by %j as %j', (url, author, key) => {
    expect(authorKey({ url, author })).toBe(key);
  });

  it('gives the same key when a DEV author changes their display name', () => {
    const url = 'https://dev.to/jane_doe/post-1';

    expect(authorKey({ url, author: 'Jane Doe' })).toBe(authorKey({ url, author: 'Jane D.' }));
  });
});
