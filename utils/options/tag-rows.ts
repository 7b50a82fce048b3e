import type { Settings } from '../settings/settings';
import type { TagCount } from './tag-counts';

/**
 * The tags the options page lists: every tag seen in stored posts (with its count, most
 * frequent first), then tags with a setting but no stored post, then tags the user added this
 * session — each once. Without the last two, a filter on a tag whose posts were pruned could
 * no longer be seen or undone.
 */
export function tagRows(
  counts: readonly TagCount[],
  settings: Pick<Settings, 'tagModes' | 'tagNotify'>,
  added: readonly string[] = [],
): TagCount[] {
  const rows = [...counts];
  const listed = new Set(counts.map((row) => row.tag));
  const unseen = [...Object.keys(settings.tagModes), ...Object.keys(settings.tagNotify)]
    .filter((tag) => !listed.has(tag))
    .sort();
  for (const tag of [...unseen, ...added]) {
    if (listed.has(tag)) continue;
    listed.add(tag);
    rows.push({ tag, count: 0 });
  }
  return rows;
}
