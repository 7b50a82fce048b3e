import { describe, expect, it } from 'vitest';
import { setPostRead } from '../../../utils/db/read-state';
import { storePollResult } from '../../../utils/db/store-poll-result';
import { emptyFeedState } from '../../../utils/db/feed-state';
import type { FeedItem } from '../../../utils/feed/post';
import type { RadarDb } from '../../../utils/db/open-db';
import { HOUR, MINUTE, NOW, feedItem, openTestDb, postsById } from './helpers';

const TOKIO_FEED = 'https://dev.to/feed/tag/tokio';
const LOBSTERS_FEED = 'https://lobste.rs/t/rust.rss';
const BLOG_FEED = 'https://example.org/feed.xml';

function store(db: RadarDb, feedUrl: string, sourceId: string, items: FeedItem[], now = NOW) {
  return storePollResult(db, {
    feedUrl,
    sourceId,
    items,
    feedState: { ...emptyFeedState(feedUrl), lastSuccessAt: now },
    now,
    announce: () => 'new',
  });
}

describe('storePollResult across feeds', () => {
  it('keeps one post, read, when a second feed lists the same article', async () => {
    const db = await openTestDb();
    await store(db, 'https://dev.to/feed/tag/rust', 'dev:rust', [feedItem(1)]);
    await setPostRead(db, feedItem(1).id, true, NOW + MINUTE);
    await db.clear('outbox');

    const outcome = await store(db, TOKIO_FEED, 'dev:tokio', [feedItem(1)], NOW + HOUR);

    expect(outcome.added).toEqual([]);
    const posts = await postsById(db);
    expect(posts.size).toBe(1);
    expect(posts.get(feedItem(1).id)).toMatchObject({ unread: 0, sourceId: 'dev:rust' });
    expect(await db.count('outbox')).toBe(0);
  });

  it('finds a link shared on Lobsters by its canonical URL, whatever the guid', async () => {
    const db = await openTestDb();
    await store(db, 'https://dev.to/feed/tag/rust', 'dev:rust', [feedItem(1)]);
    await setPostRead(db, feedItem(1).id, true, NOW + MINUTE);
    const shared = feedItem(1, {
      id: 'https://lobste.rs/s/abc123',
      url: `${feedItem(1).url}?utm_source=lobsters`,
      author: 'someone-else',
    });

    const outcome = await store(db, LOBSTERS_FEED, 'curated:lobsters-rust', [shared], NOW + HOUR);

    expect(outcome).toMatchObject({ added: [], merged: 1 });
    const posts = await postsById(db);
    expect([...posts.keys()]).toEqual([feedItem(1).id]);
    expect(posts.get(feedItem(1).id)?.dupKeys).toContain('ta:post number 1\nsomeone else');
  });

  it('finds a cross-post at another URL by title and author', async () => {
    const db = await openTestDb();
    await store(db, BLOG_FEED, 'custom:blog', [
      feedItem(1, { id: 'tag:example.org,2026:1', url: 'https://example.org/async-rust' }),
    ]);

    const outcome = await store(db, 'https://dev.to/feed/tag/rust', 'dev:rust', [feedItem(1)]);

    expect(outcome).toMatchObject({ added: [], merged: 1 });
    expect([...(await postsById(db)).keys()]).toEqual(['example.org tag:example.org,2026:1']);
  });

  it('stores two copies within one poll once', async () => {
    const db = await openTestDb();
    const copy = feedItem(1, { id: 'https://dev.to/other/copy', url: 'https://dev.to/other/copy' });

    const outcome = await store(db, 'https://dev.to/feed/tag/rust', 'dev:rust', [
      feedItem(1),
      copy,
    ]);

    expect(outcome.added.map((post) => post.id)).toEqual([feedItem(1).id]);
    expect(outcome.merged).toBe(1);
    expect(await db.count('outbox')).toBe(1);
  });

  it('scopes ids that are not URLs to their host, so two forums never collide', async () => {
    const db = await openTestDb();
    const topic = (title: string) =>
      feedItem(1, { id: 'topic-42', url: `https://x.invalid/${title}`, title, author: title });

    await store(db, 'https://users.rust-lang.org/latest.rss', 'a', [topic('one')]);
    await store(db, 'https://forum.example/latest.rss', 'b', [topic('two')]);

    expect([...(await postsById(db)).keys()].sort()).toEqual([
      'forum.example topic-42',
      'users.rust-lang.org topic-42',
    ]);
  });
});

describe('retention across feeds', () => {
  it('never prunes a read post that another feed still lists', async () => {
    const db = await openTestDb();
    const old = feedItem(1, { publishedAt: new Date(NOW - 90 * 24 * HOUR).toISOString() });
    await store(db, 'https://dev.to/feed/tag/rust', 'dev:rust', [old]);
    await setPostRead(db, old.id, true, NOW);

    // The blog's poll adds a post and prunes: the old read DEV post is still in DEV's feed.
    await store(db, BLOG_FEED, 'custom:blog', [feedItem(2, { url: 'https://example.org/2' })]);

    expect((await postsById(db)).get(old.id)).toMatchObject({ unread: 0 });
  });
});
