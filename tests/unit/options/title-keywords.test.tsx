// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { TitleKeywords } from '@/components/options/title-keywords';
import { fireEvent, render, screen } from './helpers/dom';

describe('TitleKeywords', () => {
  it('lists keywords with a Remove button each', () => {
    const onRemove = vi.fn();
    render(
      <TitleKeywords
        keywords={['crypto', 'zero downtime']}
        onAdd={() => null}
        onRemove={onRemove}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Remove keyword zero downtime' }));
    expect(onRemove).toHaveBeenCalledWith('zero downtime');
  });

  it('adds a keyword from the labelled field', () => {
    const onAdd = vi.fn(() => null);
    render(<TitleKeywords keywords={[]} onAdd={onAdd} onRemove={() => {}} />);
    fireEvent.input(screen.getByRole('textbox', { name: 'Hide titles containing' }), {
      target: { value: 'nft' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(onAdd).toHaveBeenCalledWith('nft');
    expect(screen.getByText('No keywords.')).toBeTruthy();
  });
});
