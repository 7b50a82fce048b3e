import { describe, expect, it } from 'vitest';
import { correctPost } from '../../../utils/db/correct-post';
import { clearCorrections, readCorrections } from '../../../utils/db/corrections-store';
import { storePollResult } from '../../../utils/db/store-poll-result';
import { FEED_URL, NOW, feedItem, feedStateAfterPoll, openTestDb, postsById } from './helpers';
import type { RadarDb } from '../../../utils/db/open-db';
import type { FeedItem } from '../../../utils/feed/post';

async function store(db: RadarDb, items: FeedItem[]) {
  const learned = await readCorrections(db);
  await storePollResult(db, {
    feedUrl: FEED_URL,
    sourceId: 'dev:rust',
    items,
    feedState: feedStateAfterPoll(NOW),
    now: NOW,
    judge: {
      source: { kind: 'dev-tag', tag: 'rust' },
      corrections: learned.words,
      authorTrust: learned.authors,
    },
  });
}

describe('correctPost', () => {
  it('keeps the reader’s word on the post and folds the author’s next post', async () => {
    const db = await openTestDb();
    const first = feedItem(1);
    await store(db, [first]);

    expect(await correctPost(db, first.id, 'not-rust')).toBe(true);
    expect((await postsById(db)).get(first.id)!.correction).toBe('not-rust');
    const learned = await readCorrections(db);
    expect(learned.words.docs['not-rust']).toBe(1);
    expect([...learned.authors.values()]).toEqual(['distrust']);

    const next = feedItem(2, { author: first.author, url: first.url.replace(/[^/]+$/, 'next-9z') });
    await store(db, [next]);
    expect((await postsById(db)).get(next.id)!.judgement!.verdict).toBe('off-topic');
  });

  it('trusts the author after “This is Rust”, and forgets it all when cleared', async () => {
    const db = await openTestDb();
    const first = feedItem(1);
    await store(db, [first]);
    await correctPost(db, first.id, 'rust');
    expect([...(await readCorrections(db)).authors.values()]).toEqual(['trust']);

    await clearCorrections(db);
    const cleared = await readCorrections(db);
    expect(cleared.authors.size).toBe(0);
    expect(cleared.words.docs).toEqual({ rust: 0, 'not-rust': 0 });
  });

  it('answers false for a post no longer stored, and learns nothing', async () => {
    const db = await openTestDb();
    expect(await correctPost(db, 'gone', 'not-rust')).toBe(false);
    expect((await readCorrections(db)).authors.size).toBe(0);
  });
});
