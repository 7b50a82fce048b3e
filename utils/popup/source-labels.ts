import type { StoredPost } from '../db/schema';
import { findCuratedSource } from '../sources/curated-sources';
import { devTagSource, type Source } from '../sources/source';

/**
 * The source of posts stored without `sourceId`: before sources existed (DB v3) Rust Radar
 * followed DEV's rust feed only (`utils/db/schema.ts`).
 */
export const LEGACY_SOURCE_ID = 'dev:rust';

/** The source a stored post came from, pre-v3 posts included. */
export function postSourceId(post: Pick<StoredPost, 'sourceId'>): string {
  return post.sourceId ?? LEGACY_SOURCE_ID;
}

/**
 * The name an id stands for even when the source is no longer listed: a DEV tag's id holds
 * its tag ("DEV #tokio"), a curated id names an entry of the curated table. A custom id is a
 * hash, so it names nothing: null.
 */
export function titleForSourceId(id: string): string | null {
  if (id.startsWith('dev:')) return devTagSource(id.slice('dev:'.length)).title;
  return findCuratedSource(id)?.title ?? null;
}

/** "www.reddit.com" → "reddit.com": what stands in for a removed custom source's name. */
export function shortHost(url: string): string | null {
  try {
    const host = new URL(url).hostname;
    return host ? host.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

/**
 * What the list shows as a post's source: the listed source's title ("r/rust"); for a source
 * the user removed, what its id still says, else the host of the post's own link. Never a raw
 * id. '' when even the link has no host (the item then shows no source).
 * @param titles listed sources' titles by id (disabled ones included).
 */
export function sourceLabel(
  post: Pick<StoredPost, 'sourceId' | 'url'>,
  titles: ReadonlyMap<string, string>,
): string {
  const id = postSourceId(post);
  return titles.get(id) ?? titleForSourceId(id) ?? shortHost(post.url) ?? '';
}

/**
 * Labels posts for the list from the user's source list. While it holds a single source, that
 * source's posts get '' (no label): naming it on every post tells nothing and crowds the line,
 * so the DEV-only user's list looks as it always did.
 */
export function sourceLabeler(
  sources: readonly Pick<Source, 'id' | 'title'>[],
): (post: Pick<StoredPost, 'sourceId' | 'url'>) => string {
  const titles = new Map(sources.map((source) => [source.id, source.title]));
  const only = sources.length === 1 ? sources[0]!.id : null;
  return (post) => (postSourceId(post) === only ? '' : sourceLabel(post, titles));
}
