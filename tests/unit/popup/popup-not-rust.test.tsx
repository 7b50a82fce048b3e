// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { english } from '@/utils/i18n/english';
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

  it('reads the posts at once where the header cannot count them: the All view', async () => {
    const readCourier = { ...COURIER, unread: 0 as const };
    const { source } = renderPopup({ posts: [readCourier, GENUINE, OTHER] });
    // The header's counts are read: the only folded post is read, so there is no section.
    await screen.findByText(english.plural('popupUnreadCount', 2));
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
  });

  it('never shows another view’s folded posts while this view’s are read', async () => {
    const readCourier = { ...COURIER, unread: 0 as const };
    const { source } = renderPopup({ posts: [readCourier, GENUINE, OTHER] });
    fireEvent.click(await screen.findByRole('button', { name: 'All' }));
    fireEvent.click(await screen.findByText('Not Rust? (1)'));
    await screen.findByRole('list', { name: "Posts that don't look like Rust" });

    // Back in Unread, the open section's posts are read again — and that read never lands.
    source.listFolded.mockImplementationOnce(() => new Promise(() => {}));
    fireEvent.click(screen.getByRole('button', { name: 'Unread' }));
    await waitFor(() =>
      expect(source.listFolded).toHaveBeenLastCalledWith({
        unreadOnly: true,
        search: '',
        sourceId: '',
      }),
    );
    // The All view's read post is not this view's: the header's count (none) meanwhile.
    await waitFor(() => expect(listed()).toEqual([GENUINE.title, OTHER.title]));
    expect(screen.queryByText(/^Not Rust\? \(/)).toBeNull();
    expect(screen.queryByText(readCourier.title)).toBeNull();
  });

  it('counts a search’s folded posts from the posts themselves', async () => {
    const SPAM = makePost(3, {
      title: 'Buy followers now',
      judgement: { verdict: 'spam', reasons: [{ key: 'relevanceAdPhone' }], version: 1 },
    });
    const { source } = renderPopup({ posts: [COURIER, GENUINE, OTHER, SPAM] });
    await screen.findByText('Not Rust? (2)');
    // The header counts two folded posts; the search matches one of them.
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'courier' } });
    await screen.findByText('Not Rust? (1)');
    expect(source.listFolded).toHaveBeenLastCalledWith({
      unreadOnly: true,
      search: 'courier',
      sourceId: '',
    });
  });

  it('keeps the opened section listed when a Refresh begun before it ends', async () => {
    const { source, emit, finishRefresh } = renderPopup({ posts: [COURIER, GENUINE, OTHER] });
    const summary = await screen.findByText('Not Rust? (1)');
    fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(source.refresh).toHaveBeenCalled());

    fireEvent.click(summary);
    await screen.findByRole('list', { name: "Posts that don't look like Rust" });
    // The poll ends (the worker says so before it answers), then the Refresh's answer comes:
    // its reload must read the section the reader opened meanwhile, not drop it.
    emit('poll-finished');
    finishRefresh();
    await waitFor(() => expect(source.listFolded).toHaveBeenCalledTimes(3));
    await Promise.all(source.listFolded.mock.results.map((result) => result.value));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const folded = screen.getByRole('list', { name: "Posts that don't look like Rust" });
    expect(within(folded).getByRole('link').textContent).toBe(COURIER.title);
  });

  it('says “This is Rust” with x only on a folded post the section still lists', async () => {
    const { source } = renderPopup({ posts: [COURIER, GENUINE, OTHER] });
    const summary = await screen.findByText('Not Rust? (1)');
    fireEvent.click(summary);
    const folded = await screen.findByRole('list', { name: "Posts that don't look like Rust" });
    within(folded).getByRole('link').focus();
    await new Promise((resolve) => setTimeout(resolve, 0));

    // The section closes: x no longer says "This is Rust" on the post out of sight.
    fireEvent.click(summary);
    await waitFor(() => expect(screen.queryByRole('list', { name: /look like Rust/ })).toBeNull());
    fireEvent.keyDown(document.body, { key: 'x' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(source.correct).not.toHaveBeenCalled();

    // Open again, the post is in sight: x says it.
    fireEvent.click(summary);
    await screen.findByRole('list', { name: "Posts that don't look like Rust" });
    fireEvent.keyDown(document.body, { key: 'x' });
    await waitFor(() => expect(source.correct).toHaveBeenCalledWith(COURIER.id, 'rust'));
  });

  it('tells an All view of only folded posts from one the filters empty, not both in turn', async () => {
    // The filters hide every post but the folded one.
    const { source } = renderPopup({
      posts: [COURIER, GENUINE, OTHER],
      hidden: (post) => post.id !== COURIER.id,
    });
    await screen.findByRole('heading', { name: 'All caught up' });
    let answer: (posts: Awaited<ReturnType<typeof source.listFolded>>) => void = () => {};
    source.listFolded.mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)));
    fireEvent.click(screen.getByRole('button', { name: 'All' }));
    await waitFor(() => expect(source.listFolded).toHaveBeenCalled());
    // Until the folded posts are read, neither state: "filtered" would be wrong here.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByRole('heading', { name: 'No posts match your filters' })).toBeNull();

    answer([{ ...COURIER }]);
    await screen.findByRole('heading', { name: "Only posts that don't look like Rust" });
    expect(screen.getByText('Not Rust? (1)')).toBeTruthy();
  });
});
