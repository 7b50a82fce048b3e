import { describe, expect, it } from 'vitest';
import {
  compileVisibility,
  describeHiddenReason,
  type FilterablePost,
  type HiddenReason,
  type Visibility,
} from '../../../utils/filters/post-visibility';
import type { Settings } from '../../../utils/settings/settings';
import { english } from '@/utils/i18n/english';

type Filters = Pick<Settings, 'tagModes' | 'mutedAuthors' | 'titleKeywords' | 'notRustPosts'>;
const NO_FILTERS: Filters = {
  tagModes: {},
  mutedAuthors: {},
  titleKeywords: [],
  notRustPosts: 'show',
};

function post(overrides: Partial<FilterablePost> = {}): FilterablePost {
  return {
    url: 'https://dev.to/jane/writing-a-parser-1a2b',
    author: 'Jane Doe',
    title: 'Writing a parser in Rust',
    tags: ['rust', 'parsing'],
    ...overrides,
  };
}

function check(filters: Partial<Filters>, target: FilterablePost): Visibility {
  return compileVisibility({ ...NO_FILTERS, ...filters })(target);
}

const VISIBLE: Visibility = { visible: true };
const hidden = (reason: HiddenReason): Visibility => ({ visible: false, reason });

describe('compileVisibility', () => {
  it('shows everything without filters', () => {
    expect(check({}, post())).toEqual(VISIBLE);
  });

  it('says it hides nothing only when no filter of any kind is set', () => {
    expect(compileVisibility(NO_FILTERS).hidesNothing).toBe(true);
    // A blank keyword matches nothing, so it filters nothing either.
    expect(compileVisibility({ ...NO_FILTERS, titleKeywords: ['  '] }).hidesNothing).toBe(true);
    const eachKind: Partial<Filters>[] = [
      { tagModes: { career: 'hide' } },
      { tagModes: { rust: 'only' } },
      { mutedAuthors: { 'jane doe': 'Jane Doe' } },
      { titleKeywords: ['crypto'] },
      { notRustPosts: 'fold' },
      { notRustPosts: 'hide' },
    ];
    for (const filters of eachKind) {
      expect(compileVisibility({ ...NO_FILTERS, ...filters }).hidesNothing).toBe(false);
    }
  });

  it.each<[string, Partial<Filters>, Partial<FilterablePost>, Visibility]>([
    [
      'a Hide tag hides',
      { tagModes: { career: 'hide' } },
      { tags: ['rust', 'career'] },
      hidden({ kind: 'tag', tag: 'career' }),
    ],
    ['a Hide tag the post lacks does not', { tagModes: { career: 'hide' } }, {}, VISIBLE],
    ['a Show tag changes nothing', { tagModes: { rust: 'show' } }, {}, VISIBLE],
    ['an Only tag keeps posts with it', { tagModes: { parsing: 'only' } }, {}, VISIBLE],
    [
      'an Only tag hides posts without it',
      { tagModes: { webdev: 'only' } },
      {},
      hidden({ kind: 'not-only', onlyTags: ['webdev'] }),
    ],
    [
      'any of several Only tags keeps a post',
      { tagModes: { webdev: 'only', parsing: 'only' } },
      {},
      VISIBLE,
    ],
    [
      'several Only tags all missing hide',
      { tagModes: { webdev: 'only', gamedev: 'only' } },
      {},
      hidden({ kind: 'not-only', onlyTags: ['webdev', 'gamedev'] }),
    ],
    [
      'an Only tag hides a post without tags',
      { tagModes: { rust: 'only' } },
      { tags: [] },
      hidden({ kind: 'not-only', onlyTags: ['rust'] }),
    ],
    [
      'Hide beats Only on the same post',
      { tagModes: { rust: 'only', career: 'hide' } },
      { tags: ['rust', 'career'] },
      hidden({ kind: 'tag', tag: 'career' }),
    ],
    [
      'Hide beats Only for one tag set both ways in a post',
      { tagModes: { parsing: 'hide', rust: 'only' } },
      {},
      hidden({ kind: 'tag', tag: 'parsing' }),
    ],
  ])('tags: %s', (_name, filters, overrides, expected) => {
    expect(check(filters, post(overrides))).toEqual(expected);
  });

  it.each<[string, Partial<FilterablePost>, Visibility]>([
    ['hides posts by the muted DEV username', {}, hidden({ kind: 'author', author: 'Jane Doe' })],
    [
      'hides them after a display-name change',
      { author: 'J. Doe' },
      hidden({ kind: 'author', author: 'J. Doe' }),
    ],
    [
      'does not hide another user who shares the display name',
      { url: 'https://dev.to/jane2/other-post' },
      VISIBLE,
    ],
    [
      'matches the username case-insensitively',
      { url: 'https://dev.to/Jane/other-post' },
      hidden({ kind: 'author', author: 'Jane Doe' }),
    ],
  ])('muted author: %s', (_name, overrides, expected) => {
    expect(check({ mutedAuthors: { jane: 'Jane Doe' } }, post(overrides))).toEqual(expected);
  });

  it('does not treat inherited object keys as muted authors', () => {
    const target = post({ url: 'https://dev.to/constructor/post', author: 'C' });

    expect(check({ mutedAuthors: {} }, target)).toEqual(VISIBLE);
  });

  it.each<[string, string, boolean]>([
    // [keyword, title, hidden]
    ['async', 'Async Rust in practice', true],
    ['async', 'An ASYNC runtime', true],
    ['async', 'Asynchronous programming', false],
    ['async', 'Why I avoid async.', true],
    ['async', 'non-async code', true],
    ['async', 'my_async_fn explained', false],
    ['async', 'async2 is here', false],
    ['async', 'nonasync runtimes', false],
    ['rust', 'Trust the compiler', false],
    ['crypto', 'Cryptography basics', false],
    ['crypto', 'Crypto, again', true],
    ['web assembly', 'Web Assembly with Rust', true],
    ['web assembly', 'Web   Assembly and more', true],
    ['web assembly', 'Web and Assembly', false],
    ['C++', 'C++ vs Rust', true],
    ['C++', 'Rust for C++ developers', true],
    ['C++', 'C vs Rust', false],
    ['a.b', 'axb tricks', false],
    ['a.b', 'the a.b pattern', true],
    ['(beta)', 'Tool (beta) released', true],
    ['  tokio  ', 'Tokio tips', true],
    ['café', 'Rust at the café', true],
    ['café', 'Rust at the cafés', false],
  ])('keyword %j in title %j hides: %s', (keyword, title, isHidden) => {
    const result = check({ titleKeywords: [keyword] }, post({ title }));

    expect(result).toEqual(
      isHidden ? hidden({ kind: 'keyword', keyword: keyword.trim() }) : VISIBLE,
    );
  });

  it.each([[['']], [['   ']], [[]]])('ignores blank keywords %j', (titleKeywords) => {
    expect(check({ titleKeywords }, post())).toEqual(VISIBLE);
  });

  it('names the first keyword that matched', () => {
    const result = check({ titleKeywords: ['python', 'parser', 'rust'] }, post());

    expect(result).toEqual(hidden({ kind: 'keyword', keyword: 'parser' }));
  });

  it('gives the same answer when the same rule checks many posts', () => {
    const isVisible = compileVisibility({ ...NO_FILTERS, titleKeywords: ['async'] });
    const target = post({ title: 'async everywhere' });

    expect([isVisible(target), isVisible(target), isVisible(target)]).toEqual([
      hidden({ kind: 'keyword', keyword: 'async' }),
      hidden({ kind: 'keyword', keyword: 'async' }),
      hidden({ kind: 'keyword', keyword: 'async' }),
    ]);
  });

  it.each<[string, Partial<Filters>, HiddenReason['kind']]>([
    ['tag before author', { tagModes: { parsing: 'hide' }, mutedAuthors: { jane: 'Jane' } }, 'tag'],
    [
      'author before keyword',
      { mutedAuthors: { jane: 'Jane' }, titleKeywords: ['parser'] },
      'author',
    ],
    ['keyword before Only', { titleKeywords: ['parser'], tagModes: { webdev: 'only' } }, 'keyword'],
  ])('reports the first reason in precedence order: %s', (_name, filters, kind) => {
    const result = check(filters, post());

    expect(result.visible).toBe(false);
    expect(!result.visible && result.reason.kind).toBe(kind);
  });
});

describe('describeHiddenReason', () => {
  it.each<[HiddenReason, string]>([
    [{ kind: 'tag', tag: 'career' }, 'tag career'],
    [{ kind: 'not-only', onlyTags: ['webdev'] }, 'not tagged webdev'],
    [{ kind: 'not-only', onlyTags: ['webdev', 'gamedev'] }, 'not tagged webdev or gamedev'],
    [{ kind: 'author', author: 'Jane' }, 'muted author Jane'],
    [{ kind: 'keyword', keyword: 'crypto' }, 'keyword “crypto”'],
  ])('describes %j as %j', (reason, words) => {
    expect(describeHiddenReason(reason, english)).toBe(words);
  });
});
