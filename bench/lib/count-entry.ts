// What the counts bench runs inside the extension's worker: the extension's own count and
// filter code, bundled by `bundleModule`, plus the count as it was before the facets store
// (a cursor over the full unread records) and before the kept counts (every unread facet).
import { countUnread } from '../../utils/db/list-posts';
import { openRadarDb, type RadarDb } from '../../utils/db/open-db';
import { setPostRead } from '../../utils/db/read-state';
import type { PostFacets } from '../../utils/db/schema';
import { recountUnread } from '../../utils/db/unread-counts';
import { compileVisibility, visibleOnly } from '../../utils/filters/post-visibility';

export { compileVisibility, countUnread, openRadarDb, recountUnread, setPostRead, visibleOnly };

/** The filtered count as it was: every unread record walked with a cursor, summaries and all. */
export async function countUnreadFromPosts(
  db: RadarDb,
  accept: (post: PostFacets) => boolean,
): Promise<number> {
  const range = IDBKeyRange.bound([1, -Infinity], [1, Infinity]);
  let count = 0;
  let cursor = await db.transaction('posts').store.index('by-unread-sort').openCursor(range);
  while (cursor) {
    if (accept(cursor.value)) count++;
    cursor = await cursor.continue();
  }
  return count;
}

/** The filtered count as it was before the kept counts: every unread facet read. */
export async function countUnreadFromFacets(
  db: RadarDb,
  accept: (post: PostFacets) => boolean,
): Promise<number> {
  const range = IDBKeyRange.bound([1, -Infinity], [1, Infinity]);
  let count = 0;
  for (const post of await db.getAllFromIndex('facets', 'by-unread-sort', range)) {
    if (accept(post)) count++;
  }
  return count;
}
