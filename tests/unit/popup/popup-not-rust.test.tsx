// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { makePost } from './fake-source';
import { renderPopup } from './render-popup';

// Issue 15: posts the judge folds wait at the end of the list in "Not Rust? (N)", with the
// reasons and "This is Rust"; every listed post has "Not Rust".
const COURIER = makePost(0, {
  title: 'PKG2DAY Courier Services Explained',
  judgement: { verdict: 'spam', reasons: [{ key: 'relevanceAdPhone' }], version: 1 },
});
const GENUINE = makePost(1, { title: 'Borrowing in async Rust' });
const OTHER = makePost(2, { title: 'Tokio tasks in depth' });

const listed = () =>
  within(screen.getByRole('list', { name: 'Unread posts' }))
    .getAllByRole('link')
    .map((link) => link.textContent);

describe('the popup’s Not Rust? section', () => {
  it('lists folded posts apart, closed, with their count and reasons', async () => {
    renderPopup({ posts: [COURIER, GENUINE, OTHER] });

    await waitFor(() => expect(listed()).toEqual([GENUINE.title, OTHER.title]));
    const summary = await screen.findByText('Not Rust? (1)');
    fireEvent.click(summary);
    const folded = await screen.findByRole('list', { name: "Posts that don't look like Rust" });
    expect(within(folded).getByRole('link').textContent).toBe(COURIER.title);
    expect(within(folded).getByText(/Gives a phone number/)).toBeTruthy();
  });

  it('moves a post on “Not Rust” at once, and back on “This is Rust”', async () => {
    const { source } = renderPopup({ posts: [COURIER, GENUINE, OTHER] });
    await waitFor(() => expect(listed()).toEqual([GENUINE.title, OTHER.title]));

    fireEvent.click(screen.getAllByRole('button', { name: 'Not Rust' })[0]!);
    await waitFor(() => expect(listed()).toEqual([OTHER.title]));
    expect(source.correct).toHaveBeenCalledWith(GENUINE.id, 'not-rust');
    fireEvent.click(await screen.findByText('Not Rust? (2)'));

    const folded = await screen.findByRole('list', { name: "Posts that don't look like Rust" });
    fireEvent.click(within(folded).getAllByRole('button', { name: 'This is Rust' })[0]!);
    await waitFor(() => expect(listed()).toEqual([COURIER.title, OTHER.title]));
    expect(source.correct).toHaveBeenCalledWith(COURIER.id, 'rust');
  });

  it('says “Not Rust” on the current post with x', async () => {
    const { source } = renderPopup({ posts: [GENUINE, OTHER] });
    await waitFor(() => expect(listed()).toEqual([GENUINE.title, OTHER.title]));

    fireEvent.keyDown(document.activeElement ?? document.body, { key: 'j' });
    fireEvent.keyDown(document.activeElement ?? document.body, { key: 'x' });
    await waitFor(() => expect(source.correct).toHaveBeenCalledWith(GENUINE.id, 'not-rust'));
    await screen.findByText('Not Rust? (1)');
  });

  it('lists a saved post the judge folds in the Saved view, with no Not Rust? section there', async () => {
    const savedCourier = { ...COURIER, savedAt: COURIER.sortAt };
    const { source } = renderPopup({ posts: [savedCourier, GENUINE, OTHER] });
    await screen.findByText('Not Rust? (1)');

    fireEvent.click(screen.getByRole('button', { name: 'Saved' }));
    const saved = await screen.findByRole('list', { name: 'Saved posts' });
    await waitFor(() =>
      expect(
        within(saved)
          .getAllByRole('link')
          .map((link) => link.textContent),
      ).toEqual([COURIER.title]),
    );
    await waitFor(() => expect(screen.queryByText(/^Not Rust\? \(/)).toBeNull());
    // Neither view read the folded posts: the Unread view's count is the header's, and the
    // Saved view has no section.
    expect(source.listFolded).not.toHaveBeenCalled();
  });

  it('shows no section when nothing is folded', async () => {
    renderPopup({ posts: [GENUINE, OTHER] });
    await waitFor(() => expect(listed()).toEqual([GENUINE.title, OTHER.title]));
    expect(screen.queryByText(/Not Rust\?/)).toBeNull();
  });

  it('counts the section from the header at open and reads its posts only when it opens', async () => {
    const SPAM = makePost(3, {
      title: 'Buy followers now',
      judgement: { verdict: 'spam', reasons: [{ key: 'relevanceAdPhone' }], version: 1 },
    });
    const { source, emit } = renderPopup({ posts: [COURIER, GENUINE, OTHER, SPAM] });
    const summary = await screen.findByText('Not Rust? (2)');
    expect(source.loadStatus).toHaveBeenCalled();
    expect(source.listFolded).not.toHaveBeenCalled();

    fireEvent.click(summary);
    const folded = await screen.findByRole('list', { name: "Posts that don't look like Rust" });
    expect(
      within(folded)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([COURIER.title, SPAM.title]);
    expect(source.listFolded).toHaveBeenCalledTimes(1);
    expect(source.listFolded).toHaveBeenCalledWith({ unreadOnly: true, search: '', sourceId: '' });

    // Once opened, the section is kept current like the list: a change re-reads it.
    emit('read-state');
    await waitFor(() => expect(source.listFolded).toHaveBeenCalledTimes(2));
  });

  it('reads the posts at once where the header cannot count them: the All view, a search', async () => {
    const readCourier = { ...COURIER, unread: 0 as const };
    const { source } = renderPopup({ posts: [readCourier, GENUINE, OTHER] });
    await waitFor(() => expect(listed()).toEqual([GENUINE.title, OTHER.title]));
    // Unread: the only folded post is read, so there is no section.
    expect(screen.queryByText(/^Not Rust\? \(/)).toBeNull();
    expect(source.listFolded).not.toHaveBeenCalled();

    // All: read posts count too, so the section's posts are read for its count.
    fireEvent.click(screen.getByRole('button', { name: 'All' }));
    await screen.findByText('Not Rust? (1)');
    expect(source.listFolded).toHaveBeenLastCalledWith({
      unreadOnly: false,
      search: '',
      sourceId: '',
    });

    // Back in Unread, the All view's list is not this view's: the header's count (0) again.
    fireEvent.click(screen.getByRole('button', { name: 'Unread' }));
    await waitFor(() => expect(screen.queryByText(/^Not Rust\? \(/)).toBeNull());
  });

  it('counts a search’s folded posts from the posts themselves', async () => {
    const { source } = renderPopup({ posts: [COURIER, GENUINE, OTHER] });
    await screen.findByText('Not Rust? (1)');
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'tokio' } });
    await waitFor(() =>
      expect(source.listFolded).toHaveBeenLastCalledWith({
        unreadOnly: true,
        search: 'tokio',
        sourceId: '',
      }),
    );
    await waitFor(() => expect(screen.queryByText(/^Not Rust\? \(/)).toBeNull());
  });
});
