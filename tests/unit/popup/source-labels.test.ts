import { describe, expect, it } from 'vitest';
import {
  postSourceId,
  sourceLabel,
  sourceLabeler,
  titleForSourceId,
} from '@/utils/popup/source-labels';

// The user's list: DEV's rust feed renamed nothing, r/rust curated, one custom feed.
const TITLES = new Map([
  ['dev:rust', 'DEV #rust'],
  ['curated:reddit-rust', 'r/rust'],
  ['custom:0123456789abcdef', 'Without Boats'],
]);

describe('sourceLabel', () => {
  it.each<[string, { sourceId?: string; url: string }, string]>([
    [
      'a listed source: its title',
      { sourceId: 'curated:reddit-rust', url: 'https://www.reddit.com/r/rust/comments/1' },
      'r/rust',
    ],
    [
      'a listed custom source',
      { sourceId: 'custom:0123456789abcdef', url: 'https://without.boats/blog/x/' },
      'Without Boats',
    ],
    [
      'a post stored before sources existed: DEV #rust',
      { url: 'https://dev.to/jane/post-1' },
      'DEV #rust',
    ],
    [
      'a removed DEV tag: the tag its id names',
      { sourceId: 'dev:tokio', url: 'https://dev.to/jane/post-2' },
      'DEV #tokio',
    ],
    [
      'a removed curated source: its known title',
      { sourceId: 'curated:rust-blog', url: 'https://blog.rust-lang.org/2026/05/06/x/' },
      'Rust Blog',
    ],
    [
      'a removed custom source: the link’s host, no www',
      { sourceId: 'custom:feedfacefeedface', url: 'https://www.example.org/posts/1' },
      'example.org',
    ],
    [
      'a removed custom source with an unusable link: nothing',
      { sourceId: 'custom:feedfacefeedface', url: 'not a url' },
      '',
    ],
  ])('%s', (_name, post, expected) => {
    expect(sourceLabel(post, TITLES)).toBe(expected);
  });

  it('names pre-v3 posts DEV #rust even when the user removed that source', () => {
    expect(sourceLabel({ url: 'https://dev.to/jane/post-1' }, new Map())).toBe('DEV #rust');
  });

  it('never shows a raw id', () => {
    const label = sourceLabel(
      { sourceId: 'custom:feedfacefeedface', url: 'https://a.example/' },
      new Map(),
    );
    expect(label).not.toContain('custom:');
  });
});

describe('postSourceId and titleForSourceId', () => {
  it('gives posts without a source DEV’s rust feed', () => {
    expect(postSourceId({})).toBe('dev:rust');
    expect(postSourceId({ sourceId: 'curated:inside-rust' })).toBe('curated:inside-rust');
  });

  it('knows DEV tags and curated feeds by id, not custom hashes', () => {
    expect(titleForSourceId('dev:bevy')).toBe('DEV #bevy');
    expect(titleForSourceId('curated:this-week-in-rust')).toBe('This Week in Rust');
    expect(titleForSourceId('custom:0123456789abcdef')).toBeNull();
  });
});

describe('sourceLabeler', () => {
  const DEV_RUST = { id: 'dev:rust', title: 'DEV #rust' };
  const REDDIT = { id: 'curated:reddit-rust', title: 'r/rust' };
  const devPost = { url: 'https://dev.to/jane/post-1' };
  const redditPost = { sourceId: REDDIT.id, url: 'https://www.reddit.com/r/rust/comments/1' };

  it('names every post once the user follows more than one source', () => {
    const label = sourceLabeler([DEV_RUST, REDDIT]);
    expect([label(devPost), label(redditPost)]).toEqual(['DEV #rust', 'r/rust']);
  });

  it('leaves the only source’s posts unnamed, as the list always was, but not older ones', () => {
    const label = sourceLabeler([DEV_RUST]);
    expect(label(devPost)).toBe('');
    expect(label({ ...devPost, sourceId: 'dev:rust' })).toBe('');
    // r/rust was followed once and removed: its posts still say where they came from.
    expect(label(redditPost)).toBe('r/rust');
  });
});
