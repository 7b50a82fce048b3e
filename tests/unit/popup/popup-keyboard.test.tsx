// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { PAGE_SIZE } from '@/components/popup/use-post-pages';
import { makePost } from './fake-source';
import { renderPopup } from './render-popup';

const POSTS = [makePost(0), makePost(1), makePost(2)];
const press = (key: string, init: KeyboardEventInit = {}) =>
  fireEvent.keyDown(document.activeElement ?? document.body, { key, ...init });
const items = () => screen.getAllByRole('listitem');
const activeIndex = () => items().findIndex((item) => item.classList.contains('active'));

async function ready() {
  await waitFor(() => expect(items()).toHaveLength(3));
}

describe('Popup keyboard', () => {
  it('names its keys in the footer, one hint per key, snooze and Not Rust too', async () => {
    const { container } = renderPopup({ posts: POSTS });
    await ready();
    const hints = [...container.querySelectorAll('footer.shortcuts .shortcut')].map(
      (hint) => hint.textContent,
    );
    expect(hints).toEqual([
      'j/k move',
      'o open',
      'm read',
      's save',
      'z snooze',
      'x not Rust',
      'space preview',
      '/ search',
    ]);
  });

  it('moves with j/k and the arrows, focusing the post', async () => {
    renderPopup({ posts: POSTS });
    await ready();
    press('j');
    expect(activeIndex()).toBe(0);
    expect(document.activeElement?.textContent).toBe('Post number 0');
    press('j');
    press('ArrowDown');
    expect(activeIndex()).toBe(2);
    press('j'); // stays on the last one
    expect(activeIndex()).toBe(2);
    press('k');
    expect(activeIndex()).toBe(1);
    press('ArrowUp');
    expect(document.activeElement?.textContent).toBe('Post number 0');
  });

  it('opens the current post with o and with Enter', async () => {
    const { source } = renderPopup({ posts: POSTS });
    await ready();
    press('j');
    press('o');
    await waitFor(() =>
      expect(source.openTab).toHaveBeenCalledWith('https://dev.to/author0/post-0'),
    );
    press('j');
    // Enter on the focused title link reaches it as a click, as in a browser.
    fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    expect(source.openTab).toHaveBeenCalledTimes(1);
    fireEvent.click(document.activeElement!);
    await waitFor(() =>
      expect(source.openTab).toHaveBeenLastCalledWith('https://dev.to/author1/post-1'),
    );
    // With focus outside any link, Enter opens the current post itself.
    (document.activeElement as HTMLElement).blur();
    press('Enter');
    await waitFor(() => expect(source.openTab).toHaveBeenCalledTimes(3));
  });

  it('toggles read with m', async () => {
    const { source } = renderPopup({ posts: POSTS });
    await ready();
    press('j');
    press('m');
    await waitFor(() => expect(source.setRead).toHaveBeenCalledWith('post-0000', true));
    expect(items()[0]!.classList.contains('read')).toBe(true);
    press('m');
    await waitFor(() => expect(source.setRead).toHaveBeenLastCalledWith('post-0000', false));
  });

  it('expands and collapses the preview with Space', async () => {
    renderPopup({ posts: POSTS });
    await ready();
    press('j');
    press(' ');
    expect(await screen.findByText('Summary 0')).toBeTruthy();
    expect(
      screen.getAllByRole('button', { name: 'Preview' })[0]!.getAttribute('aria-expanded'),
    ).toBe('true');
    press(' ');
    await waitFor(() => expect(screen.queryByText('Summary 0')).toBeNull());
  });

  it('marks all read with Shift+A', async () => {
    const { source } = renderPopup({ posts: POSTS });
    await ready();
    press('A', { shiftKey: true });
    await waitFor(() => expect(source.markAllRead).toHaveBeenCalled());
    expect(await screen.findByRole('heading', { name: 'All caught up' })).toBeTruthy();
  });

  it('focuses the search box with / and leaves it with Escape', async () => {
    renderPopup({ posts: POSTS });
    await ready();
    const search = screen.getByRole('searchbox');
    const event = press('/');
    expect(event).toBe(false); // default prevented: no "/" typed into the box
    expect(document.activeElement).toBe(search);
    fireEvent.input(search, { target: { value: 'number 1' } });
    await waitFor(() => expect(items()).toHaveLength(1));
    press('Escape');
    await waitFor(() => expect(items()).toHaveLength(3));
    press('Escape');
    expect(document.activeElement?.textContent).toBe('Post number 0');
  });

  it('goes from the search box to the first post with ↓, keeping the search', async () => {
    renderPopup({ posts: POSTS });
    await ready();
    const search = screen.getByRole('searchbox');
    press('/');
    fireEvent.input(search, { target: { value: 'number' } });
    press('ArrowDown');
    expect(document.activeElement?.textContent).toBe('Post number 0');
    expect((search as HTMLInputElement).value).toBe('number');
  });

  it('refreshes with r, but not while typing in the search box', async () => {
    const { source } = renderPopup({ posts: POSTS });
    await ready();
    screen.getByRole('searchbox').focus();
    press('r');
    press('j');
    press('m');
    expect(source.refresh).not.toHaveBeenCalled();
    expect(source.setRead).not.toHaveBeenCalled();
    expect(activeIndex()).toBe(-1);
    (document.activeElement as HTMLElement).blur();
    press('r');
    expect(source.refresh).toHaveBeenCalledTimes(1);
  });

  it('leaves browser shortcuts alone', async () => {
    const { source } = renderPopup({ posts: POSTS });
    await ready();
    press('r', { ctrlKey: true });
    press('j', { metaKey: true });
    expect(source.refresh).not.toHaveBeenCalled();
    expect(activeIndex()).toBe(-1);
  });

  it('keeps Space and Enter for the focused button', async () => {
    const { source } = renderPopup({ posts: POSTS });
    await ready();
    const markRead = screen.getAllByRole('button', { name: 'Mark read' })[1]!;
    act(() => markRead.focus());
    expect(activeIndex()).toBe(1); // focus moved the cursor along
    expect(press(' ')).toBe(true);
    expect(press('Enter')).toBe(true);
    expect(source.openTab).not.toHaveBeenCalled();
    expect(screen.queryByText('Summary 1')).toBeNull();
  });

  it('loads the next page when the cursor nears the end', async () => {
    const total = PAGE_SIZE + 10;
    const { source } = renderPopup({ posts: Array.from({ length: total }, (_, i) => makePost(i)) });
    await waitFor(() => expect(items()).toHaveLength(PAGE_SIZE));
    press('End');
    await waitFor(() => expect(items()).toHaveLength(total));
    expect(source.listPage).toHaveBeenCalledTimes(2);
  });
});
