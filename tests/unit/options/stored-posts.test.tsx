// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { StoredPosts } from '@/components/options/stored-posts';
import { fireEvent, render, screen, waitFor } from './helpers/dom';

function renderStored(onClear: () => Promise<void> = async () => {}) {
  const clear = vi.fn(onClear);
  const onKeep = vi.fn();
  render(
    <StoredPosts
      keepReadDays={60}
      onKeepReadDaysChange={onKeep}
      storedCount={12}
      onClear={clear}
    />,
  );
  return { clear, onKeep };
}

describe('StoredPosts', () => {
  it('sets how long read posts are kept', () => {
    const { onKeep } = renderStored();
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Keep read posts for' }), {
      target: { value: '30' },
    });
    expect(onKeep).toHaveBeenCalledWith(30);
  });

  it('asks in the page before clearing, focusing Cancel', async () => {
    const { clear } = renderStored();
    fireEvent.click(screen.getByRole('button', { name: 'Clear all stored posts…' }));
    expect(clear).not.toHaveBeenCalled();
    expect(screen.getByRole('group', { name: /Delete all 12 stored posts/ })).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Cancel'));
  });

  it('cancels, returning focus to the button', async () => {
    const { clear } = renderStored();
    fireEvent.click(screen.getByRole('button', { name: 'Clear all stored posts…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(clear).not.toHaveBeenCalled();
    await waitFor(() =>
      expect(document.activeElement?.textContent).toBe('Clear all stored posts…'),
    );
  });

  it('clears after confirming and says so', async () => {
    const { clear } = renderStored();
    fireEvent.click(screen.getByRole('button', { name: 'Clear all stored posts…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete all stored posts' }));
    expect((await screen.findByRole('status')).textContent).toBe('All stored posts were deleted.');
    expect(clear).toHaveBeenCalledOnce();
  });

  it('says when clearing failed', async () => {
    renderStored(() => Promise.reject(new Error('db closed')));
    fireEvent.click(screen.getByRole('button', { name: 'Clear all stored posts…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete all stored posts' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'The posts could not be deleted. Try again.',
      ),
    );
  });

  it('keeps saved posts unless the reader ticks the box that deletes them too', async () => {
    const clear = vi.fn(async (_alsoSaved: boolean) => {});
    render(
      <StoredPosts
        keepReadDays={60}
        onKeepReadDaysChange={vi.fn()}
        storedCount={12}
        savedCount={3}
        onClear={clear}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Clear all stored posts…' }));
    expect(screen.getByRole('group', { name: /Delete all 9 stored posts/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Delete all stored posts' }));
    await waitFor(() => expect(clear).toHaveBeenCalledWith(false));

    clear.mockClear();
    fireEvent.click(screen.getByRole('button', { name: 'Clear all stored posts…' }));
    const box = screen.getByRole('checkbox', { name: 'Also delete the 3 saved posts' });
    expect((box as HTMLInputElement).checked).toBe(false);
    fireEvent.click(box);
    expect(screen.getByRole('group', { name: /Delete all 12 stored posts/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Delete all stored posts' }));
    await waitFor(() => expect(clear).toHaveBeenCalledWith(true));
  });
});
