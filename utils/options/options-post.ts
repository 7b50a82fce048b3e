import type { StoredPost } from '../db/schema';

/**
 * The part of a stored post the options page needs (counts and preview). Kept small on
 * purpose: the page holds every stored post (up to 5,000) and has no use for summaries.
 */
export type OptionsPost = Pick<
  StoredPost,
  'id' | 'url' | 'title' | 'author' | 'tags' | 'savedAt' | 'judgement' | 'correction'
>;

/** Drops everything the options page does not use (the verdict decides the preview too). */
export function toOptionsPost(post: OptionsPost): OptionsPost {
  const { id, url, title, author, tags, savedAt, judgement, correction } = post;
  // Only saved posts carry `savedAt`: "clear all posts" counts them before it deletes them.
  // The verdict and the reader's correction decide the preview, like the filters.
  return {
    id,
    url,
    title,
    author,
    tags,
    ...(typeof savedAt === 'number' ? { savedAt } : {}),
    ...(judgement ? { judgement } : {}),
    ...(correction ? { correction } : {}),
  };
}
