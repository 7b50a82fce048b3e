import type { Source } from './source';

/**
 * Edits of the user's source list. Each returns a new list (the input is never changed) in
 * the same order, so the options page and storage can compare old and new.
 */

/** `listed` plus the `incoming` sources it does not have yet (by id), appended in their order. */
export function mergeSources(listed: readonly Source[], incoming: readonly Source[]): Source[] {
  const known = new Set(listed.map((source) => source.id));
  const merged = [...listed];
  for (const source of incoming) {
    if (known.has(source.id)) continue;
    known.add(source.id);
    merged.push(source);
  }
  return merged;
}

/** The list without the source `id` (unchanged when it is not listed). */
export function removeSource(listed: readonly Source[], id: string): Source[] {
  return listed.filter((source) => source.id !== id);
}

/** The list with source `id` switched on or off. */
export function setSourceEnabled(
  listed: readonly Source[],
  id: string,
  enabled: boolean,
): Source[] {
  return listed.map((source) => (source.id === id ? { ...source, enabled } : source));
}
