// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { PAGE_SIZE } from '@/components/popup/use-post-pages';
import type { SourceOption } from '@/utils/popup/source-status';
import { failure, makePost, NOW } from './fake-source';
import { renderPopup } from './render-popup';

const REDDIT = { sourceId: 'curated:reddit-rust', sourceTitle: 'r/rust' };
const BLOG = { sourceId: 'curated:rust-blog', sourceTitle: 'Rust Blog' };
const SOURCES: SourceOption[] = [
  { id: 'dev:rust', title: 'DEV #rust' },
  { id: 'curated:reddit-rust', title: 'r/rust' },
  { id: 'curated:rust-blog', title: 'Rust Blog' },
];
/** Posts 0–5: DEV, r/rust, Rust Blog, DEV, r/rust, Rust Blog (newest first). */
const POSTS = [0, 1, 2, 3, 4, 5].map((i) => makePost(i, [{}, REDDIT, BLOG][i % 3]));

const titles = () =>
  screen.queryAllByRole('listitem').map((item) => item.querySelector('.post-title')?.textContent);
const sourceSelect = () => screen.getByRole('combobox', { name: 'Source' }) as HTMLSelectElement;

describe('Popup sources', () => {
  it('shows each post’s source in its meta line, named for screen readers too', async () => {
    renderPopup({ posts: POSTS.slice(0, 3) });
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(3));
    const sources = screen.getAllByRole('listitem').map((item) => item.querySelector('.source'));
    expect(sources.map((source) => source?.querySelector('[aria-hidden]')?.textContent)).toEqual([
      'DEV #rust',
      'r/rust',
      'Rust Blog',
    ]);
    expect(sources.map((source) => source?.querySelector('.visually-hidden')?.textContent)).toEqual(
      ['Source: DEV #rust', 'Source: r/rust', 'Source: Rust Blog'],
    );
    expect(sources[1]?.parentElement?.classList.contains('post-meta')).toBe(true);
  });

  it('draws the Source menu in the first render, before the status is read', async () => {
    renderPopup(
      { posts: POSTS, status: { sources: SOURCES } },
      { firstPage: POSTS, initialSources: SOURCES.slice(0, 2) },
    );
    // Synchronously: no waiting for the status (the toolbar keeps its shape as it arrives).
    expect([...sourceSelect().options].map((option) => option.value)).toEqual([
      '',
      'dev:rust',
      'curated:reddit-rust',
    ]);
    // Then the status's fuller list takes over.
    await waitFor(() => expect(sourceSelect().options).toHaveLength(4));
  });

  it('hides the source filter while only one source is known', async () => {
    renderPopup({ posts: POSTS.slice(0, 1), status: { sources: SOURCES.slice(0, 1) } });
    await screen.findByText('1 unread');
    expect(screen.queryByRole('combobox')).toBeNull();
  });

  it('offers "All sources" first, then each source, inside the search landmark', async () => {
    renderPopup({ posts: POSTS, status: { sources: SOURCES } });
    const select = await screen.findByRole('combobox', { name: 'Source' });
    expect(within(screen.getByRole('search')).getByRole('combobox')).toBe(select);
    expect([...(select as HTMLSelectElement).options].map((o) => [o.value, o.text])).toEqual([
      ['', 'All sources'],
      ['dev:rust', 'DEV #rust'],
      ['curated:reddit-rust', 'r/rust'],
      ['curated:rust-blog', 'Rust Blog'],
    ]);
    expect((select as HTMLSelectElement).value).toBe('');
  });

  it('narrows the list to the chosen source, with its own unread count, and back', async () => {
    const { source } = renderPopup({
      posts: [...POSTS.slice(0, 4), makePost(4, { ...REDDIT, unread: 0 }), POSTS[5]!],
      status: { sources: SOURCES },
    });
    await screen.findByText('5 unread');
    fireEvent.change(sourceSelect(), { target: { value: 'curated:reddit-rust' } });
    await waitFor(() => expect(titles()).toEqual(['Post number 1']));
    expect(await screen.findByText('1 unread')).toBeTruthy();
    expect(source.loadStatus).toHaveBeenLastCalledWith('curated:reddit-rust');

    // Composes with All: the read r/rust post shows there, nothing of the other sources.
    fireEvent.click(screen.getByRole('button', { name: 'All' }));
    await waitFor(() => expect(titles()).toEqual(['Post number 1', 'Post number 4']));
    // And with the search.
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'number 4' } });
    await waitFor(() => expect(titles()).toEqual(['Post number 4']));

    fireEvent.input(screen.getByRole('searchbox'), { target: { value: '' } });
    fireEvent.change(sourceSelect(), { target: { value: '' } });
    await waitFor(() => expect(titles()).toHaveLength(6));
    expect(await screen.findByText('5 unread')).toBeTruthy();
  });

  it('pages through the chosen source only', async () => {
    const many = Array.from({ length: 3 * PAGE_SIZE }, (_, i) =>
      makePost(i, i % 2 === 0 ? REDDIT : {}),
    );
    const { source } = renderPopup({ posts: many, status: { sources: SOURCES } });
    await waitFor(() => expect(titles()).toHaveLength(PAGE_SIZE));
    // The filter shows once the status (read after the first page) says which sources exist.
    fireEvent.change(await screen.findByRole('combobox', { name: 'Source' }), {
      target: { value: 'curated:reddit-rust' },
    });
    await waitFor(() => expect(titles()[0]).toBe('Post number 0'));
    expect(titles()).toHaveLength(PAGE_SIZE);
    fireEvent.click(screen.getByRole('button', { name: 'Show more posts' }));
    await waitFor(() => expect(titles()).toHaveLength(1.5 * PAGE_SIZE));
    expect(source.listPage).toHaveBeenLastCalledWith(
      expect.objectContaining({ sourceId: 'curated:reddit-rust', limit: PAGE_SIZE }),
    );
    expect(
      screen.getAllByRole('listitem').every((item) => item.textContent?.includes('r/rust')),
    ).toBe(true);
  });

  it('marks read only the chosen source’s posts', async () => {
    const { source } = renderPopup({ posts: POSTS, status: { sources: SOURCES } });
    await screen.findByText('6 unread');
    fireEvent.change(sourceSelect(), { target: { value: 'curated:rust-blog' } });
    await screen.findByText('2 unread');
    fireEvent.click(screen.getByRole('button', { name: 'Mark all read' }));
    expect(await screen.findByText('Marked 2 posts read')).toBeTruthy();
    expect(source.markAllRead).toHaveBeenCalledWith('curated:rust-blog');
    fireEvent.change(sourceSelect(), { target: { value: '' } });
    expect(await screen.findByText('4 unread')).toBeTruthy();
  });

  it('says when the chosen source has nothing to show, with a way back to every source', async () => {
    renderPopup({
      posts: POSTS.filter((post) => post.sourceId !== BLOG.sourceId),
      status: { sources: SOURCES },
    });
    await screen.findByText('4 unread');
    fireEvent.click(screen.getByRole('button', { name: 'All' }));
    fireEvent.change(sourceSelect(), { target: { value: 'curated:rust-blog' } });
    expect(await screen.findByRole('heading', { name: 'No posts from Rust Blog' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show all sources' }));
    await waitFor(() => expect(titles()).toHaveLength(4));
    expect(sourceSelect().value).toBe('');
  });

  it('leaves the source alone on the keyboard: arrows do not move through the posts', async () => {
    renderPopup({ posts: POSTS, status: { sources: SOURCES } });
    const select = await screen.findByRole('combobox', { name: 'Source' });
    select.focus();
    const arrow = fireEvent.keyDown(select, { key: 'ArrowDown' });
    fireEvent.keyDown(select, { key: 'j' });
    expect(arrow).toBe(true); // not prevented: the select gets its key
    expect(document.activeElement).toBe(select);
    expect(screen.getAllByRole('listitem').some((item) => item.classList.contains('active'))).toBe(
      false,
    );
  });

  it('names every failing source in one alert and still lists the others’ posts', async () => {
    renderPopup({
      posts: POSTS,
      status: {
        sources: SOURCES,
        failures: [
          failure('DEV did not answer (HTTP 503)', NOW + 10 * 60_000),
          failure('r/rust did not answer (HTTP 500)', NOW + 60 * 60_000, {
            sourceId: 'curated:reddit-rust',
            title: 'r/rust',
          }),
        ],
      },
    });
    const alert = await screen.findByRole('alert');
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((line) => line.textContent),
    ).toEqual([
      'DEV #rust: DEV did not answer (HTTP 503) — retrying in 10 minutes',
      'r/rust did not answer (HTTP 500) — retrying in 1 hour',
    ]);
    expect(
      within(screen.getByRole('list', { name: 'Unread posts' })).getAllByRole('listitem'),
    ).toHaveLength(6);
  });

  it('forgets a chosen source that is no longer offered', async () => {
    const { feed, emit } = renderPopup({ posts: POSTS, status: { sources: SOURCES } });
    await screen.findByText('6 unread');
    fireEvent.change(sourceSelect(), { target: { value: 'curated:rust-blog' } });
    await waitFor(() => expect(titles()).toHaveLength(2));
    feed.sources = SOURCES.slice(0, 2);
    emit('poll-finished');
    await waitFor(() => expect(titles()).toHaveLength(6));
    expect(sourceSelect().value).toBe('');
  });
});
