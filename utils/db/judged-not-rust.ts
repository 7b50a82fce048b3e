import type { RadarDb } from './open-db';
import type { StoredPost } from './schema';

/**
 * Every post the judge found not Rust (verdict `off-topic` or `spam`) or the reader marked
 * `not-rust`, newest first — read from their indexes, so the popup's "Not Rust?" section
 * costs a few posts, not a walk through all. Whether each is folded is the caller's rule.
 */
export async function listJudgedNotRust(db: RadarDb): Promise<StoredPost[]> {
  const tx = db.transaction('posts');
  const found = await Promise.all([
    tx.store.index('by-verdict').getAll('off-topic'),
    tx.store.index('by-verdict').getAll('spam'),
    tx.store.index('by-correction').getAll('not-rust'),
  ]);
  const byId = new Map(found.flat().map((post) => [post.id, post]));
  return [...byId.values()].sort((a, b) => b.sortAt - a.sortAt || (a.id < b.id ? 1 : -1));
}
