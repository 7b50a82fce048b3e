import { listJudgedNotRust } from '../db/judged-not-rust';
import type { RadarDb } from '../db/open-db';
import type { StoredPost } from '../db/schema';
import { isFolded, type VisibilityRule } from '../filters/post-visibility';
import { compileSearch } from './search-match';

// A chunk of its own for the popup: read only when the reader opens "Not Rust?" (or in the
// All view, or with a search), so the popup's first load does not carry it.

export interface FoldedQuery {
  /** Unread posts only (the Unread view). */
  unreadOnly: boolean;
  /** Search box text; '' for none. */
  search: string;
  /** Only this source's posts; '' for every source. */
  sourceId: string;
}

/**
 * The posts `rule` folds as not Rust that the popup's view would list, newest first: the
 * "Not Rust?" section. None when the rule does not fold.
 */
export async function listFoldedPosts(
  db: RadarDb,
  rule: VisibilityRule,
  { unreadOnly, search, sourceId }: FoldedQuery,
): Promise<StoredPost[]> {
  if (rule.notRust !== 'fold') return [];
  const matches = compileSearch(search);
  return (await listJudgedNotRust(db)).filter(
    (post) =>
      (!unreadOnly || post.unread === 1) &&
      (!sourceId || post.sourceId === sourceId) &&
      isFolded(rule, rule(post)) &&
      (!matches || matches(post)),
  );
}
