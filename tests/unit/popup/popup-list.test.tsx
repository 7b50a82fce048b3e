// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { PAGE_SIZE } from '@/components/popup/use-post-pages';
import { makePost } from './fake-source';
import { renderPopup } from './render-popup';

const titles = () =>
  screen.getAllByRole('listitem').map((item) => item.querySelector('.post-title')?.textContent);

describe('Popup list', () => {
  it('lists unread posts newest first, one list item each', async () => {
    renderPopup({ posts: [makePost(2), makePost(0), makePost(1, { unread: 0 }), makePost(3)] });
    const list = await screen.findByRole('list', { name: 'Unread posts' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    expect(titles()).toEqual(['Post number 0', 'Post number 2', 'Post number 3']);
  });

  it('shows title, author, relative time with the full date as tooltip, tags, reading time and the Rust-code marker', async () => {
    renderPopup({
      posts: [
        makePost(2, {
          title: 'Unions in Rust',
          author: 'Mila K',
          tags: ['rust', 'unsafe'],
          readingMinutes: 7,
          hasRustCode: true,
        }),
      ],
    });
    const item = await screen.findByRole('listitem');
    expect(within(item).getByRole('link', { name: 'Unions in Rust' })).toHaveProperty(
      'href',
      'https://dev.to/author2/post-2',
    );
    expect(item.textContent).toContain('Mila K');
    const time = item.querySelector('time')!;
    expect(time.textContent).toBe('3h ago');
    expect(time.getAttribute('title')).toMatch(/Wednesday, May 6, 2026/);
    expect(within(item).getByRole('group', { name: 'Tags: rust, unsafe' }).textContent).toBe(
      '#rust#unsafe',
    );
    expect(item.textContent).toContain('7 min read');
    expect(within(item).getByTitle('Contains Rust code')).toBeTruthy();
  });

  it('leaves the Rust-code marker off posts without Rust code', async () => {
    renderPopup({ posts: [makePost(0, { hasRustCode: false })] });
    const item = await screen.findByRole('listitem');
    expect(within(item).queryByTitle('Contains Rust code')).toBeNull();
  });

  it('renders titles, authors and tags as text, never as markup', async () => {
    const pwn = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
    renderPopup({ posts: [makePost(0, { title: pwn, author: pwn, tags: [pwn] })] });
    const item = await screen.findByRole('listitem');
    expect(item.querySelector('img, b')).toBeNull();
    expect(item.querySelector('.post-title')?.textContent).toBe(pwn);
    expect(item.querySelector('.author')?.textContent).toBe(pwn);
  });

  it('does not offer a link for a post whose URL is not http(s)', async () => {
    const { source } = renderPopup({ posts: [makePost(0, { url: 'javascript:alert(1)' })] });
    const item = await screen.findByRole('listitem');
    expect(within(item).queryByRole('link')).toBeNull();
    fireEvent.keyDown(document.body, { key: 'j' });
    fireEvent.keyDown(document.body, { key: 'o' });
    await Promise.resolve();
    expect(source.openTab).not.toHaveBeenCalled();
  });

  it('opens a post in a new tab on click and marks it read, badge first', async () => {
    const { source } = renderPopup({ posts: [makePost(0), makePost(1)] });
    fireEvent.click(await screen.findByRole('link', { name: 'Post number 1' }));
    await waitFor(() =>
      expect(source.openTab).toHaveBeenCalledWith('https://dev.to/author1/post-1'),
    );
    expect(source.setRead).toHaveBeenCalledWith('post-0001', true);
    // The write (and the badge refresh inside it) lands before the tab opens and closes the popup.
    expect(source.setRead.mock.invocationCallOrder[0]).toBeLessThan(
      source.openTab.mock.invocationCallOrder[0]!,
    );
    await waitFor(() => expect(screen.getByText('1 unread')).toBeTruthy());
  });

  it('marks a post read and unread without opening it', async () => {
    const { source } = renderPopup({ posts: [makePost(0)] });
    const item = await screen.findByRole('listitem');
    fireEvent.click(within(item).getByRole('button', { name: 'Mark read' }));
    await waitFor(() => expect(source.setRead).toHaveBeenCalledWith('post-0000', true));
    expect(item.classList.contains('read')).toBe(true);
    await waitFor(() => expect(screen.getByText('0 unread')).toBeTruthy());
    fireEvent.click(within(item).getByRole('button', { name: 'Mark unread' }));
    await waitFor(() => expect(source.setRead).toHaveBeenLastCalledWith('post-0000', false));
    await waitFor(() => expect(screen.getByText('1 unread')).toBeTruthy());
    expect(source.openTab).not.toHaveBeenCalled();
  });

  it('reads one page first and the next page only when asked', async () => {
    const total = 2 * PAGE_SIZE + PAGE_SIZE / 2;
    const { source } = renderPopup({ posts: Array.from({ length: total }, (_, i) => makePost(i)) });
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(PAGE_SIZE));
    expect(source.listPage).toHaveBeenCalledTimes(1);
    expect(source.listPage.mock.calls[0]![0]).toMatchObject({ limit: PAGE_SIZE, unreadOnly: true });
    fireEvent.click(screen.getByRole('button', { name: 'Show more posts' }));
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(2 * PAGE_SIZE));
    expect(source.listPage.mock.calls[1]![0]).toMatchObject({
      limit: PAGE_SIZE,
      after: { id: `post-${String(PAGE_SIZE - 1).padStart(4, '0')}` },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Show more posts' }));
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(total));
    expect(screen.queryByRole('button', { name: 'Show more posts' })).toBeNull();
    expect(titles().slice(PAGE_SIZE - 2, PAGE_SIZE + 2)).toEqual(
      [PAGE_SIZE - 2, PAGE_SIZE - 1, PAGE_SIZE, PAGE_SIZE + 1].map((i) => `Post number ${i}`),
    );
  });

  it('re-reads when the worker says posts changed', async () => {
    const { posts, emit } = renderPopup({ posts: [makePost(1)] });
    await screen.findByRole('listitem');
    posts.unshift(makePost(0, { title: 'Fresh from DEV' }));
    emit('poll-finished');
    await waitFor(() => expect(titles()).toEqual(['Fresh from DEV', 'Post number 1']));
    expect(screen.getByText('2 unread')).toBeTruthy();
  });

  it('offers "Mute <author>" only when the hook is given', async () => {
    const onMuteAuthor = vi.fn();
    renderPopup({ posts: [makePost(0, { author: 'Spammy' })] }, { onMuteAuthor });
    fireEvent.click(await screen.findByRole('button', { name: 'Preview' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Mute Spammy' }));
    expect(onMuteAuthor).toHaveBeenCalledWith(expect.objectContaining({ id: 'post-0000' }));
  });
});
