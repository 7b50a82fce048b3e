import { describe, expect, it } from 'vitest';
import { readAllPosts } from '../../../utils/options/read-all-posts';
import { openTestDb, seedPosts, storedPost } from '../db/helpers';

describe('readAllPosts', () => {
  it('returns every stored post newest first, without summaries', async () => {
    const db = await openTestDb();
    await seedPosts(db, [
      storedPost('old', { sortAt: 1, tags: ['career'] }),
      storedPost('new', { sortAt: 3, tags: ['tokio'] }),
      storedPost('mid', { sortAt: 2, unread: 0, readAt: 5 }),
    ]);
    const posts = await readAllPosts(db);
    expect(posts.map((post) => post.id)).toEqual(['new', 'mid', 'old']);
    expect(Object.keys(posts[0]!).sort()).toEqual(['author', 'id', 'tags', 'title', 'url']);
    expect(posts[0]!.tags).toEqual(['tokio']);
  });

  it('reads an empty store as no posts', async () => {
    expect(await readAllPosts(await openTestDb())).toEqual([]);
  });
});
