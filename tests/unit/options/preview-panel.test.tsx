// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  PREVIEW_LIST_LIMIT,
  PreviewPanel,
  previewSummary,
} from '@/components/options/preview-panel';
import { render, screen, within } from './helpers/dom';
import { english } from '@/utils/i18n/english';

const post = (n: number) => ({
  id: `p${n}`,
  url: `https://dev.to/a/p${n}`,
  title: `Post ${n}`,
  author: 'A',
  tags: [],
});

describe('PreviewPanel', () => {
  it('lists hidden posts with the reason', () => {
    render(
      <PreviewPanel
        preview={{ shown: 1, total: 2, hidden: [{ post: post(1), reason: 'tag career' }] }}
      />,
    );
    const item = within(screen.getByRole('list', { name: 'Hidden posts' })).getByRole('listitem');
    expect(item.textContent).toBe('Post 1hidden: tag career');
  });

  it(`names at most ${PREVIEW_LIST_LIMIT} hidden posts and counts the rest`, () => {
    const hidden = Array.from({ length: 70 }, (_, n) => ({ post: post(n), reason: 'tag x' }));
    render(<PreviewPanel preview={{ shown: 0, total: 70, hidden }} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(PREVIEW_LIST_LIMIT);
    expect(screen.getByText('…and 20 more hidden posts.')).toBeTruthy();
  });

  it.each<[string, Parameters<typeof PreviewPanel>[0]['preview'], RegExp]>([
    ['posts are still being read', null, /Reading stored posts/],
    ['nothing is stored', { shown: 0, total: 0, hidden: [] }, /No posts stored yet/],
    ['nothing is hidden', { shown: 3, total: 3, hidden: [] }, /hide none of them/],
  ])('explains when %s', (_name, preview, text) => {
    render(<PreviewPanel preview={preview} />);
    expect(screen.getByText(text)).toBeTruthy();
  });

  it.each<[number, number, string]>([
    [11, 12, '11 of 12 stored posts shown'],
    [1, 1, '1 of 1 stored post shown'],
  ])('summarizes %i of %i', (shown, total, text) => {
    expect(previewSummary({ shown, total, hidden: [] }, english)).toBe(text);
  });
});
