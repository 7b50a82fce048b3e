import { findCuratedSource } from '../sources/curated-sources';
import type { JudgedSource } from './relevance';

/**
 * How the judge reads a post from the source `sourceId` (`Source.id`): `dev:<tag>` is a DEV
 * tag feed, an id of the curated list is a Rust publication (Rust by construction), anything
 * else a feed the reader added. Posts stored before sources (no id) came from DEV's `rust`.
 */
export function judgedSourceFor(sourceId: string | undefined): JudgedSource {
  if (sourceId === undefined) return { kind: 'dev-tag', tag: 'rust' };
  if (sourceId.startsWith('dev:')) return { kind: 'dev-tag', tag: sourceId.slice(4) };
  const curated = findCuratedSource(sourceId);
  return curated ? { kind: 'curated', title: curated.title } : { kind: 'custom' };
}
