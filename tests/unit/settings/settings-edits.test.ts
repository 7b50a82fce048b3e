import { describe, expect, it } from 'vitest';
import { compileVisibility } from '../../../utils/filters/post-visibility';
import { muteAuthor, muteAuthorKey, unmuteAuthor } from '../../../utils/settings/mute-author';
import { DEFAULT_SETTINGS } from '../../../utils/settings/settings';
import { setTagMode, setTagNotify, showAllTags } from '../../../utils/settings/tag-settings';
import {
  addTitleKeyword,
  parseKeywordInput,
  removeTitleKeyword,
} from '../../../utils/settings/title-keywords';
import { english } from '@/utils/i18n/english';

const POST = {
  url: 'https://dev.to/hiyoyok/bates-numbering-in-rust-automating-legal-document-stamping-4080',
  author: 'hiyoyo',
  title: 'Bates Numbering in Rust',
  tags: ['rust', 'tarui'],
};

describe('tag settings', () => {
  it('sets and clears a tag mode, normalizing the tag', () => {
    const hidden = setTagMode(DEFAULT_SETTINGS, ' Career ', 'hide');
    expect(hidden.tagModes).toEqual({ career: 'hide' });
    expect(setTagMode(hidden, 'career', 'show').tagModes).toEqual({});
  });

  it('stores only notifications turned off', () => {
    const off = setTagNotify(DEFAULT_SETTINGS, 'webdev', false);
    expect(off.tagNotify).toEqual({ webdev: false });
    expect(setTagNotify(off, 'webdev', true).tagNotify).toEqual({});
  });

  it('sets every tag back to Show but keeps Notify choices', () => {
    const settings = setTagNotify(setTagMode(DEFAULT_SETTINGS, 'a', 'only'), 'b', false);
    expect(showAllTags(settings)).toEqual({ ...settings, tagModes: {} });
  });

  it('never changes the settings it is given', () => {
    const before = structuredClone(DEFAULT_SETTINGS);
    setTagMode(DEFAULT_SETTINGS, 'a', 'hide');
    setTagNotify(DEFAULT_SETTINGS, 'a', false);
    expect(DEFAULT_SETTINGS).toEqual(before);
  });
});

describe('muteAuthor', () => {
  it('mutes by the username in the post URL, remembering the display name', () => {
    const muted = muteAuthor(DEFAULT_SETTINGS, POST);
    expect(muted.mutedAuthors).toEqual({ hiyoyok: 'hiyoyo' });
    expect(compileVisibility(muted)(POST)).toEqual({
      visible: false,
      reason: { kind: 'author', author: 'hiyoyo' },
    });
  });

  it('falls back to the username when the feed names nobody', () => {
    expect(muteAuthor(DEFAULT_SETTINGS, { ...POST, author: ' ' }).mutedAuthors).toEqual({
      hiyoyok: 'hiyoyok',
    });
  });

  it('leaves settings alone when there is no author to key on', () => {
    const settings = muteAuthor(DEFAULT_SETTINGS, { url: 'https://example.com/', author: '' });
    expect(settings).toBe(DEFAULT_SETTINGS);
  });

  it('unmutes by key', () => {
    const muted = muteAuthorKey(muteAuthorKey(DEFAULT_SETTINGS, 'Jane', 'Jane D'), 'bob', '');
    expect(muted.mutedAuthors).toEqual({ jane: 'Jane D', bob: 'bob' });
    expect(unmuteAuthor(muted, 'jane').mutedAuthors).toEqual({ bob: 'bob' });
  });
});

describe('title keywords', () => {
  it.each<[string, string]>([
    ['  zero   downtime ', 'zero downtime'],
    ['C++', 'C++'],
  ])('accepts %j as %j', (typed, keyword) => {
    expect(parseKeywordInput(typed, ['crypto'], english)).toEqual({ ok: true, keyword });
  });

  it.each<[string, string]>([
    ['', 'Type a word or phrase first.'],
    ['CRYPTO', '“CRYPTO” is already in the list.'],
    ['x'.repeat(81), 'Keep it under 80 characters.'],
  ])('refuses %j', (typed, error) => {
    expect(parseKeywordInput(typed, ['crypto'], english)).toEqual({ ok: false, error });
  });

  it('adds and removes keywords', () => {
    const added = addTitleKeyword(addTitleKeyword(DEFAULT_SETTINGS, 'crypto'), 'nft');
    expect(added.titleKeywords).toEqual(['crypto', 'nft']);
    expect(removeTitleKeyword(added, 'crypto').titleKeywords).toEqual(['nft']);
  });
});
