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
import { createFakeSource, failure, makePost, NOW } from './fake-source';
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

// The moment the entrypoint keeps a copy of the first frame (utils/popup/first-frame.ts): the
// calm opening state only, once, never a frame with an alert or the reader's own changes.
describe('Popup onOpeningShown', () => {
  it('fires once, with the element rendered into, when the opening state is complete', async () => {
    const onOpeningShown = vi.fn();
    const { container } = renderPopup({ posts: [makePost(0), makePost(1)] }, { onOpeningShown });
    await waitFor(() => expect(onOpeningShown).toHaveBeenCalledTimes(1));
    expect(onOpeningShown).toHaveBeenCalledWith(container);
    expect(screen.getByText('2 unread')).toBeTruthy();

    screen.getByRole('button', { name: /^all/i }).click();
    screen.getByRole('button', { name: /^unread/i }).click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(onOpeningShown).toHaveBeenCalledTimes(1);
  });

  it('does not fire while a source failed to load (the alert is not for keeping)', async () => {
    const onOpeningShown = vi.fn();
    renderPopup(
      {
        posts: [makePost(0)],
        status: {
          failures: [failure('DEV did not answer (HTTP 503)', NOW + 10 * 60_000)],
        },
      },
      { onOpeningShown },
    );
    expect(await screen.findByRole('alert')).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(onOpeningShown).not.toHaveBeenCalled();
  });

  it('does not fire while a poll is running', async () => {
    const onOpeningShown = vi.fn();
    renderPopup({ posts: [makePost(0)], polling: true }, { onOpeningShown });
    expect(await screen.findByText('1 unread')).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(onOpeningShown).not.toHaveBeenCalled();
  });
});
