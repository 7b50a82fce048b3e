import { unwrap, type IDBPIndex } from 'idb';
import { judgePost } from '../relevance/judge-post';
import type { AuthorPostPrint, JudgeContext } from '../relevance/relevance';
import { fingerprintPost } from '../relevance/template-repeats';
import { hasGetAllRecords, resultOf } from './records-index';
import type { StoredPost } from './schema';

/** What the judge is told besides the post: the source and the reader's corrections. */
export type StoreJudgeContext = Omit<JudgeContext, 'authorHistory'>;

/** An author's posts read for their history at most (a daily series fills this quickly). */
const HISTORY_READ = 30;
/** History entries given to the judge (it reads 10). */
const HISTORY_KEPT = 10;

/** A cursor over posts (idb's, in whatever transaction the caller holds). */
interface PostCursor {
  readonly value: StoredPost;
  continue(): Promise<PostCursor | null>;
}

/** The `by-author-sort` index: an author's posts by time. */
export interface AuthorIndex {
  getAll(query: IDBKeyRange, count?: number): Promise<StoredPost[]>;
  openCursor(query: IDBKeyRange, direction: IDBCursorDirection): Promise<PostCursor | null>;
}

/**
 * `author`'s newest `count` stored posts, newest first. A poll judges every new post's author
 * inside its write transaction, so this read is on every poll's path. Most authors have fewer
 * posts stored than `count`: one `getAll` (oldest first) returns them all, and is the fast
 * read — in Chromium a backwards read (`getAllRecords` 'prev' or a cursor) of the same empty
 * range cost a poll of 12 new posts ~20 ms (docs/performance.md). Only a full answer may have
 * missed newer posts: then they are read newest first, in one request where the browser has
 * `getAllRecords`, with a cursor elsewhere.
 */
export async function recentPostsBy(byAuthor: AuthorIndex, author: string, count: number) {
  const range = IDBKeyRange.bound([author, -Infinity], [author, Infinity]);
  const oldestFirst = await byAuthor.getAll(range, count);
  if (oldestFirst.length < count) return oldestFirst.reverse();
  const rawIndex: unknown = unwrap(byAuthor as unknown as IDBPIndex);
  if (hasGetAllRecords(rawIndex)) {
    const records = await resultOf(
      rawIndex.getAllRecords({ query: range, count, direction: 'prev' }),
    );
    return records.map((record) => record.value);
  }
  const found: StoredPost[] = [];
  let cursor = await byAuthor.openCursor(range, 'prev');
  while (cursor && found.length < count) {
    found.push(cursor.value);
    cursor = await cursor.continue();
  }
  return found;
}

/**
 * `posts` with their judgement, judged against the same author's other recent posts (stored,
 * or among `posts` themselves: a series can arrive in one poll). Reads only IndexedDB, so it
 * may run inside the storing transaction.
 */
export async function judgeStoredPosts(
  byAuthor: AuthorIndex,
  posts: readonly StoredPost[],
  context: StoreJudgeContext,
): Promise<StoredPost[]> {
  if (posts.length === 0) return [];
  const authors = [...new Set(posts.map((post) => post.author).filter(Boolean))];
  const stored = await Promise.all(
    authors.map((author) => recentPostsBy(byAuthor, author, HISTORY_READ)),
  );
  const byName = new Map(authors.map((author, i) => [author, stored[i]!]));
  const prints = new Map<string, AuthorPostPrint>();
  const printOf = (post: StoredPost) => {
    let print = prints.get(post.id);
    if (!print)
      prints.set(post.id, (print = { title: post.title, fingerprint: fingerprintPost(post) }));
    return print;
  };
  return posts.map((post) => {
    if (!post.author) return { ...post, judgement: judgePost(post, context) };
    const others = new Map<string, StoredPost>();
    for (const other of [...(byName.get(post.author) ?? []), ...posts]) {
      if (other.id !== post.id && other.author === post.author) others.set(other.id, other);
    }
    const authorHistory = [...others.values()]
      .sort((a, b) => b.sortAt - a.sortAt)
      .slice(0, HISTORY_KEPT)
      .map(printOf);
    return { ...post, judgement: judgePost(post, { ...context, authorHistory }) };
  });
}
