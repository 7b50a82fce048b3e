import { describe, expect, it, vi } from 'vitest';
import { putFeedState } from '@/utils/db/feed-state';
import type { StoredPost } from '@/utils/db/schema';
import type { PopupPost } from '@/utils/popup/popup-post';
import type { PageQuery } from '@/utils/popup/popup-source';
import { curatedToSource, findCuratedSource } from '@/utils/sources/curated-sources';
import { devTagSource } from '@/utils/sources/source';
import { feedStateAfterPoll, HOUR, NOW, storedPost } from '../db/helpers';
import { badge, ids, setupRealSource } from './real-source';

const DEV_RUST = devTagSource('rust');
const REDDIT = curatedToSource(findCuratedSource('curated:reddit-rust')!, true);
const BLOG = curatedToSource(findCuratedSource('curated:rust-blog')!, true);

/**
 * 30 posts, one an hour: every third from r/rust, the others DEV's (half of those stored
 * before sources existed, without sourceId); the sixth of each ten is read; a few r/rust
 * posts are about tokio.
 */
function mixedPosts(): StoredPost[] {
  return Array.from({ length: 30 }, (_, i) => {
    const id = `p${String(i).padStart(2, '0')}`;
    const reddit = i % 3 === 2;
    return storedPost(id, {
      sortAt: NOW - (i + 1) * HOUR,
      url: reddit ? `https://www.reddit.com/r/rust/comments/${id}/` : `https://dev.to/x/${id}`,
      title: i % 6 === 2 ? `Tokio tips ${id}` : `Post ${id}`,
      // Every stored post names its source (the v3 upgrade gave older ones dev:rust).
      sourceId: reddit ? REDDIT.id : DEV_RUST.id,
      ...(i % 10 === 5 ? { unread: 0 as const, readAt: NOW } : {}),
    });
  });
}
const REDDIT_IDS = ['p02', 'p05', 'p08', 'p11', 'p14', 'p17', 'p20', 'p23', 'p26', 'p29'];

/** Every page of a query, `limit` at a time, as the list's "show more" reads them. */
async function pages(
  listPage: (query: PageQuery) => Promise<PopupPost[]>,
  query: Omit<PageQuery, 'after'>,
): Promise<string[][]> {
  const all: string[][] = [];
  let after: PopupPost | undefined;
  for (;;) {
    const page = await listPage({ ...query, after });
    if (page.length > 0) all.push(ids(page));
    if (page.length < query.limit) return all;
    after = page.at(-1);
  }
}

describe('createPopupSource with several sources', () => {
  it('names each post’s source: listed title, DEV #rust for old posts, a removed source’s host', async () => {
    const { source } = await setupRealSource({
      sources: [DEV_RUST, REDDIT],
      posts: [
        storedPost('reddit', { sortAt: NOW - HOUR, sourceId: REDDIT.id }),
        storedPost('old-dev', { sortAt: NOW - 2 * HOUR }),
        storedPost('gone', {
          sortAt: NOW - 3 * HOUR,
          sourceId: 'custom:feedfacefeedface',
          url: 'https://www.example.org/a-post',
        }),
        storedPost('blog', { sortAt: NOW - 4 * HOUR, sourceId: BLOG.id }),
      ],
    });
    const page = await source.listPage({ unreadOnly: false, search: '', limit: 20 });
    expect(page.map((post) => [post.id, post.sourceTitle])).toEqual([
      ['reddit', 'r/rust'],
      ['old-dev', 'DEV #rust'],
      ['gone', 'example.org'],
      ['blog', 'Rust Blog'],
    ]);
  });

  it('narrows the list to one source and pages through it across the others’ posts', async () => {
    const { source } = await setupRealSource({ sources: [DEV_RUST, REDDIT], posts: mixedPosts() });
    const listPage = source.listPage.bind(source);

    expect(
      await pages(listPage, { unreadOnly: false, search: '', sourceId: REDDIT.id, limit: 4 }),
    ).toEqual([REDDIT_IDS.slice(0, 4), REDDIT_IDS.slice(4, 8), REDDIT_IDS.slice(8)]);
    const dev = (
      await pages(listPage, { unreadOnly: false, search: '', sourceId: 'dev:rust', limit: 7 })
    ).flat();
    expect(dev).toHaveLength(20);
    expect(dev.some((id) => REDDIT_IDS.includes(id))).toBe(false);
    // '' is every source.
    expect(
      (await pages(listPage, { unreadOnly: false, search: '', sourceId: '', limit: 8 })).flat(),
    ).toHaveLength(30);
  });

  it('composes the source with Unread and the search', async () => {
    const { source } = await setupRealSource({ sources: [DEV_RUST, REDDIT], posts: mixedPosts() });
    const query = { search: '', sourceId: REDDIT.id, limit: 3 };
    // p05, p15 and p25 are read; p05 is r/rust's.
    expect((await pages(source.listPage, { ...query, unreadOnly: true })).flat()).toEqual(
      REDDIT_IDS.filter((id) => id !== 'p05'),
    );
    expect(
      await source.listPage({ ...query, unreadOnly: false, search: 'tokio', limit: 20 }).then(ids),
    ).toEqual(['p02', 'p08', 'p14', 'p20', 'p26']);
  });

  it('counts the chosen source in the header, while the badge keeps counting every source', async () => {
    const { source } = await setupRealSource({
      sources: [DEV_RUST, REDDIT],
      posts: mixedPosts(),
      settings: { titleKeywords: ['tokio'] },
    });
    const all = await source.loadStatus();
    expect(all).toMatchObject({ sourceId: '', unread: 22, unreadTotal: 27, storedCount: 30 });
    const reddit = await source.loadStatus(REDDIT.id);
    // r/rust: 10 posts, p05 read, 5 about tokio hidden by the keyword.
    expect(reddit).toMatchObject({
      sourceId: REDDIT.id,
      unread: 4,
      unreadTotal: 9,
      storedCount: 30,
    });
    expect(await badge()).toBe('22');
  });

  it('counts the chosen source from its index when no filter is set', async () => {
    const { source } = await setupRealSource({ sources: [DEV_RUST, REDDIT], posts: mixedPosts() });
    const cursors = vi.spyOn(IDBIndex.prototype, 'openCursor');
    // r/rust: 10 posts, p05 read.
    expect(await source.loadStatus(REDDIT.id)).toMatchObject({ unread: 9, unreadTotal: 9 });
    expect(cursors).not.toHaveBeenCalled();
  });

  it('marks read only the chosen source’s shown posts', async () => {
    const { source } = await setupRealSource({ sources: [DEV_RUST, REDDIT], posts: mixedPosts() });
    const changed = await source.markAllRead(REDDIT.id);
    expect(changed.sort()).toEqual(REDDIT_IDS.filter((id) => id !== 'p05'));
    expect((await source.loadStatus()).unread).toBe(18);
    expect(
      ids(await source.listPage({ unreadOnly: true, search: '', sourceId: REDDIT.id, limit: 20 })),
    ).toEqual([]);
  });

  it('reports every failing enabled source, the sources to filter by and the latest update', async () => {
    const { db, source } = await setupRealSource({
      sources: [DEV_RUST, REDDIT, { ...BLOG, enabled: false }],
      posts: mixedPosts(),
    });
    await putFeedState(db, {
      ...feedStateAfterPoll(NOW - 2 * HOUR, {
        lastError: { message: 'DEV did not answer (HTTP 503)', at: NOW, status: 503 },
        nextPollAt: NOW + 2 * HOUR,
      }),
      sourceId: DEV_RUST.id,
    });
    await putFeedState(db, {
      ...feedStateAfterPoll(NOW - HOUR, {
        url: REDDIT.feedUrl,
        lastError: { message: 'r/rust did not answer (HTTP 500)', at: NOW, status: 500 },
        nextPollAt: NOW + HOUR,
      }),
      lastSuccessAt: NOW - 3 * HOUR,
      sourceId: REDDIT.id,
    });
    // Switched off: its failure is old news, and it never stored anything.
    await putFeedState(db, {
      ...feedStateAfterPoll(NOW, {
        url: BLOG.feedUrl,
        lastSuccessAt: null,
        lastError: { message: 'Rust Blog did not answer (HTTP 404)', at: NOW, status: 404 },
      }),
    });
    const status = await source.loadStatus();
    expect(status.failures).toEqual([
      {
        sourceId: DEV_RUST.id,
        title: 'DEV #rust',
        error: { message: 'DEV did not answer (HTTP 503)', at: NOW, status: 503 },
        nextPollAt: NOW + 2 * HOUR,
      },
      {
        sourceId: REDDIT.id,
        title: 'r/rust',
        error: { message: 'r/rust did not answer (HTTP 500)', at: NOW, status: 500 },
        nextPollAt: NOW + HOUR,
      },
    ]);
    expect(status.sources).toEqual([
      { id: 'dev:rust', title: 'DEV #rust' },
      { id: REDDIT.id, title: 'r/rust' },
    ]);
    expect(status.lastSuccessAt).toBe(NOW - 2 * HOUR);
  });

  it('reads the source list once, and again after the worker announces a change', async () => {
    const { source, loadSources, current, deliver } = await setupRealSource({
      sources: [DEV_RUST],
      posts: [storedPost('r', { sortAt: NOW - HOUR, sourceId: REDDIT.id })],
    });
    source.subscribe(() => {});
    const query = { unreadOnly: false, search: '', limit: 20 };
    expect((await source.listPage(query))[0]?.sourceTitle).toBe('r/rust');
    await source.listPage(query);
    await source.loadStatus();
    expect(loadSources).toHaveBeenCalledTimes(1);

    current.sources = [DEV_RUST, { ...REDDIT, title: 'Reddit: Rust' }];
    deliver({ type: 'radar:changed', reason: 'poll-started' });
    expect((await source.listPage(query))[0]?.sourceTitle).toBe('Reddit: Rust');
    expect(loadSources).toHaveBeenCalledTimes(2);
  });

  it('offers the enabled sources at open, from the source list the first page read', async () => {
    const disabled = { ...REDDIT, enabled: false };
    const { source, loadSources } = await setupRealSource({ sources: [DEV_RUST, disabled] });
    await source.listPage({ unreadOnly: true, search: '', limit: 20 });

    expect(await source.sourceOptionsAtOpen()).toEqual([
      { id: DEV_RUST.id, title: DEV_RUST.title },
    ]);
    expect(loadSources).toHaveBeenCalledTimes(1);
  });
});
