import { afterEach, describe, expect, it, vi } from 'vitest';
import { countUnread, listPosts } from '../../../utils/db/list-posts';
import type { RadarDb } from '../../../utils/db/open-db';
import { judgeStoredPosts, recentPostsBy } from '../../../utils/db/judge-stored';
import { needsJudging, rejudgePosts } from '../../../utils/db/rejudge-posts';
import type { StoredPost } from '../../../utils/db/schema';
import { storePollResult } from '../../../utils/db/store-poll-result';
import { parseFeed } from '../../../utils/feed/parse-feed';
import { compileVisibility, visibleOnly } from '../../../utils/filters/post-visibility';
import { announcePolicy } from '../../../utils/notify/announce';
import { markAuthor } from '../../../utils/relevance/author-trust';
import { JUDGE_VERSION } from '../../../utils/relevance/relevance';
import { DEFAULT_SETTINGS, type NotRustMode } from '../../../utils/settings/settings';
import { readFixtureBytes } from '../feed/read-fixture';
import {
  DAY,
  FEED_URL,
  INDEX_READERS,
  NOW,
  feedStateAfterPoll,
  openTestDb,
  postsById,
  readIndexesWith,
  seedPosts,
  storedPost,
} from './helpers';

// Issue 15: the DEV fixture holds ten Rust posts, a courier advert and one post of a daily
// self-promotion series. Judged when stored, the two are folded: out of the badge's count,
// the unread list and notifications.
const parsed = parseFeed(readFixtureBytes('dev-to-rust.rss.xml'), { feedUrl: FEED_URL, now: NOW });
const ITEMS = parsed.ok ? parsed.items : [];
const COURIER = ITEMS.find((item) => item.title.includes('PKG2DAY'))!;
const SELF_PROMOTION = ITEMS.find((item) => item.title.includes('Zero Downtime Deploys'))!;

function store(db: RadarDb, judged = true, announced: StoredPost[] = []) {
  const policy = announcePolicy(DEFAULT_SETTINGS, NOW);
  return storePollResult(db, {
    feedUrl: FEED_URL,
    sourceId: 'dev:rust',
    items: ITEMS,
    feedState: feedStateAfterPoll(NOW),
    now: NOW,
    judge: judged ? { source: { kind: 'dev-tag', tag: 'rust' } } : undefined,
    announce: (post) => {
      const batch = policy.batchFor(post, true);
      if (batch) announced.push(post);
      return batch;
    },
  });
}

const unreadUnder = (db: RadarDb, notRustPosts: NotRustMode) =>
  countUnread(db, compileVisibility({ ...DEFAULT_SETTINGS, notRustPosts }));

describe('judging posts when they are stored', () => {
  it('keeps each verdict on the post and folds the advert and the self-promotion', async () => {
    const db = await openTestDb();
    const announced: StoredPost[] = [];
    await store(db, true, announced);

    const stored = await postsById(db);
    expect(ITEMS).toHaveLength(12);
    for (const post of stored.values()) expect(post.judgement?.version).toBe(JUDGE_VERSION);
    const folded = [...stored.values()].filter((post) =>
      ['off-topic', 'spam'].includes(post.judgement!.verdict),
    );
    expect(folded.map((post) => post.id).sort()).toEqual([COURIER.id, SELF_PROMOTION.id].sort());
    expect(stored.get(COURIER.id)!.judgement!.reasons.length).toBeGreaterThan(0);
    // Neither is announced; every genuine post is.
    expect(announced.map((post) => post.id).sort()).toEqual(
      ITEMS.filter((item) => item !== COURIER && item !== SELF_PROMOTION)
        .map((item) => item.id)
        .sort(),
    );
  });

  it('counts 10 unread under Fold and Hide, all 12 under Show', async () => {
    const db = await openTestDb();
    await store(db);

    expect(await unreadUnder(db, 'fold')).toBe(10);
    expect(await unreadUnder(db, 'hide')).toBe(10);
    expect(await unreadUnder(db, 'show')).toBe(12);
    const listed = await listPosts(db, {
      unreadOnly: true,
      accept: visibleOnly(compileVisibility(DEFAULT_SETTINGS)),
    });
    expect(listed.map((post) => post.id)).not.toContain(COURIER.id);
    expect(listed).toHaveLength(10);
  });

  it('counts without walking every unread post when only verdicts hide', async () => {
    const db = await openTestDb();
    await store(db);
    const cursors = vi.spyOn(IDBIndex.prototype, 'openCursor');

    expect(await unreadUnder(db, 'fold')).toBe(10);
    expect(cursors).not.toHaveBeenCalled();
    cursors.mockRestore();
  });

  it('lets the reader’s correction win over the verdict, in the count too', async () => {
    const db = await openTestDb();
    await store(db);
    const genuine = ITEMS.find((item) => item !== COURIER && item !== SELF_PROMOTION)!;
    const posts = await postsById(db);
    await db.put('posts', { ...posts.get(COURIER.id)!, correction: 'rust' });
    await db.put('posts', { ...posts.get(genuine.id)!, correction: 'not-rust' });

    expect(await unreadUnder(db, 'fold')).toBe(10);
    const rule = compileVisibility(DEFAULT_SETTINGS);
    const after = await postsById(db);
    expect(rule(after.get(COURIER.id)!).visible).toBe(true);
    expect(rule(after.get(genuine.id)!)).toEqual({
      visible: false,
      reason: { kind: 'not-rust', reasons: [{ key: 'relevanceMarkedNotRust' }] },
    });
  });

  it('folds an author the reader distrusts from their next post on', async () => {
    const db = await openTestDb();
    const genuine = ITEMS.find((item) => item !== COURIER && item !== SELF_PROMOTION)!;
    const author = new URL(genuine.url).pathname.split('/')[1]!;
    await storePollResult(db, {
      feedUrl: FEED_URL,
      sourceId: 'dev:rust',
      items: [genuine],
      feedState: feedStateAfterPoll(NOW),
      now: NOW,
      judge: {
        source: { kind: 'dev-tag', tag: 'rust' },
        authorTrust: markAuthor(new Map(), author, 'distrust'),
      },
    });
    expect((await postsById(db)).get(genuine.id)!.judgement!.verdict).toBe('off-topic');
  });
});

// An author's history is read with batched reads or a cursor: tested on both.
describe.each(INDEX_READERS)("an author's history with %s", (reader) => {
  readIndexesWith(reader);
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('is their newest posts, however their URLs sort', async () => {
    const db = await openTestDb();
    const byDana = (slug: string, daysAgo: number, title: string, text: string) =>
      storedPost(`https://dev.to/dana/${slug}`, {
        sortAt: NOW - daysAgo * DAY,
        author: 'Dana',
        url: `https://dev.to/dana/${slug}`,
        title,
        summaryHtml: `<p>${text}</p>`,
      });
    const template = (n: number) =>
      byDana(
        `z-deploy-${n}`,
        n,
        `Zero downtime deploys with our platform, part ${n}`,
        'Our platform ships zero downtime deploys for every team. Sign up for the platform ' +
          'today and ship zero downtime deploys with one click from the dashboard of our platform.',
      );
    // 35 older posts whose URLs sort before the series: a read in URL order finds only these.
    const older = Array.from({ length: 35 }, (_, i) =>
      byDana(
        `a-old-${i}`,
        100 + i,
        `Notes ${i}`,
        Array.from({ length: 40 }, (_, k) => `word${i}x${k}`).join(' '),
      ),
    );
    await seedPosts(db, [...older, template(1), template(2)]);

    const tx = db.transaction('posts');
    const cursors = vi.spyOn(IDBIndex.prototype, 'openCursor');
    const [judged] = await judgeStoredPosts(tx.store.index('by-author-sort'), [template(0)], {
      source: { kind: 'dev-tag', tag: 'rust' },
    });

    expect(judged!.judgement!.reasons.map((reason) => reason.key)).toContain(
      'relevanceRepeatsTemplate',
    );
    // Where the browser can, one request per author instead of a round trip per post read.
    expect(cursors).toHaveBeenCalledTimes(reader === 'a cursor' ? 1 : 0);
  });

  const byEve = (slug: string, daysAgo: number) =>
    storedPost(`https://dev.to/eve/${slug}`, {
      sortAt: NOW - daysAgo * DAY,
      author: 'Eve',
      url: `https://dev.to/eve/${slug}`,
      title: `Eve on ${slug}`,
    });
  // URLs sort against time: the history must still come newest first.
  const EVE = [
    byEve('a-newest', 1),
    byEve('b-second', 3),
    byEve('m-middle', 5),
    byEve('z-oldest', 9),
  ];

  it('of fewer posts than it reads is one plain read, newest first', async () => {
    const db = await openTestDb();
    await seedPosts(db, EVE);
    const index = db.transaction('posts').store.index('by-author-sort');
    const cursors = vi.spyOn(IDBIndex.prototype, 'openCursor');
    const batched =
      reader === 'batched reads'
        ? vi.spyOn(IDBIndex.prototype as unknown as { getAllRecords(): unknown }, 'getAllRecords')
        : null;

    const history = await recentPostsBy(index, 'Eve', 30);

    expect(history.map((post) => post.id)).toEqual(EVE.map((post) => post.id));
    // A backwards read cost Chromium ~20 ms per poll even of an empty range: none was made.
    expect(cursors).not.toHaveBeenCalled();
    expect(batched ?? cursors).not.toHaveBeenCalled();
  });

  it('of more posts than it reads is the newest ones, newest first', async () => {
    const db = await openTestDb();
    await seedPosts(db, EVE);
    const index = db.transaction('posts').store.index('by-author-sort');

    const history = await recentPostsBy(index, 'Eve', 2);

    expect(history.map((post) => post.id)).toEqual([EVE[0]!.id, EVE[1]!.id]);
  });
});

describe('rejudgePosts', () => {
  it('judges posts stored before the judge, and only those, once', async () => {
    const db = await openTestDb();
    await store(db, false);
    expect([...(await postsById(db)).values()].every(needsJudging)).toBe(true);
    expect(await unreadUnder(db, 'fold')).toBe(12);

    expect(await rejudgePosts(db)).toBe(12);
    expect(await unreadUnder(db, 'fold')).toBe(10);
    expect(await rejudgePosts(db)).toBe(0);
  });

  it('re-judges verdicts of an older judge version and keeps read state and corrections', async () => {
    const db = await openTestDb();
    await store(db);
    const posts = [...(await postsById(db)).values()];
    const old = posts.slice(0, 5);
    for (const post of old) {
      await db.put('posts', {
        ...post,
        unread: 0,
        readAt: NOW,
        correction: 'rust',
        judgement: { verdict: 'spam', reasons: [], version: JUDGE_VERSION - 1 },
      });
    }

    expect(await rejudgePosts(db)).toBe(5);
    const after = await postsById(db);
    for (const post of old) {
      expect(after.get(post.id)).toEqual({
        ...post,
        unread: 0,
        readAt: NOW,
        correction: 'rust',
      });
    }
  });

  it('picks up where an interrupted run stopped: what was judged is not judged again', async () => {
    const db = await openTestDb();
    await store(db, false);
    // A run that was stopped after judging some of the posts…
    const posts = [...(await postsById(db)).values()];
    for (const post of posts.slice(0, 7)) {
      await db.put('posts', {
        ...post,
        judgement: { verdict: 'rust', reasons: [], version: JUDGE_VERSION },
      });
    }
    // …is finished by the next one.
    expect(await rejudgePosts(db)).toBe(5);
    expect([...(await postsById(db)).values()].some(needsJudging)).toBe(false);
  });
});
