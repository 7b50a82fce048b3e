import { describe, expect, it, vi } from 'vitest';
import {
  countPosts,
  countUnread,
  listPosts,
  type ListPostsQuery,
} from '../../../utils/db/list-posts';
import type { RadarDb } from '../../../utils/db/open-db';
import type { StoredPost } from '../../../utils/db/schema';
import {
  HOUR,
  INDEX_READERS,
  NOW,
  SHOWING_ALL,
  hidingTag,
  openTestDb,
  readIndexesWith,
  seedPosts,
  storedPost,
} from './helpers';

/**
 * 14 posts: several share a sort time (posts from one poll without dates do), read and
 * unread mixed. Listed newest first, ties in reverse id order.
 */
function seed(): StoredPost[] {
  const at = (hours: number) => NOW - hours * HOUR;
  return [
    storedPost('a', { sortAt: at(1) }),
    storedPost('b', { sortAt: at(2), unread: 0, readAt: NOW }),
    storedPost('c', { sortAt: at(2) }),
    storedPost('d', { sortAt: at(2) }),
    storedPost('e', { sortAt: at(2), unread: 0, readAt: NOW }),
    storedPost('f', { sortAt: at(2) }),
    storedPost('g', { sortAt: at(3), tags: ['rust', 'career'] }),
    storedPost('h', { sortAt: at(4) }),
    storedPost('i', { sortAt: at(4), unread: 0, readAt: NOW }),
    storedPost('j', { sortAt: at(4), tags: ['career'] }),
    storedPost('k', { sortAt: at(5) }),
    storedPost('l', { sortAt: at(6), unread: 0, readAt: NOW }),
    storedPost('m', { sortAt: at(6), tags: ['career'] }),
    storedPost('n', { sortAt: at(7) }),
  ];
}
const NEWEST_FIRST = ['a', 'f', 'e', 'd', 'c', 'b', 'g', 'j', 'i', 'h', 'k', 'm', 'l', 'n'];
const UNREAD_NEWEST_FIRST = ['a', 'f', 'd', 'c', 'g', 'j', 'h', 'k', 'm', 'n'];
const notCareer = (post: Pick<StoredPost, 'tags'>) => !post.tags.includes('career');

async function seededDb(): Promise<RadarDb> {
  const db = await openTestDb();
  await seedPosts(db, seed());
  return db;
}

/** Pages through everything the way the popup's "show more" does. */
async function allPages(db: RadarDb, query: Omit<ListPostsQuery, 'after'>): Promise<string[][]> {
  const pages: string[][] = [];
  let after: StoredPost | undefined;
  for (;;) {
    const page = await listPosts(db, { ...query, after });
    if (page.length === 0) return pages;
    pages.push(page.map((post) => post.id));
    after = page.at(-1);
    if (pages.length > 50) throw new Error('paging never ends');
  }
}

// Every case runs on both paths: batched reads and a cursor.
describe.each(INDEX_READERS)('listPosts with %s', (reader) => {
  readIndexesWith(reader);

  it('lists every post newest first', async () => {
    const db = await seededDb();

    expect((await listPosts(db)).map((post) => post.id)).toEqual(NEWEST_FIRST);
  });

  it('lists at most 50 posts by default', async () => {
    const db = await openTestDb();
    await seedPosts(
      db,
      Array.from({ length: 60 }, (_, i) =>
        storedPost(`p${String(i).padStart(2, '0')}`, { sortAt: NOW - i }),
      ),
    );

    const page = await listPosts(db);

    expect(page).toHaveLength(50);
    expect(page[0]?.id).toBe('p00');
    expect(page[49]?.id).toBe('p49');
  });

  it.each<[string, ListPostsQuery, string[]]>([
    ['unread only', { unreadOnly: true }, UNREAD_NEWEST_FIRST],
    ['a limit', { limit: 3 }, NEWEST_FIRST.slice(0, 3)],
    ['a filter', { accept: notCareer }, NEWEST_FIRST.filter((id) => !'gjm'.includes(id))],
    [
      'a filter and a limit (rejected posts do not count)',
      { accept: notCareer, limit: 8 },
      ['a', 'f', 'e', 'd', 'c', 'b', 'i', 'h'],
    ],
    [
      'unread only with a filter',
      { unreadOnly: true, accept: notCareer },
      UNREAD_NEWEST_FIRST.filter((id) => !'gjm'.includes(id)),
    ],
    ['after a post', { after: { sortAt: NOW - 4 * HOUR, id: 'i' } }, ['h', 'k', 'm', 'l', 'n']],
    [
      'unread only after a read post',
      { unreadOnly: true, after: { sortAt: NOW - 2 * HOUR, id: 'e' } },
      ['d', 'c', 'g', 'j', 'h', 'k', 'm', 'n'],
    ],
  ])('lists newest first with %s', async (_name, query, expected) => {
    const db = await seededDb();

    expect((await listPosts(db, query)).map((post) => post.id)).toEqual(expected);
  });

  it.each([1, 2, 3, 4, 5, 13, 14, 20])(
    'pages of %i return every post exactly once, in order, across equal sort times',
    async (limit) => {
      const db = await seededDb();

      const pages = await allPages(db, { limit });

      expect(pages.flat()).toEqual(NEWEST_FIRST);
      expect(pages.slice(0, -1).every((page) => page.length === limit)).toBe(true);
    },
  );

  it.each([1, 2, 3, 4])(
    'unread pages of %i return every unread post exactly once, in order',
    async (limit) => {
      const db = await seededDb();

      expect((await allPages(db, { limit, unreadOnly: true })).flat()).toEqual(UNREAD_NEWEST_FIRST);
    },
  );

  it.each([1, 2, 3])('filtered pages of %i return every kept post exactly once', async (limit) => {
    const db = await seededDb();

    expect((await allPages(db, { limit, accept: notCareer })).flat()).toEqual(
      NEWEST_FIRST.filter((id) => !'gjm'.includes(id)),
    );
  });

  it('continues correctly when the last post of the previous page was deleted meanwhile', async () => {
    const db = await seededDb();
    const first = await listPosts(db, { limit: 3 });
    await db.delete('posts', first[2]!.id);

    const next = await listPosts(db, { limit: 3, after: first[2] });

    expect(first.map((post) => post.id)).toEqual(['a', 'f', 'e']);
    expect(next.map((post) => post.id)).toEqual(['d', 'c', 'b']);
  });

  it('reads one source from its own index, paging across the other sources’ posts', async () => {
    const db = await openTestDb();
    await seedPosts(
      db,
      Array.from({ length: 40 }, (_, i) =>
        storedPost(`p${String(i).padStart(2, '0')}`, {
          sortAt: NOW - i * HOUR,
          sourceId: i % 4 === 0 ? 'curated:rust-blog' : 'dev:rust',
          ...(i % 8 === 4 ? { unread: 0 as const, readAt: NOW } : {}),
        }),
      ),
    );
    const seen: string[] = [];
    const accept = (post: StoredPost) => {
      seen.push(post.sourceId ?? '');
      return true;
    };

    const blog = await allPages(db, { sourceId: 'curated:rust-blog', limit: 3, accept });
    const unreadBlog = await allPages(db, {
      sourceId: 'curated:rust-blog',
      unreadOnly: true,
      limit: 2,
    });

    const everyFourth = Array.from({ length: 10 }, (_, i) => `p${String(i * 4).padStart(2, '0')}`);
    expect(blog.flat()).toEqual(everyFourth);
    expect(unreadBlog.flat()).toEqual(everyFourth.filter((_, i) => i % 2 === 0));
    // Only the chosen source's posts were read at all.
    expect(new Set(seen)).toEqual(new Set(['curated:rust-blog']));
    expect(await countUnread(db, undefined, 'curated:rust-blog')).toBe(5);
    expect(await countUnread(db, SHOWING_ALL, 'curated:rust-blog')).toBe(5);
    expect(await countUnread(db, undefined, 'dev:rust')).toBe(30);
  });

  it('pages through a run of equal sort times longer than a page', async () => {
    const db = await openTestDb();
    const ids = Array.from({ length: 12 }, (_, i) => `t${String(i).padStart(2, '0')}`);
    await seedPosts(db, [
      ...ids.map((id) => storedPost(id, { sortAt: NOW })),
      storedPost('older', { sortAt: NOW - HOUR }),
    ]);

    const pages = await allPages(db, { limit: 5 });

    expect(pages.flat()).toEqual([...ids].reverse().concat('older'));
  });

  it('finds a page through a long stretch the filter rejects', async () => {
    const db = await openTestDb();
    await seedPosts(db, [
      ...Array.from({ length: 600 }, (_, i) =>
        storedPost(`hidden${i}`, { sortAt: NOW - i, tags: ['career'] }),
      ),
      storedPost('kept1', { sortAt: NOW - 1000 }),
      storedPost('kept2', { sortAt: NOW - 1001 }),
    ]);

    const page = await listPosts(db, { limit: 20, accept: notCareer });

    expect(page.map((post) => post.id)).toEqual(['kept1', 'kept2']);
  });

  it('returns nothing from an empty store', async () => {
    const db = await openTestDb();

    expect(await listPosts(db, { unreadOnly: true })).toEqual([]);
  });

  it('answers once its reads succeed, without waiting for the transaction to finish', async () => {
    const db = await seededDb();
    // Transactions that never report finishing (idb's `done` waits for 'complete'): the page
    // must not wait for its own.
    const listen = IDBTransaction.prototype.addEventListener;
    vi.spyOn(IDBTransaction.prototype, 'addEventListener').mockImplementation(function (
      this: IDBTransaction,
      ...args: Parameters<typeof listen>
    ) {
      if (args[0] !== 'complete') listen.apply(this, args);
    });
    const waited = new Promise<'waited'>((resolve) => setTimeout(() => resolve('waited'), 500));

    const page = await Promise.race([listPosts(db, { unreadOnly: true, limit: 5 }), waited]);

    expect(page).not.toBe('waited');
    expect((page as StoredPost[]).map((post) => post.id)).toEqual(UNREAD_NEWEST_FIRST.slice(0, 5));
  });
});

describe('listPosts round trips', () => {
  it('reads the first page in one request where getAllRecords exists, without a cursor', async () => {
    const db = await seededDb();
    const batches = vi.spyOn(
      IDBIndex.prototype as unknown as { getAllRecords(): unknown },
      'getAllRecords',
    );
    const cursors = vi.spyOn(IDBIndex.prototype, 'openCursor');
    try {
      const page = await listPosts(db, { unreadOnly: true, limit: 5 });

      expect(page.map((post) => post.id)).toEqual(UNREAD_NEWEST_FIRST.slice(0, 5));
      expect(batches).toHaveBeenCalledTimes(1);
      expect(cursors).not.toHaveBeenCalled();
    } finally {
      batches.mockRestore();
      cursors.mockRestore();
    }
  });
});

describe('countUnread', () => {
  it('counts every unread post without a filter', async () => {
    const db = await seededDb();

    expect(await countUnread(db)).toBe(UNREAD_NEWEST_FIRST.length);
  });

  it('counts only the unread posts the filter keeps', async () => {
    const db = await seededDb();

    expect(await countUnread(db, hidingTag('career'))).toBe(7);
  });

  it('counts zero in an empty store, with or without a filter', async () => {
    const db = await openTestDb();

    expect([await countUnread(db), await countUnread(db, SHOWING_ALL)]).toEqual([0, 0]);
  });
});

describe('countPosts', () => {
  it('counts read and unread posts', async () => {
    const db = await seededDb();

    expect(await countPosts(db)).toBe(14);
  });
});
