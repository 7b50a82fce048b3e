import { describe, expect, it } from 'vitest';
import { countAuthors } from '../../../utils/options/author-counts';
import { parseAuthorInput } from '../../../utils/options/author-input';
import { DEV_FIXTURE_POSTS } from './helpers/dev-fixture-posts';
import { english } from '@/utils/i18n/english';

describe('countAuthors', () => {
  it('keys authors by DEV username and counts their posts, most prolific first', () => {
    const authors = countAuthors(DEV_FIXTURE_POSTS);
    expect(authors[0]).toEqual({ key: 'hiyoyok', name: 'hiyoyo', count: 2 });
    expect(authors).toHaveLength(11);
    expect(authors).toContainEqual({ key: 'johalputt', name: 'ANKUSH CHOUDHARY JOHAL', count: 1 });
  });

  it('takes the display name from the newest post', () => {
    const authors = countAuthors([
      { url: 'https://dev.to/jane/new', author: 'Jane B.' },
      { url: 'https://dev.to/jane/old', author: 'Jane A.' },
    ]);
    expect(authors).toEqual([{ key: 'jane', name: 'Jane B.', count: 2 }]);
  });
});

describe('parseAuthorInput', () => {
  const known = countAuthors(DEV_FIXTURE_POSTS);

  it.each<[string, string, { key: string; name: string }]>([
    ['a known username', 'hiyoyok', { key: 'hiyoyok', name: 'hiyoyo' }],
    ['a username with @ and capitals', '@HiyoyoK', { key: 'hiyoyok', name: 'hiyoyo' }],
    [
      'a known display name',
      'ANKUSH CHOUDHARY JOHAL',
      { key: 'johalputt', name: 'ANKUSH CHOUDHARY JOHAL' },
    ],
    [
      'a post URL',
      'https://dev.to/servbay/9-high-performance-rust-libraries-you-shouldnt-miss-ao4',
      { key: 'servbay', name: 'ServBay' },
    ],
    [
      'a profile URL',
      ' https://dev.to/travis-mccracken-dev ',
      { key: 'travis-mccracken-dev', name: 'Travis McCracken Web Developer' },
    ],
    [
      'an unknown username stands in for its name',
      'someone_new',
      { key: 'someone_new', name: 'someone_new' },
    ],
  ])('accepts %s', (_name, typed, expected) => {
    expect(parseAuthorInput(typed, known, english)).toEqual({ ok: true, ...expected });
  });

  it.each<[string, string, string]>([
    ['nothing', '   ', 'Type a DEV username or paste a post link first.'],
    [
      'a link to another site',
      'https://example.com/jane/post',
      '“https://example.com/jane/post” is not a DEV username or a dev.to link.',
    ],
    [
      'words that are no username',
      'Jane Doe',
      '“Jane Doe” is not a DEV username or a dev.to link.',
    ],
    [
      'a dev.to link without a user',
      'https://dev.to/',
      '“https://dev.to/” is not a DEV username or a dev.to link.',
    ],
  ])('refuses %s', (_name, typed, error) => {
    expect(parseAuthorInput(typed, known, english)).toEqual({ ok: false, error });
  });
});
