// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/preact';
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { Popup } from '@/components/popup/popup';
import { FIRST_FRAME_POSTS, PAGE_SIZE } from '@/components/popup/use-post-pages';
import { TranslatorProvider } from '@/components/shared/translator-context';
import { english } from '@/utils/i18n/english';
import type { PopupPost } from '@/utils/popup/popup-post';
import type { Sanitizer } from '@/utils/sanitize/safe-html';
import { createFakeSource, makePost, NOW } from './fake-source';
import { renderPopup } from './render-popup';

// What happens as the popup opens: the first page before anything else.
describe('Popup open', () => {
  it('shows the first page the entrypoint started reading, without reading it again', async () => {
    const early = [makePost(0, { title: 'Read before the first render' })];
    const { source } = renderPopup({ posts: [makePost(0)] }, { firstPage: Promise.resolve(early) });
    expect(await screen.findByText('Read before the first render')).toBeTruthy();
    expect(source.listPage).not.toHaveBeenCalled();
  });

  it('shows a first page already read in its very first render, with no read of its own', () => {
    const ready = [makePost(0, { title: 'On screen with the frame' }), makePost(1)];
    const { source } = renderPopup({ posts: [makePost(0)] }, { firstPage: ready });
    // Synchronously: the posts are part of the first commit, not of a later one.
    expect(screen.getByText('On screen with the frame')).toBeTruthy();
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(source.listPage).not.toHaveBeenCalled();
  });

  it('after a first page already read, a view change reads from the source again', async () => {
    const { source } = renderPopup(
      { posts: [makePost(0), makePost(1, { unread: 0, title: 'Read before' })] },
      { firstPage: [makePost(0)] },
    );
    screen.getByRole('button', { name: /^all/i }).click();
    expect(await screen.findByText('Read before')).toBeTruthy();
    expect(source.listPage).toHaveBeenCalledTimes(1);
  });

  it('reads the header’s counts (and the badge) only once the first page is shown', async () => {
    let deliver!: (posts: PopupPost[]) => void;
    const firstPage = new Promise<PopupPost[]>((resolve) => (deliver = resolve));
    const { source } = renderPopup({ posts: [makePost(0), makePost(1)] }, { firstPage });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(source.loadStatus).not.toHaveBeenCalled();

    deliver([makePost(0), makePost(1)]);
    expect(await screen.findByText('2 unread')).toBeTruthy();
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(source.loadStatus).toHaveBeenCalledTimes(1);
  });

  it('reads the counts after the first page on its own too, and the empty state waits for them', async () => {
    const { source } = renderPopup({ posts: [makePost(0, { unread: 0 })] });
    expect(await screen.findByRole('heading', { name: 'All caught up' })).toBeTruthy();
    await waitFor(() => expect(source.loadStatus).toHaveBeenCalledTimes(1));
    expect(source.listPage.mock.invocationCallOrder[0]).toBeLessThan(
      source.loadStatus.mock.invocationCallOrder[0]!,
    );
  });

  it('draws the first posts alone in the first frame, and the rest of the page right after', async () => {
    const posts = Array.from({ length: PAGE_SIZE }, (_, index) => makePost(index));
    const { source } = createFakeSource({ posts });
    const app = document.body.appendChild(document.createElement('div'));
    // Preact's own render, not testing-library's: act() would run the effects before we look.
    render(
      <TranslatorProvider value={english}>
        <Popup
          source={source}
          firstPage={posts}
          loadSanitizer={vi.fn<() => Promise<Sanitizer>>()}
          clock={() => NOW}
        />
      </TranslatorProvider>,
      app,
    );
    try {
      // What the first frame paints: the first posts, in order, and no "Show more" yet.
      const firstFrame = [...app.querySelectorAll('li.post .post-title')].map((a) => a.textContent);
      expect(firstFrame).toEqual(posts.slice(0, FIRST_FRAME_POSTS).map((post) => post.title));
      expect(app.querySelector('.load-more')).toBeNull();

      await waitFor(() => expect(app.querySelectorAll('li.post')).toHaveLength(PAGE_SIZE));
      expect(app.querySelector('.load-more')).not.toBeNull();
    } finally {
      render(null, app);
      app.remove();
    }
  });
});
