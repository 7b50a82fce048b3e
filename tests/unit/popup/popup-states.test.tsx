// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { failure, makePost, NOW } from './fake-source';
import { renderPopup } from './render-popup';

describe('Popup states', () => {
  it('says the first posts are on their way while the first poll runs', async () => {
    renderPopup({ posts: [], polling: true, status: { lastSuccessAt: null } });
    expect(
      await screen.findByRole('heading', { name: 'Fetching the latest Rust posts…' }),
    ).toBeTruthy();
    expect(screen.getByRole('status', { name: '' }).textContent).toContain(
      'Checking your sources for new posts',
    );
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('says "All caught up" when nothing is unread, with a way to see all posts', async () => {
    renderPopup({ posts: [makePost(0, { unread: 0 })] });
    expect(await screen.findByRole('heading', { name: 'All caught up' })).toBeTruthy();
    expect(screen.getByText('0 unread')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show all posts' }));
    expect(await screen.findByRole('list', { name: 'All posts' })).toBeTruthy();
  });

  it('says the filters hide everything in the All view and links to the options page', async () => {
    const { source } = renderPopup({
      posts: [makePost(0, { tags: ['career'] })],
      hidden: (p) => p.tags.includes('career'),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'All' }));
    expect(
      await screen.findByRole('heading', { name: 'No posts match your filters' }),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('link', { name: 'Change filters in Options' }));
    expect(source.openOptions).toHaveBeenCalled();
  });

  it('says the posts left in the All view are folded below, not hidden by filters', async () => {
    renderPopup({
      posts: [
        makePost(0, {
          judgement: { verdict: 'spam', reasons: [{ key: 'relevanceAdPhone' }], version: 1 },
        }),
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'All' }));
    expect(
      await screen.findByRole('heading', { name: "Only posts that don't look like Rust" }),
    ).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'No posts match your filters' })).toBeNull();
    await screen.findByText('Not Rust? (1)');
  });

  it('does not count posts folded as not Rust among those the filters hide', async () => {
    renderPopup({
      posts: [
        makePost(0, {
          judgement: { verdict: 'spam', reasons: [{ key: 'relevanceAdPhone' }], version: 1 },
        }),
        makePost(1, { tags: ['career'] }),
        makePost(2, { unread: 0 }),
      ],
      hidden: (p) => p.tags.includes('career'),
    });
    expect(await screen.findByRole('heading', { name: 'All caught up' })).toBeTruthy();
    // From the status alone, whether or not the Not Rust? section is read yet.
    expect(await screen.findByText(/1 unread post is hidden by your filters/)).toBeTruthy();
    expect(screen.queryByText(/2 unread posts are hidden/)).toBeNull();
    await screen.findByText('Not Rust? (1)');
  });

  it('counts unread posts the filters hide when caught up, with the options link', async () => {
    const { source } = renderPopup({
      posts: [makePost(0, { tags: ['career'] }), makePost(1, { unread: 0 })],
      hidden: (p) => p.tags.includes('career'),
    });
    expect(await screen.findByRole('heading', { name: 'All caught up' })).toBeTruthy();
    expect(screen.getByText(/1 unread post is hidden by your filters/)).toBeTruthy();
    fireEvent.click(screen.getByRole('link', { name: 'Change filters in Options' }));
    expect(source.openOptions).toHaveBeenCalled();
  });

  it('shows the last failure in plain words with the retry time, and drops it after a success', async () => {
    const { feed, emit } = renderPopup({
      posts: [makePost(0)],
      status: {
        failures: [failure('DEV did not answer (HTTP 503)', NOW + 10 * 60_000)],
      },
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('DEV did not answer (HTTP 503) — retrying in 10 minutes');
    Object.assign(feed, { failures: [], lastSuccessAt: NOW });
    emit('poll-finished');
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(screen.getByText(/Updated/).textContent).toBe('Updated now');
  });

  it('shows the alert on first run when the first poll failed', async () => {
    renderPopup({
      posts: [],
      status: {
        lastSuccessAt: null,
        failures: [failure('DEV could not be reached (network error)', NOW + 60_000)],
      },
    });
    expect(await screen.findByRole('heading', { name: 'No posts yet' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toMatch(
      /^DEV could not be reached \(network error\) — retrying/,
    );
  });

  it('shows progress while Refresh runs and re-reads when it ends', async () => {
    const { source, posts, finishRefresh } = renderPopup({ posts: [makePost(1)] });
    await screen.findByRole('listitem');
    const refresh = screen.getByRole('button', { name: 'Refresh' });
    fireEvent.click(refresh);
    expect(source.refresh).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(refresh.getAttribute('aria-disabled')).toBe('true'));
    expect(screen.getByText('Checking your sources for new posts…')).toBeTruthy();
    // A second click while it runs does not ask again.
    fireEvent.click(refresh);
    expect(source.refresh).toHaveBeenCalledTimes(1);
    posts.unshift(makePost(0, { title: 'New one' }));
    finishRefresh({ status: 'updated' });
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(2));
    expect(refresh.getAttribute('aria-disabled')).toBe('false');
    expect(screen.queryByText('Checking your sources for new posts…')).toBeNull();
  });
});
