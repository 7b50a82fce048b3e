// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { NumberField } from '@/components/options/number-field';
import { fireEvent, render, screen } from './helpers/dom';

function renderField(value = 60) {
  const onCommit = vi.fn();
  const view = render(
    <NumberField
      label="Keep read posts for"
      value={value}
      min={1}
      max={3650}
      unit="days"
      onCommit={onCommit}
    />,
  );
  const input = screen.getByRole('spinbutton', { name: 'Keep read posts for' }) as HTMLInputElement;
  return { onCommit, input, view };
}

describe('NumberField', () => {
  it('commits a valid whole number', () => {
    const { onCommit, input } = renderField();
    fireEvent.change(input, { target: { value: '14' } });
    expect(onCommit).toHaveBeenCalledWith(14);
  });

  it.each(['0', '3651', '2.5', ''])('explains and does not save %j', (typed) => {
    const { onCommit, input } = renderField();
    fireEvent.change(input, { target: { value: typed } });
    expect(onCommit).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe('Enter a whole number from 1 to 3650.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });

  it('does not save an unchanged value', () => {
    const { onCommit, input } = renderField(60);
    fireEvent.change(input, { target: { value: '60' } });
    expect(onCommit).not.toHaveBeenCalled();
  });

  it('shows a value changed elsewhere', () => {
    const { input, view } = renderField(60);
    view.rerender(
      <NumberField label="Keep read posts for" value={7} min={1} max={3650} onCommit={() => {}} />,
    );
    expect(input.value).toBe('7');
  });
});
