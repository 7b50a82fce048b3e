// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { TAG_LIST_LIMIT, TagFilters, type TagFiltersProps } from '@/components/options/tag-filters';
import type { Settings } from '../../../utils/settings/settings';
import { fireEvent, render, screen, within } from './helpers/dom';

const ROWS = Array.from({ length: 100 }, (_, i) => ({
  tag: `tag${String(i).padStart(3, '0')}`,
  count: 100 - i,
}));

function renderFilters(
  settings: Pick<Settings, 'tagModes' | 'tagNotify'>,
  props: Partial<TagFiltersProps> = {},
) {
  const handlers = {
    onModeChange: vi.fn(),
    onNotifyChange: vi.fn(),
    onAddTag: vi.fn(() => null),
    onShowAll: vi.fn(),
  };
  render(<TagFilters rows={ROWS} settings={settings} {...handlers} {...props} />);
  return handlers;
}
const listedTags = () =>
  within(screen.getByRole('list', { name: 'Tags' }))
    .getAllByRole('radiogroup')
    .map(
      (group) =>
        group.getAttribute('aria-labelledby') &&
        document.getElementById(group.getAttribute('aria-labelledby')!)?.textContent,
    );

describe('TagFilters', () => {
  it(`lists the ${TAG_LIST_LIMIT} most frequent tags plus every tag with a setting`, () => {
    renderFilters({ tagModes: { tag090: 'hide' }, tagNotify: { tag095: false } });
    const tags = listedTags();
    expect(tags).toHaveLength(TAG_LIST_LIMIT + 2);
    expect(tags).toContain('tag090');
    expect(tags).toContain('tag095');
  });

  it('shows all tags on request', () => {
    renderFilters({ tagModes: {}, tagNotify: {} });
    fireEvent.click(screen.getByRole('button', { name: 'Show all 100 tags' }));
    expect(listedTags()).toHaveLength(100);
    expect(screen.queryByRole('button', { name: /Show all/ })).toBeNull();
  });

  it('finds tags by part of their name', () => {
    renderFilters({ tagModes: {}, tagNotify: {} });
    fireEvent.input(screen.getByRole('searchbox', { name: 'Find a tag' }), {
      target: { value: '09' },
    });
    expect(listedTags()).toEqual(['tag009', ...Array.from({ length: 10 }, (_, i) => `tag09${i}`)]);
  });

  it('says when no tag matches', () => {
    renderFilters({ tagModes: {}, tagNotify: {} });
    fireEvent.input(screen.getByRole('searchbox', { name: 'Find a tag' }), {
      target: { value: 'zig' },
    });
    expect(screen.getByText('No tag contains “zig”.')).toBeTruthy();
  });

  it('offers "Set every tag to Show" only when a tag is filtered', () => {
    const { onShowAll } = renderFilters({ tagModes: { tag001: 'only' }, tagNotify: {} });
    fireEvent.click(screen.getByRole('button', { name: 'Set every tag to Show' }));
    expect(onShowAll).toHaveBeenCalledOnce();
  });

  it('disables "Set every tag to Show" when nothing is filtered', () => {
    renderFilters({ tagModes: {}, tagNotify: {} });
    expect(
      (screen.getByRole('button', { name: 'Set every tag to Show' }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });

  it('explains an empty list', () => {
    renderFilters({ tagModes: {}, tagNotify: {} }, { rows: [] });
    expect(screen.getByText(/No tags yet/)).toBeTruthy();
  });
});
