import { sourceForFeedUrl } from './add-source';
import { normalizeFeedUrl } from './feed-url';
import { MAX_SOURCES } from './opml-format';
import { DEFAULT_SOURCES, type Source } from './source';

/**
 * A stored source list, always valid. Not a list (nothing stored yet, or a corrupt value) or
 * longer than MAX_SOURCES: the defaults. Otherwise each entry is rebuilt from its feed URL
 * (`sourceForFeedUrl`), so its id and kind always match its feed; an entry without a usable
 * URL is dropped rather than costing the user the rest of the list, and a second entry for
 * the same source is dropped too. Never throws.
 */
export function coerceSources(value: unknown): Source[] {
  if (!Array.isArray(value) || value.length > MAX_SOURCES) return [...DEFAULT_SOURCES];
  const sources: Source[] = [];
  const seen = new Set<string>();
  for (const entry of value as unknown[]) {
    const source = coerceSource(entry);
    if (source === null || seen.has(source.id)) continue;
    seen.add(source.id);
    sources.push(source);
  }
  return sources;
}

function coerceSource(entry: unknown): Source | null {
  if (typeof entry !== 'object' || entry === null) return null;
  const { feedUrl, title, homepageUrl, enabled } = entry as Record<string, unknown>;
  if (typeof feedUrl !== 'string') return null;
  const normalized = normalizeFeedUrl(feedUrl);
  if (!normalized.ok) return null;
  return sourceForFeedUrl(normalized.url, {
    title: typeof title === 'string' ? title : '',
    homepageUrl: typeof homepageUrl === 'string' ? homepageUrl : undefined,
    enabled: enabled === true,
  });
}
