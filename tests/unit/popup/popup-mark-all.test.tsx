// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makePost } from './fake-source';
import { renderPopup } from './render-popup';

const POSTS = [makePost(0), makePost(1), makePost(2, { tags: ['career'] })];
const hidden = (post: { tags: readonly string[] }) => post.tags.includes('career');

afterEach(() => {
  vi.useRealTimers();
});

describe('Popup mark all read', () => {
  it('marks every shown post read, empties the Unread list and offers an undo', async () => {
    const { source } = renderPopup({ posts: POSTS, hidden });
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(2));
    // The counts are read after the first page is shown.
    expect(await screen.findByText('2 unread')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Mark all read' }));
    expect(await screen.findByRole('heading', { name: 'All caught up' })).toBeTruthy();
    expect(source.markAllRead).toHaveBeenCalledTimes(1);
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
    expect(screen.getByText('0 unread')).toBeTruthy();
    expect(screen.getByText('Marked 2 posts read')).toBeTruthy();
    expect(
      (screen.getByRole('button', { name: 'Mark all read' }) as HTMLButtonElement).disabled,
    ).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(2));
    expect(source.markUnread).toHaveBeenCalledWith(['post-0000', 'post-0001']);
    expect(screen.getByText('2 unread')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('lets the undo lapse after a few seconds', async () => {
    const { source } = renderPopup({ posts: POSTS }, { undoMs: 50 });
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(3));
    fireEvent.click(screen.getByRole('button', { name: 'Mark all read' }));
    expect(await screen.findByRole('button', { name: 'Undo' })).toBeTruthy();
    await act(() => new Promise((resolve) => setTimeout(resolve, 80)));
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(source.markUnread).not.toHaveBeenCalled();
  });

  it('keeps read posts in the All view, shown as read', async () => {
    renderPopup({ posts: POSTS });
    fireEvent.click(await screen.findByRole('button', { name: 'All' }));
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(3));
    fireEvent.click(screen.getByRole('button', { name: 'Mark all read' }));
    await waitFor(() =>
      expect(screen.getAllByRole('listitem').every((item) => item.classList.contains('read'))).toBe(
        true,
      ),
    );
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
  });
});
