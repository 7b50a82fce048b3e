import { judgedSourceFor } from '../relevance/judged-source';
import { JUDGE_VERSION } from '../relevance/relevance';
import { judgeStoredPosts, type StoreJudgeContext } from './judge-stored';
import type { RadarDb } from './open-db';
import type { StoredPost } from './schema';
import { POST_STORES, putPost } from './post-records';

/** Posts read per transaction: short transactions, so a stopped worker loses one batch at most. */
const BATCH = 100;

/** True for a post the current judge has not judged: stored before v5, or by an older judge. */
export const needsJudging = (post: StoredPost) => post.judgement?.version !== JUDGE_VERSION;

/**
 * Judges every stored post whose verdict is missing or from an older `JUDGE_VERSION`, in
 * batches of their own transactions. It keeps no progress anywhere but in the posts
 * themselves, so a worker stopped halfway simply starts again at its next start and skips
 * what is done: the migration survives any interruption and runs once per judge version.
 * @returns how many posts were (re)judged.
 */
export async function rejudgePosts(
  db: RadarDb,
  learned: Omit<StoreJudgeContext, 'source'> = {},
): Promise<number> {
  let after: string | undefined;
  let judged = 0;
  for (;;) {
    const tx = db.transaction(POST_STORES, 'readwrite');
    const store = tx.objectStore('posts');
    const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
    const batch = await store.getAll(range, BATCH);
    const todo = batch.filter(needsJudging);
    const bySource = new Map<string | undefined, StoredPost[]>();
    for (const post of todo)
      bySource.set(post.sourceId, [...(bySource.get(post.sourceId) ?? []), post]);
    for (const [sourceId, posts] of bySource) {
      const context = { ...learned, source: judgedSourceFor(sourceId) };
      const fresh = await judgeStoredPosts(store.index('by-author-sort'), posts, context);
      await Promise.all(fresh.map((post) => putPost(tx, post)));
    }
    await tx.done;
    judged += todo.length;
    if (batch.length < BATCH) return judged;
    after = batch[batch.length - 1]!.id;
  }
}
