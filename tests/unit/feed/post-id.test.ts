import { describe, expect, it } from 'vitest';
import { fnv1a32, postId } from '../../../utils/feed/post-id';

describe('postId', () => {
  it.each([
    ['guid wins', 'https://dev.to/a-1', 'https://dev.to/a-1?x', 'T', 'D', 'https://dev.to/a-1'],
    [
      'guid is trimmed',
      '  tag:github.com,2008:Repository/1/v1  ',
      'https://x.example/',
      'T',
      'D',
      'tag:github.com,2008:Repository/1/v1',
    ],
    ['then the URL', '', 'https://news.example/item', 'T', 'D', 'https://news.example/item'],
    [
      'a blank guid counts as none',
      '   ',
      'https://news.example/item',
      'T',
      'D',
      'https://news.example/item',
    ],
  ])('%s', (_name, feedId, url, title, date, expected) => {
    expect(postId(feedId, url, title, date)).toBe(expected);
  });

  it('hashes title and date when there is neither id nor URL', () => {
    const id = postId('', '', 'Hello', 'Mon, 01 Jan 2024 00:00:00 GMT');
    expect(id).toMatch(/^fnv1a:[0-9a-f]{8}$/);
    expect(postId('', '', 'Hello', 'Mon, 01 Jan 2024 00:00:00 GMT')).toBe(id);
    expect(postId('', '', 'Hello!', 'Mon, 01 Jan 2024 00:00:00 GMT')).not.toBe(id);
    expect(postId('', '', 'Hello', 'Tue, 02 Jan 2024 00:00:00 GMT')).not.toBe(id);
  });

  it('keeps title and date apart, so "ab"+"c" differs from "a"+"bc"', () => {
    expect(postId('', '', 'ab', 'c')).not.toBe(postId('', '', 'a', 'bc'));
  });
});

describe('fnv1a32', () => {
  // Reference values of 32-bit FNV-1a (http://www.isthe.com/chongo/tech/comp/fnv/).
  it.each([
    ['', '811c9dc5'],
    ['a', 'e40c292c'],
    ['foobar', 'bf9cf968'],
  ])('hashes %j to %s', (text, hash) => {
    expect(fnv1a32(text)).toBe(hash);
  });
});
