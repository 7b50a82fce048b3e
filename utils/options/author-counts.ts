import { authorKey } from '../settings/author-key';
import type { Post } from '../feed/post';

export interface AuthorCount {
  /** The key muting uses: the DEV username from the post URL. */
  key: string;
  /** Display name from the newest post (names change; the newest is what users recognise). */
  name: string;
  count: number;
}

/**
 * The authors of `posts` (newest first) with how many posts each wrote, most prolific first,
 * for the options page's "mute an author" suggestions.
 */
export function countAuthors(posts: readonly Pick<Post, 'url' | 'author'>[]): AuthorCount[] {
  const byKey = new Map<string, AuthorCount>();
  for (const post of posts) {
    const key = authorKey(post);
    if (!key) continue;
    const known = byKey.get(key);
    if (known) known.count++;
    else byKey.set(key, { key, name: post.author.trim() || key, count: 1 });
  }
  return [...byKey.values()].sort(
    (a, b) => b.count - a.count || a.name.localeCompare(b.name, 'en'),
  );
}
