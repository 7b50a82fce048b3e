import { afterEach, beforeEach } from 'vitest';
import { emptyFeedState } from '../../../utils/db/feed-state';
import { openRadarDb, type RadarDb } from '../../../utils/db/open-db';
import { POST_STORES, putPost } from '../../../utils/db/post-records';
import type { FeedState, StoredPost } from '../../../utils/db/schema';
import type { FeedItem } from '../../../utils/feed/post';
import { compileVisibility, type VisibilityRule } from '../../../utils/filters/post-visibility';

export const FEED_URL = 'https://dev.to/feed/tag/rust';
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
/** A fixed "now" for tests: 2026-05-10T12:00:00Z. */
export const NOW = Date.parse('2026-05-10T12:00:00Z');

const opened: RadarDb[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** A fresh, empty database of its own (closed after the test). */
export async function openTestDb(): Promise<RadarDb> {
  const db = await openRadarDb({ name: `test-${crypto.randomUUID()}` });
  opened.push(db);
  return db;
}

/** Item `n` of a DEV-like feed, published `n` hours before `NOW` unless overridden. */
export function feedItem(n: number, overrides: Partial<FeedItem> = {}): FeedItem {
  const url = `https://dev.to/author${n}/post-${n}-x${n}`;
  return {
    id: url,
    url,
    title: `Post number ${n}`,
    author: `Author ${n}`,
    publishedAt: new Date(NOW - n * HOUR).toISOString(),
    tags: ['rust', 'programming'],
    summaryHtml: `<p>Summary of post ${n}</p>`,
    readingMinutes: 3,
    hasRustCode: false,
    ...overrides,
  };
}

/** A stored post with every field chosen by the test (for seeding retention and listing). */
export function storedPost(
  id: string,
  fields: Partial<Omit<StoredPost, 'id'>> & Pick<StoredPost, 'sortAt'>,
): StoredPost {
  return {
    ...feedItem(0, { id, url: `https://dev.to/someone/${id}` }),
    feedUrl: FEED_URL,
    firstSeenAt: fields.sortAt,
    unread: 1,
    readAt: null,
    ...fields,
  };
}

export async function seedPosts(db: RadarDb, posts: readonly StoredPost[]): Promise<void> {
  const tx = db.transaction(POST_STORES, 'readwrite');
  await Promise.all(posts.map((post) => putPost(tx, post)));
  await tx.done;
}

export function feedStateAfterPoll(now: number, overrides: Partial<FeedState> = {}): FeedState {
  return { ...emptyFeedState(FEED_URL), lastAttemptAt: now, lastSuccessAt: now, ...overrides };
}

/** Every stored post, keyed by id. */
export async function postsById(db: RadarDb): Promise<Map<string, StoredPost>> {
  return new Map((await db.getAll('posts')).map((post) => [post.id, post]));
}

const NO_FILTERS = {
  tagModes: {},
  mutedAuthors: {},
  titleKeywords: [] as string[],
  notRustPosts: 'show' as const,
};

/** A visibility rule for counts: posts with `tag` hidden, nothing else (no folding). */
export function hidingTag(tag: string): VisibilityRule {
  return compileVisibility({ ...NO_FILTERS, tagModes: { [tag]: 'hide' } });
}

/** A rule that hides nothing: every unread post counts. */
export const SHOWING_ALL: VisibilityRule = compileVisibility(NO_FILTERS);

/**
 * Browsers with `IDBIndex.getAllRecords` read in batches; the others (Firefox today) walk a
 * cursor. fake-indexeddb has both, so suites that read indexes run once per reader
 * (`describe.each(INDEX_READERS)`) and call `readIndexesWith` in the suite.
 */
export const INDEX_READERS = ['batched reads', 'a cursor'] as const;

/** Takes `getAllRecords` away for the suite's tests when `reader` is the cursor. */
export function readIndexesWith(reader: (typeof INDEX_READERS)[number]): void {
  const proto = IDBIndex.prototype as { getAllRecords?: unknown };
  const getAllRecords = proto.getAllRecords;
  beforeEach(() => {
    if (reader === 'a cursor') delete proto.getAllRecords;
  });
  afterEach(() => {
    proto.getAllRecords = getAllRecords;
  });
}
