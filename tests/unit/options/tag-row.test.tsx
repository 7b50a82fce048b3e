// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { TagRow, type TagRowProps } from '@/components/options/tag-row';
import { checked, fireEvent, render, screen, within } from './helpers/dom';

function renderRow(props: Partial<TagRowProps> = {}) {
  const handlers = { onModeChange: vi.fn(), onNotifyChange: vi.fn() };
  render(
    <ul>
      <TagRow tag="career" count={3} mode="show" notify {...handlers} {...props} />
    </ul>,
  );
  return handlers;
}

describe('TagRow', () => {
  it('is a radio group named by the tag, with Show, Hide and Only', () => {
    renderRow();
    const group = screen.getByRole('radiogroup', { name: 'career' });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((radio) => radio.closest('label')?.textContent)).toEqual([
      'Show',
      'Hide',
      'Only',
    ]);
    expect(checked(within(group).getByRole('radio', { name: 'Show' }))).toBe(true);
    expect(screen.getByText('3 posts')).toBeTruthy();
  });

  it('reports the chosen mode', () => {
    const { onModeChange } = renderRow();
    fireEvent.click(screen.getByRole('radio', { name: 'Hide' }));
    expect(onModeChange).toHaveBeenCalledWith('career', 'hide');
  });

  it('shows the current mode', () => {
    renderRow({ mode: 'only' });
    expect(checked(screen.getByRole('radio', { name: 'Only' }))).toBe(true);
    expect(checked(screen.getByRole('radio', { name: 'Show' }))).toBe(false);
  });

  it('has a Notify checkbox named for the tag', () => {
    const { onNotifyChange } = renderRow();
    const notify = screen.getByRole('checkbox', { name: 'Notify for career' });
    expect(checked(notify)).toBe(true);
    fireEvent.click(notify);
    expect(onNotifyChange).toHaveBeenCalledWith('career', false);
  });

  it('gives each row its own radio group', () => {
    const handlers = { onModeChange: vi.fn(), onNotifyChange: vi.fn() };
    render(
      <ul>
        <TagRow tag="career" count={1} mode="hide" notify {...handlers} />
        <TagRow tag="tokio" count={1} mode="only" notify {...handlers} />
      </ul>,
    );
    const career = within(screen.getByRole('radiogroup', { name: 'career' }));
    const tokio = within(screen.getByRole('radiogroup', { name: 'tokio' }));
    expect(checked(career.getByRole('radio', { name: 'Hide' }))).toBe(true);
    expect(checked(tokio.getByRole('radio', { name: 'Only' }))).toBe(true);
    expect(career.getByRole('radio', { name: 'Hide' }).getAttribute('name')).not.toBe(
      tokio.getByRole('radio', { name: 'Hide' }).getAttribute('name'),
    );
  });
});
