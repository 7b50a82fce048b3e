import type { RadarDb } from '../db/open-db';
import { toOptionsPost, type OptionsPost } from './options-post';

/**
 * Every stored post, newest first, trimmed to what the options page uses. One `getAll` on
 * the facets' sort index: no summaries read, and far quicker than a cursor over 5,000 posts.
 */
export async function readAllPosts(db: RadarDb): Promise<OptionsPost[]> {
  const oldestFirst = await db.getAllFromIndex('facets', 'by-sort');
  return oldestFirst.reverse().map(toOptionsPost);
}
