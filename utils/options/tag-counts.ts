import type { Post } from '../feed/post';

export interface TagCount {
  tag: string;
  /** How many of the given posts carry the tag. */
  count: number;
}

/**
 * Every tag in `posts` with how many posts carry it, most frequent first, ties in
 * alphabetical order (so the list does not reshuffle between page loads).
 * Tags are already normalized by the parser; a post listing a tag twice counts once.
 */
export function countTags(posts: readonly Pick<Post, 'tags'>[]): TagCount[] {
  const counts = new Map<string, number>();
  for (const post of posts) {
    for (const tag of new Set(post.tags)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  return [...counts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || compareText(a.tag, b.tag));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
