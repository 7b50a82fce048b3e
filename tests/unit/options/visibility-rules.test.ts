import { describe, expect, it } from 'vitest';
import {
  compileVisibility,
  describeHiddenReason,
  type FilterablePost,
} from '../../../utils/filters/post-visibility';
import type { Settings, TagMode } from '../../../utils/settings/settings';
import { english } from '@/utils/i18n/english';

// The options page promises these rules; they are checked here through the one function
// the popup, badge and notifications share.
type Filters = Pick<Settings, 'tagModes' | 'mutedAuthors' | 'titleKeywords'>;

const post = (tags: string[], extra: Partial<FilterablePost> = {}): FilterablePost => ({
  url: 'https://dev.to/ferris/async-traits-in-practice-9z9z',
  author: 'Ferris Crab',
  title: 'Async traits in practice',
  tags,
  ...extra,
});

/** Runs the rule and answers in the preview's words: 'shown' or 'hidden: …'. */
function outcome(filters: Partial<Filters>, target: FilterablePost): string {
  const rule = compileVisibility({ tagModes: {}, mutedAuthors: {}, titleKeywords: [], ...filters });
  const result = rule(target);
  return result.visible ? 'shown' : `hidden: ${describeHiddenReason(result.reason, english)}`;
}

const modes = (entries: Record<string, TagMode>) => ({ tagModes: entries });

describe('tag rules', () => {
  it.each<[string, Record<string, TagMode>, string[], string]>([
    ['no tag settings show everything', {}, ['rust'], 'shown'],
    ['Show is the same as no setting', { rust: 'show' }, ['rust'], 'shown'],
    [
      'a Hide tag on the post hides it',
      { career: 'hide' },
      ['rust', 'career'],
      'hidden: tag career',
    ],
    ['a Hide tag not on the post does nothing', { career: 'hide' }, ['rust'], 'shown'],
    [
      'the first Hide tag in post order is named',
      { a: 'hide', b: 'hide' },
      ['b', 'a'],
      'hidden: tag b',
    ],
    ['an Only tag on the post shows it', { tokio: 'only' }, ['rust', 'tokio'], 'shown'],
    [
      'an Only tag not on the post hides it',
      { tokio: 'only' },
      ['rust'],
      'hidden: not tagged tokio',
    ],
    ['any one of several Only tags is enough', { tokio: 'only', axum: 'only' }, ['axum'], 'shown'],
    [
      'several Only tags are listed when none matches',
      { tokio: 'only', axum: 'only' },
      ['rust'],
      'hidden: not tagged tokio or axum',
    ],
    [
      'Hide beats Only on the same post',
      { tokio: 'only', career: 'hide' },
      ['tokio', 'career'],
      'hidden: tag career',
    ],
    [
      'Hide and Only on different tags: Only still applies',
      { tokio: 'only', career: 'hide' },
      ['rust'],
      'hidden: not tagged tokio',
    ],
    ['a post without tags passes Hide rules', { career: 'hide' }, [], 'shown'],
    ['a post without tags fails an Only rule', { tokio: 'only' }, [], 'hidden: not tagged tokio'],
  ])('%s', (_name, tagModes, tags, expected) => {
    expect(outcome(modes(tagModes), post(tags))).toBe(expected);
  });
});

describe('muted authors', () => {
  const muted = { mutedAuthors: { ferris: 'Ferris Crab' } };

  it.each<[string, Partial<FilterablePost>, string]>([
    ['hides posts whose URL names the muted username', {}, 'hidden: muted author Ferris Crab'],
    [
      'matches the username case-insensitively',
      { url: 'https://dev.to/Ferris/post-1' },
      'hidden: muted author Ferris Crab',
    ],
    [
      'ignores a changed display name',
      { author: 'Ferris the Crab' },
      'hidden: muted author Ferris the Crab',
    ],
    [
      'does not hide another user with the same display name',
      { url: 'https://dev.to/someone-else/post-2' },
      'shown',
    ],
  ])('%s', (_name, extra, expected) => {
    expect(outcome(muted, post(['rust'], extra))).toBe(expected);
  });
});

describe('title keywords', () => {
  it.each<[string, string[], string, string]>([
    [
      'a word in the title hides the post',
      ['async'],
      'Async traits in practice',
      'hidden: keyword “async”',
    ],
    ['matching ignores case', ['ASYNC'], 'async traits', 'hidden: keyword “ASYNC”'],
    ['only whole words match', ['async'], 'Asynchronous Rust', 'shown'],
    ['a word inside another word does not match', ['rust'], 'Trusty tools', 'shown'],
    [
      'punctuation around a word still matches',
      ['crypto'],
      'Crypto: a warning',
      'hidden: keyword “crypto”',
    ],
    [
      'a phrase matches across any spacing',
      ['zero downtime'],
      'Zero  downtime deploys',
      'hidden: keyword “zero downtime”',
    ],
    ['a phrase needs all its words in order', ['zero downtime'], 'Downtime: zero', 'shown'],
    [
      'regex characters are taken literally',
      ['c++'],
      'Rust for C++ developers',
      'hidden: keyword “c++”',
    ],
    ['letters with accents count as word characters', ['caf'], 'Café rewrite', 'shown'],
    ['blank keywords are ignored', ['  '], 'Anything at all', 'shown'],
    [
      'the first matching keyword is named',
      ['traits', 'async'],
      'Async traits',
      'hidden: keyword “traits”',
    ],
  ])('%s', (_name, titleKeywords, title, expected) => {
    expect(outcome({ titleKeywords }, post(['rust'], { title }))).toBe(expected);
  });
});

describe('rules combined', () => {
  const all: Filters = {
    tagModes: { career: 'hide', tokio: 'only' },
    mutedAuthors: { ferris: 'Ferris Crab' },
    titleKeywords: ['crypto'],
  };

  it.each<[string, FilterablePost, string]>([
    ['Hide tag comes before a muted author', post(['tokio', 'career']), 'hidden: tag career'],
    [
      'muted author comes before a keyword',
      post(['tokio'], { title: 'Crypto in Rust' }),
      'hidden: muted author Ferris Crab',
    ],
    [
      'keyword comes before Only',
      post(['rust'], { url: 'https://dev.to/jane/p', title: 'Crypto in Rust' }),
      'hidden: keyword “crypto”',
    ],
    [
      'Only applies when nothing else hides',
      post(['rust'], { url: 'https://dev.to/jane/p' }),
      'hidden: not tagged tokio',
    ],
    [
      'a post passing every rule is shown',
      post(['tokio'], { url: 'https://dev.to/jane/p' }),
      'shown',
    ],
  ])('%s', (_name, target, expected) => {
    expect(outcome(all, target)).toBe(expected);
  });
});
