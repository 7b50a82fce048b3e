import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIRST_FRAME_POSTS } from '@/components/popup/use-post-pages';

// posts.css cannot import the constant: this keeps its literal in step.
describe('the popup stylesheet', () => {
  it('starts content-visibility at the first post after the first frame’s', () => {
    const css = readFileSync(
      resolve(__dirname, '../../../entrypoints/popup/styles/posts.css'),
      'utf8',
    );
    const starts = [...css.matchAll(/\.post:nth-child\(n \+ (\d+)\)\s*\{[^}]*content-visibility/g)];
    expect(starts.map((match) => Number(match[1]))).toEqual([FIRST_FRAME_POSTS + 1]);
    // No other rule puts content-visibility on every post.
    expect(css.match(/content-visibility/g)).toHaveLength(1);
  });
});
