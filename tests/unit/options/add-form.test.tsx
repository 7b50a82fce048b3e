// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { AddForm } from '@/components/options/add-form';
import { fireEvent, render, screen } from './helpers/dom';

describe('AddForm', () => {
  it('hands over the typed text and empties the field when it was taken', () => {
    const onAdd = vi.fn(() => null);
    render(<AddForm label="Add a tag" onAdd={onAdd} />);
    const field = screen.getByRole('textbox', { name: 'Add a tag' }) as HTMLInputElement;
    fireEvent.input(field, { target: { value: 'bevy' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(onAdd).toHaveBeenCalledWith('bevy');
    expect(field.value).toBe('');
  });

  it('keeps the text and announces the problem when it was refused, linked to the field', () => {
    render(<AddForm label="Add a tag" onAdd={() => 'A tag is one word.'} />);
    const field = screen.getByRole('textbox', { name: 'Add a tag' }) as HTMLInputElement;
    fireEvent.input(field, { target: { value: 'game dev' } });
    fireEvent.submit(field.closest('form')!);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('A tag is one word.');
    expect(field.value).toBe('game dev');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toBe(alert.id);
    fireEvent.input(field, { target: { value: 'gamedev' } });
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
