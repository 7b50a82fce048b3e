import { fnv1a64 } from './url-hash';
import { NON_XML_CHARACTERS } from './xml-characters';

/**
 * Where a source comes from. `dev-tag`: a DEV tag feed (`rust`, `tokio`); `curated`: one of the
 * Rust feeds the extension offers (`curated-sources.ts`); `custom`: any feed URL the user added.
 */
export type SourceKind = 'dev-tag' | 'curated' | 'custom';

/** One feed the extension can poll. Plain strings and a boolean: safe for any storage. */
export interface Source {
  /**
   * Stable for life, derived from what the source is, never from its position or title:
   * `dev:<tag>` (`dev:rust`), `curated:<name>` (`curated:rust-blog`), `custom:<hash of the
   * normalized feed URL>`. Posts and per-source state are keyed by it.
   */
  id: string;
  kind: SourceKind;
  /** What the popup shows as the post's source. Plain text, at most MAX_TITLE_LENGTH. */
  title: string;
  /** Absolute http(s) URL, normalized (`normalizeFeedUrl`). */
  feedUrl: string;
  /** The site the feed belongs to, when known. */
  homepageUrl?: string;
  /** Disabled sources keep their place in the list but are never polled. */
  enabled: boolean;
}

/** Titles longer than this are cut: a source chip has room for a few words. */
export const MAX_TITLE_LENGTH = 120;

/** DEV's tag feed: `https://dev.to/feed/tag/<tag>` (the feed Rust Radar always followed). */
export function devTagFeedUrl(tag: string): string {
  return `https://dev.to/feed/tag/${tag}`;
}

/**
 * The source for a DEV tag. `tag` must already be valid (see `parseDevTag`); the title is
 * "DEV #tag": the site's name and the tag, no words to translate.
 */
export function devTagSource(tag: string, enabled = true): Source {
  return {
    id: `dev:${tag}`,
    kind: 'dev-tag',
    title: `DEV #${tag}`,
    feedUrl: devTagFeedUrl(tag),
    homepageUrl: `https://dev.to/t/${tag}`,
    enabled,
  };
}

/** The id of a custom source; `feedUrl` must be normalized so one feed always gets one id. */
export function customSourceId(feedUrl: string): string {
  return `custom:${fnv1a64(feedUrl)}`;
}

/**
 * What a fresh install follows: DEV's `rust` tag, as before sources existed. (Pure: a bundle
 * that imports this module for something else, like the options page's early script, leaves
 * it out.)
 */
export const DEFAULT_SOURCES: readonly Source[] = /* @__PURE__ */ Object.freeze([
  /* @__PURE__ */ devTagSource('rust'),
]);

/**
 * The feed Rust Radar always followed: DEV's `rust` tag (DEFAULT_SOURCES' one source). Its
 * failures are worded with "DEV", the name they always had.
 */
export const DEV_RUST_FEED = { url: 'https://dev.to/feed/tag/rust', name: 'DEV' } as const;

/**
 * A title as stored: control characters and lone surrogates removed, whitespace collapsed,
 * trimmed, cut to MAX_TITLE_LENGTH code points (never inside a surrogate pair). '' when
 * nothing is left; callers then fall back to a default.
 */
export function cleanTitle(raw: string): string {
  const collapsed = raw
    .replace(NON_XML_CHARACTERS, ' ')
    // C1 controls: allowed in XML, never meant as text.
    .replace(/[\u007f-\u009f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const codePoints = [...collapsed];
  return codePoints.length <= MAX_TITLE_LENGTH
    ? collapsed
    : codePoints.slice(0, MAX_TITLE_LENGTH).join('').trimEnd();
}
