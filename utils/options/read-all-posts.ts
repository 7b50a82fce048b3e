import type { RadarDb } from '../db/open-db';
import { toOptionsPost, type OptionsPost } from './options-post';

/**
 * Every stored post, newest first, trimmed to what the options page uses. One `getAll` on
 * the sort index is far quicker than walking a cursor over 5,000 posts.
 */
export async function readAllPosts(db: RadarDb): Promise<OptionsPost[]> {
  const oldestFirst = await db.getAllFromIndex('posts', 'by-sort');
  return oldestFirst.reverse().map(toOptionsPost);
}
