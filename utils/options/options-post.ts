import type { StoredPost } from '../db/schema';

/**
 * The part of a stored post the options page needs (counts and preview). Kept small on
 * purpose: the page holds every stored post (up to 5,000) and has no use for summaries.
 */
export type OptionsPost = Pick<StoredPost, 'id' | 'url' | 'title' | 'author' | 'tags' | 'savedAt'>;

/** Drops everything the options page does not use. */
export function toOptionsPost(post: OptionsPost): OptionsPost {
  const { id, url, title, author, tags, savedAt } = post;
  // Only saved posts carry `savedAt`: "clear all posts" counts them before it deletes them.
  return typeof savedAt === 'number'
    ? { id, url, title, author, tags, savedAt }
    : { id, url, title, author, tags };
}
