import type { VisibilityRule } from '../filters/post-visibility';
import type { RadarDb } from './open-db';
import type { UnreadCounts, UnreadTally } from './schema';
import { countsIn, tallyPosts, touchTally } from './unread-tally';

/**
 * The unread counts by `rule` — in all, shown, folded as not Rust — of every source or of
 * `sourceId`. One read of the stored tally when it was counted by this same rule; otherwise
 * (first count, filters changed, the database upgraded) counted from the facets once and
 * stored, so post changes keep it up to date from then on.
 */
export async function readUnreadCounts(
  db: RadarDb,
  rule: VisibilityRule,
  sourceId?: string,
): Promise<UnreadCounts> {
  const stored = await db.get('tallies', 'unread');
  const tally = stored?.key === rule.key ? stored : await recountUnread(db, rule);
  return countsIn(tally, sourceId);
}

/**
 * Counts every unread post's facets by `rule` and stores the result, in one transaction
 * with the facets: no post change can land between the count and its record. The revision
 * goes on from the record replaced (`touchTally`), so no earlier reader mistakes the new
 * counts for the ones it saw.
 */
export async function recountUnread(db: RadarDb, rule: VisibilityRule): Promise<UnreadTally> {
  const tx = db.transaction(['facets', 'tallies'], 'readwrite');
  const replaced = tx.objectStore('tallies').get('unread');
  const unread = await tx
    .objectStore('facets')
    .index('by-unread-sort')
    .getAll(IDBKeyRange.bound([1, -Infinity], [1, Infinity]));
  const tally = tallyPosts(rule, unread);
  // None stored (the first count, or an upgrade dropped it): start at a random number, so a
  // first-frame copy kept against a record before the drop cannot match by numbering alone.
  tally.revision = (await replaced)?.revision ?? Math.floor(Math.random() * 2 ** 40);
  touchTally(tally);
  await tx.objectStore('tallies').put(tally, 'unread');
  await tx.done;
  return tally;
}
