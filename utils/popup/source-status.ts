import type { FeedFailure, FeedState } from '../db/schema';
import { DEV_RUST_FEED } from '../sources/source';
import type { Source } from '../sources/source';
import { LEGACY_SOURCE_ID, shortHost, titleForSourceId } from './source-labels';

/** One entry of the popup's source filter. */
export interface SourceOption {
  id: string;
  title: string;
}

/** An enabled source whose last poll failed, for the popup's alert. */
export interface SourceFailure {
  sourceId: string;
  title: string;
  error: FeedFailure;
  /** When the worker tries it again (ms); null when unknown. */
  nextPollAt: number | null;
}

/** Feed states keyed by feed URL, the key the worker keeps them under. */
function byUrl(states: readonly FeedState[]): Map<string, FeedState> {
  return new Map(states.map((state) => [state.url, state]));
}

/**
 * The sources the filter offers, in the user's order: every enabled source, and every source
 * that may still have posts stored — polled successfully once, listed but switched off, or
 * removed from the list (its state outlives it). Telling "has posts" exactly would mean
 * reading every post; a past success is the cheap sign, read from the small feed store.
 */
export function sourceOptions(
  sources: readonly Source[],
  states: readonly FeedState[],
): SourceOption[] {
  const stateOf = byUrl(states);
  const options: SourceOption[] = sources
    .filter((source) => source.enabled || stateOf.get(source.feedUrl)?.lastSuccessAt != null)
    .map(({ id, title }) => ({ id, title }));
  const listed = new Set(sources.map((source) => source.id));
  const listedUrls = new Set(sources.map((source) => source.feedUrl));
  const removed: SourceOption[] = [];
  for (const state of states) {
    if (state.lastSuccessAt === null || listedUrls.has(state.url)) continue;
    // A state written before sources existed has no id; it can only be DEV's rust feed.
    const id = state.sourceId ?? (state.url === DEV_RUST_FEED.url ? LEGACY_SOURCE_ID : null);
    if (id === null || listed.has(id) || removed.some((option) => option.id === id)) continue;
    removed.push({ id, title: titleForSourceId(id) ?? shortHost(state.url) ?? state.url });
  }
  removed.sort((a, b) => a.title.localeCompare(b.title));
  return [...options, ...removed];
}

/** Enabled sources whose feed's last poll failed, in the user's order. */
export function failingSources(
  sources: readonly Source[],
  states: readonly FeedState[],
): SourceFailure[] {
  const stateOf = byUrl(states);
  return sources.flatMap((source) => {
    const state = stateOf.get(source.feedUrl);
    if (!source.enabled || !state?.lastError) return [];
    return [
      {
        sourceId: source.id,
        title: source.title,
        error: state.lastError,
        nextPollAt: state.nextPollAt,
      },
    ];
  });
}

/** When any enabled source last updated (ms), null before the first success. */
export function latestSuccessAt(
  sources: readonly Source[],
  states: readonly FeedState[],
): number | null {
  const stateOf = byUrl(states);
  let latest: number | null = null;
  for (const source of sources) {
    const at = source.enabled ? stateOf.get(source.feedUrl)?.lastSuccessAt : null;
    if (at != null && (latest === null || at > latest)) latest = at;
  }
  return latest;
}
