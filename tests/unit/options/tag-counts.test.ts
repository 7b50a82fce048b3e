import { describe, expect, it } from 'vitest';
import { countTags } from '../../../utils/options/tag-counts';
import { tagRows } from '../../../utils/options/tag-rows';
import { DEV_FIXTURE_POSTS } from './helpers/dev-fixture-posts';

describe('countTags', () => {
  it('counts every tag of the DEV fixture, most frequent first', () => {
    const counts = countTags(DEV_FIXTURE_POSTS);
    expect(counts.slice(0, 4)).toEqual([
      { tag: 'rust', count: 12 },
      { tag: 'programming', count: 4 },
      { tag: 'webdev', count: 4 },
      { tag: 'opensource', count: 2 },
    ]);
    expect(counts.find((row) => row.tag === 'career')).toEqual({ tag: 'career', count: 1 });
    expect(counts.find((row) => row.tag === 'tokio')).toEqual({ tag: 'tokio', count: 1 });
  });

  it.each<[string, string[][], { tag: string; count: number }[]]>([
    ['no posts, no tags', [], []],
    [
      'ties are alphabetical',
      [['b', 'a'], ['c']],
      [
        { tag: 'a', count: 1 },
        { tag: 'b', count: 1 },
        { tag: 'c', count: 1 },
      ],
    ],
    ['a tag twice on one post counts once', [['rust', 'rust']], [{ tag: 'rust', count: 1 }]],
    [
      'frequency beats the alphabet',
      [['z'], ['z', 'a']],
      [
        { tag: 'z', count: 2 },
        { tag: 'a', count: 1 },
      ],
    ],
  ])('%s', (_name, tagLists, expected) => {
    expect(countTags(tagLists.map((tags) => ({ tags })))).toEqual(expected);
  });

  it('handles 5,000 posts quickly', () => {
    const posts = Array.from({ length: 5000 }, (_, i) => ({
      tags: ['rust', `t${i % 700}`, `u${i % 13}`],
    }));
    const started = performance.now();
    const counts = countTags(posts);
    // A hang detector, not a speed goal (the bench times the options page).
    expect(performance.now() - started).toBeLessThan(5000);
    expect(counts[0]).toEqual({ tag: 'rust', count: 5000 });
    expect(counts).toHaveLength(1 + 700 + 13);
  });
});

describe('tagRows', () => {
  const counts = [
    { tag: 'rust', count: 3 },
    { tag: 'career', count: 1 },
  ];

  it('lists seen tags first, then configured tags without posts, then tags added by hand', () => {
    const rows = tagRows(
      counts,
      { tagModes: { zig: 'hide', career: 'hide' }, tagNotify: { axum: false } },
      ['bevy'],
    );
    expect(rows).toEqual([
      { tag: 'rust', count: 3 },
      { tag: 'career', count: 1 },
      { tag: 'axum', count: 0 },
      { tag: 'zig', count: 0 },
      { tag: 'bevy', count: 0 },
    ]);
  });

  it('lists each tag once even when it is seen, configured and added', () => {
    const rows = tagRows(counts, { tagModes: { rust: 'only' }, tagNotify: { rust: false } }, [
      'rust',
    ]);
    expect(rows.map((row) => row.tag)).toEqual(['rust', 'career']);
  });
});
