import type { TagCount } from './tag-counts';

/**
 * What the options page's early script (`entrypoints/options-early.ts`) reads before the page's
 * module loads: the last visit's tag counts, which its first frame (the tag rows) is drawn
 * from. A classic script in the head runs while the module is still being fetched and
 * compiled, so the read overlaps with loading code instead of following it. (The settings are
 * read by the page itself, once it watches them: a change between the two would be lost.)
 */
export interface OptionsEarlyStart {
  /** The kept tag counts (`readCachedTagCounts`); null when none or unreadable. */
  tagCounts: Promise<TagCount[] | null>;
}

/** Where the early script leaves its reads for the page: a property of the page's window. */
const OPTIONS_EARLY_KEY = 'rustRadarOptionsEarly';

export function publishOptionsEarly(target: object, start: OptionsEarlyStart): void {
  Object.defineProperty(target, OPTIONS_EARLY_KEY, { value: start, configurable: true });
}

/** The early reads, once: they are a snapshot of the moment the page opened. */
export function takeOptionsEarly(target: object): OptionsEarlyStart | null {
  const start = (target as Record<string, unknown>)[OPTIONS_EARLY_KEY] as
    OptionsEarlyStart | undefined;
  if (!start) return null;
  delete (target as Record<string, unknown>)[OPTIONS_EARLY_KEY];
  return start;
}
