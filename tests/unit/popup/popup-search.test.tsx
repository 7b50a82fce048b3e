// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { makePost } from './fake-source';
import { renderPopup } from './render-popup';

const POSTS = [
  makePost(0, { title: 'Async Rust with Tokio', author: 'Ana', tags: ['rust', 'async'] }),
  makePost(1, { title: 'Bevy game jam', author: 'Bo Tokioka', tags: ['gamedev'] }),
  makePost(2, { title: 'Embedded HALs', author: 'Cy', tags: ['embedded', 'tokio-console'] }),
  makePost(3, { title: 'Read already', author: 'Di', tags: ['rust'], unread: 0 }),
];

const titles = () =>
  screen.queryAllByRole('listitem').map((item) => item.querySelector('.post-title')?.textContent);

describe('Popup search and Unread/All', () => {
  it('filters by title, author and tag as you type', async () => {
    renderPopup({ posts: POSTS });
    await waitFor(() => expect(titles()).toHaveLength(3));
    const search = screen.getByRole('searchbox', { name: 'Search posts' });
    fireEvent.input(search, { target: { value: 'tokio' } });
    await waitFor(() =>
      expect(titles()).toEqual(['Async Rust with Tokio', 'Bevy game jam', 'Embedded HALs']),
    );
    fireEvent.input(search, { target: { value: 'bevy' } });
    await waitFor(() => expect(titles()).toEqual(['Bevy game jam']));
    fireEvent.input(search, { target: { value: '#embedded' } });
    await waitFor(() => expect(titles()).toEqual(['Embedded HALs']));
    fireEvent.input(search, { target: { value: 'ana' } });
    await waitFor(() => expect(titles()).toEqual(['Async Rust with Tokio']));
  });

  it('says when the search matches nothing and clears it on request', async () => {
    renderPopup({ posts: POSTS });
    await waitFor(() => expect(titles()).toHaveLength(3));
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'haskell' } });
    expect(await screen.findByRole('heading', { name: 'No posts match your search' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear search' }));
    await waitFor(() => expect(titles()).toHaveLength(3));
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('');
  });

  it('switches between Unread and All', async () => {
    renderPopup({ posts: POSTS });
    await waitFor(() => expect(titles()).toHaveLength(3));
    const all = screen.getByRole('button', { name: 'All' });
    const unread = screen.getByRole('button', { name: 'Unread' });
    expect(unread.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(all);
    await waitFor(() => expect(titles()).toHaveLength(4));
    expect(all.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('list', { name: 'All posts' })).toBeTruthy();
    expect(screen.getAllByRole('listitem')[3]!.classList.contains('read')).toBe(true);
    fireEvent.click(unread);
    await waitFor(() => expect(titles()).toHaveLength(3));
  });

  it('searches within the chosen view', async () => {
    renderPopup({ posts: POSTS });
    await waitFor(() => expect(titles()).toHaveLength(3));
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'read already' } });
    expect(await screen.findByRole('heading', { name: 'No posts match your search' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'All' }));
    await waitFor(() => expect(titles()).toEqual(['Read already']));
  });
});
