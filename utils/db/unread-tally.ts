import { compileVisibility, isFolded, type VisibilityRule } from '../filters/post-visibility';
import type { PostFacets, UnreadCounts, UnreadTally } from './schema';

/**
 * The unread counts as one record kept up to date as posts change, instead of counted from
 * the posts when asked: with any filter on, counting 5,000 unread posts meant reading all
 * their facets (a fifth of a second), after every poll and every read-state change. Each
 * change adds or takes away one post; a count is then one read. Pure: the transaction work
 * is `utils/db/post-records.ts` (every post change) and `utils/db/list-posts.ts` (reads).
 */

const NONE: Readonly<UnreadCounts> = Object.freeze({ unread: 0, visible: 0, folded: 0 });

/** Counts with nothing in them, for `rule`. */
export function emptyTally(rule: VisibilityRule): UnreadTally {
  return { key: rule.key, filters: rule.filters, all: { ...NONE }, bySource: {} };
}

/** Counts `posts` by `rule` (read posts in `posts` are not counted). */
export function tallyPosts(rule: VisibilityRule, posts: Iterable<PostFacets>): UnreadTally {
  const tally = emptyTally(rule);
  for (const post of posts) countPost(tally, rule, post, 1);
  return tally;
}

/** The rule a stored tally was counted by. */
export function ruleOfTally(tally: UnreadTally): VisibilityRule {
  return compileVisibility(tally.filters);
}

/**
 * Adds (`sign` 1) or takes away (-1) one post as it is or was stored; a read post, or none
 * (`undefined`: not stored), changes nothing. A post edit is the old record taken away and
 * the new one added.
 */
export function countPost(
  tally: UnreadTally,
  rule: VisibilityRule,
  post: PostFacets | undefined,
  sign: 1 | -1,
): void {
  if (post?.unread !== 1) return;
  const visibility = rule(post);
  const change = {
    unread: sign,
    visible: visibility.visible ? sign : 0,
    folded: isFolded(rule, visibility) ? sign : 0,
  };
  addTo(tally.all, change);
  const { sourceId } = post;
  if (sourceId === undefined) return;
  const source = Object.hasOwn(tally.bySource, sourceId) ? tally.bySource[sourceId]! : { ...NONE };
  addTo(source, change);
  if (source.unread > 0) tally.bySource[sourceId] = source;
  else delete tally.bySource[sourceId];
}

/**
 * Marks a change of the counted posts: the revision goes up, so whoever read the posts at an
 * earlier revision (the popup keeping a copy of its first frame) can tell.
 */
export function touchTally(tally: UnreadTally): void {
  tally.revision = (tally.revision ?? 0) + 1;
}

/** Every count back to zero (every post deleted); the rule stays. */
export function clearTally(tally: UnreadTally): void {
  tally.all = { ...NONE };
  tally.bySource = {};
}

/** The counts for every source, or for `sourceId` alone. */
export function countsIn(tally: UnreadTally, sourceId?: string): UnreadCounts {
  if (sourceId === undefined) return { ...tally.all };
  return { ...(Object.hasOwn(tally.bySource, sourceId) ? tally.bySource[sourceId]! : NONE) };
}

function addTo(counts: UnreadCounts, change: UnreadCounts): void {
  counts.unread += change.unread;
  counts.visible += change.visible;
  counts.folded += change.folded;
}
