import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { correctPost } from '../../../utils/db/correct-post';
import { countUnread } from '../../../utils/db/list-posts';
import type { RadarDb } from '../../../utils/db/open-db';
import { POST_STORES, putPost } from '../../../utils/db/post-records';
import {
  clearAllPosts,
  markAllRead,
  markPostsUnread,
  setPostRead,
} from '../../../utils/db/read-state';
import {
  clearPostsNotPutAside,
  returnDuePosts,
  setPostSaved,
  snoozePost,
} from '../../../utils/db/read-later';
import { prunePosts } from '../../../utils/db/retention';
import type { StoredPost, UnreadTally } from '../../../utils/db/schema';
import { storePollResult } from '../../../utils/db/store-poll-result';
import { readUnreadCounts } from '../../../utils/db/unread-counts';
import { countsIn, tallyPosts } from '../../../utils/db/unread-tally';
import { compileVisibility, isFolded } from '../../../utils/filters/post-visibility';
import { listFoldedPosts } from '../../../utils/popup/list-folded';
import type { Judgement } from '../../../utils/relevance/relevance';
import {
  FEED_URL,
  HOUR,
  NOW,
  feedItem,
  feedStateAfterPoll,
  hidingTag,
  openTestDb,
  seedPosts,
  storedPost,
} from './helpers';

// The unread counts are kept up to date by every post change instead of counted when asked
// (issue 16: the badge with filters on read 5,000 facets after every poll). These tests hold
// the kept counts to a fresh count from the facets after every kind of change.

/** Every filter at once: a hidden tag, a muted author, a title keyword, folding. */
const RULE = compileVisibility({
  tagModes: { career: 'hide' },
  mutedAuthors: { muted: 'Muted Person' },
  titleKeywords: ['crypto'],
  notRustPosts: 'fold',
});

const SOURCES = ['dev:rust', 'curated:rust-blog', 'feed:abc'] as const;
const SPAM: Judgement = { verdict: 'spam', reasons: [{ key: 'relevanceAdPitch' }], version: 1 };
const RUST: Judgement = { verdict: 'rust', reasons: [], version: 1 };

/** Post `n` of a small, varied population: every filter and source hits some of them. */
function variedPost(n: number, fields: Partial<StoredPost> = {}): StoredPost {
  return storedPost(`p${n}`, {
    sortAt: NOW - n * HOUR,
    sourceId: SOURCES[n % SOURCES.length],
    tags: n % 4 === 0 ? ['rust', 'career'] : ['rust'],
    author: n % 5 === 0 ? 'Muted Person' : `Author ${n}`,
    url: n % 5 === 0 ? `https://dev.to/muted/p${n}` : `https://dev.to/a${n}/p${n}`,
    title: n % 6 === 0 ? `Crypto and Rust ${n}` : `Rust post ${n}`,
    judgement: n % 3 === 0 ? SPAM : RUST,
    unread: n % 7 === 0 ? 0 : 1,
    readAt: n % 7 === 0 ? NOW : null,
    ...fields,
  });
}

/** The counts of a tally, without its revision. */
function countsOf(tally: UnreadTally | undefined) {
  if (!tally) return tally;
  const { revision: _revision, ...counts } = tally;
  return counts;
}

/** The tally's counts as stored, and as a fresh count of the facets says they should be. */
async function keptAndFresh(db: RadarDb) {
  const [kept, facets] = await Promise.all([db.get('tallies', 'unread'), db.getAll('facets')]);
  return { kept: countsOf(kept), fresh: tallyPosts(RULE, facets) };
}

async function expectTallyKept(db: RadarDb): Promise<void> {
  const { kept, fresh } = await keptAndFresh(db);
  // Still the tally counted at the start (no recount happened), and right.
  expect(kept?.key).toBe(RULE.key);
  expect(kept).toEqual(fresh);
}

/** A database with posts and a tally counted by RULE, as after the badge's first count. */
async function dbWithTally(posts: StoredPost[]): Promise<RadarDb> {
  const db = await openTestDb();
  await seedPosts(db, posts);
  await countUnread(db, RULE);
  await expectTallyKept(db);
  return db;
}

type Change = (db: RadarDb) => Promise<unknown>;

/** Every way the extension changes posts, with arguments fast-check picks. */
const changes: fc.Arbitrary<{ name: string; run: Change }>[] = [
  fc.record({ n: fc.nat(20), read: fc.boolean() }).map(({ n, read }) => ({
    name: `setPostRead p${n} ${read}`,
    run: (db: RadarDb) => setPostRead(db, `p${n}`, read, NOW),
  })),
  fc.constant({ name: 'markAllRead', run: (db: RadarDb) => markAllRead(db, NOW) }),
  fc.array(fc.nat(20), { maxLength: 5 }).map((ns) => ({
    name: `markPostsUnread ${ns}`,
    run: (db: RadarDb) =>
      markPostsUnread(
        db,
        ns.map((n) => `p${n}`),
      ),
  })),
  fc.record({ n: fc.nat(20), hours: fc.integer({ min: -2, max: 2 }) }).map(({ n, hours }) => ({
    name: `snoozePost p${n} ${hours}h`,
    run: (db: RadarDb) => snoozePost(db, `p${n}`, NOW + hours * HOUR),
  })),
  fc.constant({ name: 'returnDuePosts', run: (db: RadarDb) => returnDuePosts(db, NOW) }),
  fc.record({ n: fc.nat(20), saved: fc.boolean() }).map(({ n, saved }) => ({
    name: `setPostSaved p${n} ${saved}`,
    run: (db: RadarDb) => setPostSaved(db, `p${n}`, saved, NOW),
  })),
  fc.record({ n: fc.nat(20), rust: fc.boolean() }).map(({ n, rust }) => ({
    name: `correctPost p${n} ${rust ? 'rust' : 'not-rust'}`,
    run: (db: RadarDb) => correctPost(db, `p${n}`, rust ? 'rust' : 'not-rust'),
  })),
  fc.array(fc.nat(20), { maxLength: 6 }).map((ns) => ({
    name: `seed (parallel puts, some replacing) ${ns}`,
    run: (db: RadarDb) =>
      seedPosts(
        db,
        ns.map((n) => variedPost(n, { title: `Again ${n}` })),
      ),
  })),
  fc.array(fc.nat(8), { minLength: 1, maxLength: 4 }).map((ns) => ({
    name: `poll ${ns}`,
    run: (db: RadarDb) =>
      storePollResult(db, {
        feedUrl: FEED_URL,
        sourceId: 'dev:rust',
        items: ns.map((n) =>
          feedItem(n, n % 2 === 0 ? { tags: ['rust', 'career'] } : { title: `Poll ${n}` }),
        ),
        feedState: feedStateAfterPoll(NOW),
        now: NOW,
      }),
  })),
  fc.nat(15).map((maxPosts) => ({
    name: `prune to ${maxPosts}`,
    run: async (db: RadarDb) => {
      const tx = db.transaction([...POST_STORES, 'feeds', 'outbox'], 'readwrite');
      await prunePosts(tx, NOW, { keepReadDays: 60, maxPosts, protectUnreadDays: 0 });
      await tx.done;
    },
  })),
  fc.constant({ name: 'clearPostsNotPutAside', run: clearPostsNotPutAside }),
  fc.constant({ name: 'clearAllPosts', run: clearAllPosts }),
];

describe('the unread counts kept as posts change', () => {
  it('match a fresh count after any sequence of changes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(...changes), { maxLength: 12 }), async (sequence) => {
        const db = await dbWithTally(Array.from({ length: 16 }, (_, n) => variedPost(n)));
        for (const change of sequence) {
          await change.run(db);
          const { kept, fresh } = await keptAndFresh(db);
          expect({ after: change.name, kept }).toEqual({ after: change.name, kept: fresh });
        }
        db.close();
      }),
      { numRuns: 40 },
    );
  });

  // The popup's "Not Rust? (N)" shows the kept count and lists the section's posts only when
  // it opens (`useFoldedPosts`): the two must agree, for every source and for all.
  it('count as many folded posts as the "Not Rust?" section lists, after any changes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(...changes), { maxLength: 10 }), async (sequence) => {
        const db = await dbWithTally(Array.from({ length: 16 }, (_, n) => variedPost(n)));
        for (const change of sequence) await change.run(db);
        for (const sourceId of ['', ...SOURCES]) {
          const counted = await readUnreadCounts(db, RULE, sourceId || undefined);
          const listed = await listFoldedPosts(db, RULE, {
            unreadOnly: true,
            search: '',
            sourceId,
          });
          expect({ sourceId, folded: counted.folded }).toEqual({
            sourceId,
            folded: listed.length,
          });
        }
        db.close();
      }),
      { numRuns: 30 },
    );
  });

  it('move their revision with any change of the posts', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(...changes), { maxLength: 8 }), async (sequence) => {
        const db = await dbWithTally(Array.from({ length: 16 }, (_, n) => variedPost(n)));
        for (const change of sequence) {
          const revision = (await db.get('tallies', 'unread'))?.revision ?? 0;
          const postsBefore = JSON.stringify(await db.getAll('posts'));
          await change.run(db);
          const after = await db.get('tallies', 'unread');
          if (JSON.stringify(await db.getAll('posts')) === postsBefore || !after) continue;
          expect({ after: change.name, moved: after.revision! > revision }).toEqual({
            after: change.name,
            moved: true,
          });
        }
        db.close();
      }),
      { numRuns: 30 },
    );
  });

  it('answer every source, the shown, the folded and the total from one record', async () => {
    const db = await dbWithTally(Array.from({ length: 16 }, (_, n) => variedPost(n)));
    const facets = await db.getAll('facets');
    const unreadOf = (sourceId?: string) =>
      facets.filter((post) => post.unread === 1 && (!sourceId || post.sourceId === sourceId));

    expect(await readUnreadCounts(db, RULE)).toEqual({
      unread: unreadOf().length,
      visible: unreadOf().filter((post) => RULE(post).visible).length,
      folded: unreadOf().filter((post) => isFolded(RULE, RULE(post))).length,
    });
    for (const sourceId of SOURCES) {
      const counts = await readUnreadCounts(db, RULE, sourceId);
      expect(counts.unread).toBe(unreadOf(sourceId).length);
      expect(counts.visible).toBe(unreadOf(sourceId).filter((post) => RULE(post).visible).length);
    }
    expect(await readUnreadCounts(db, RULE, 'no-such-source')).toEqual({
      unread: 0,
      visible: 0,
      folded: 0,
    });
  });

  it('are read without reading a single post', async () => {
    const db = await dbWithTally(Array.from({ length: 16 }, (_, n) => variedPost(n)));
    const before = await countUnread(db, RULE);
    // Behind the extension's back: a count that read the facets would now say 0.
    await db.clear('facets');

    expect(await countUnread(db, RULE)).toBe(before);
    expect(before).toBeGreaterThan(0);
  });

  it('are counted again, once, when the filters change', async () => {
    const db = await dbWithTally(Array.from({ length: 16 }, (_, n) => variedPost(n)));
    const onlyCareerHidden = hidingTag('career');
    const facets = await db.getAll('facets');

    expect(await countUnread(db, onlyCareerHidden)).toBe(
      facets.filter((post) => post.unread === 1 && !post.tags.includes('career')).length,
    );
    expect((await db.get('tallies', 'unread'))?.key).toBe(onlyCareerHidden.key);
    // The same filters in another order are the same rule: no recount.
    const reordered = compileVisibility({
      titleKeywords: [],
      notRustPosts: 'show',
      mutedAuthors: {},
      tagModes: { career: 'hide' },
    });
    expect(reordered.key).toBe(onlyCareerHidden.key);
  });

  it('start from a count when none is stored (fresh install, after an upgrade)', async () => {
    const db = await openTestDb();
    await seedPosts(db, [variedPost(1), variedPost(2)]);
    expect(await db.get('tallies', 'unread')).toBeUndefined();

    await setPostRead(db, 'p1', true, NOW);
    expect(await db.get('tallies', 'unread')).toBeUndefined();
    expect(await countUnread(db, RULE)).toBe(1);
    await setPostRead(db, 'p2', true, NOW);
    expect(await countUnread(db, RULE)).toBe(0);
  });

  it('roll back with the posts when the transaction fails', async () => {
    const db = await dbWithTally(Array.from({ length: 6 }, (_, n) => variedPost(n)));
    const before: UnreadTally | undefined = await db.get('tallies', 'unread');
    const tx = db.transaction(POST_STORES, 'readwrite');
    await putPost(tx, variedPost(40));
    await putPost(tx, variedPost(41));
    tx.abort();
    await tx.done.catch(() => {});

    expect(await db.get('tallies', 'unread')).toEqual(before);
    expect(countsIn(before!, 'dev:rust').unread).toBe(
      (await db.getAll('facets')).filter((p) => p.unread === 1 && p.sourceId === 'dev:rust').length,
    );
  });

  it('refuse a post change in a transaction without the counts', async () => {
    const db = await dbWithTally([variedPost(1)]);
    const tx = db.transaction(['posts', 'facets'], 'readwrite');

    await expect(putPost(tx as never, variedPost(2))).rejects.toThrow(/not.*found|NotFound/i);
    await tx.done.catch(() => {});
    expect(await db.get('posts', 'p2')).toBeUndefined();
    await expectTallyKept(db);
  });
});
