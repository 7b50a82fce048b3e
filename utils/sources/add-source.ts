import { safeHttpUrl } from '../feed/safe-url';
import { curatedToSource, findCuratedByFeedUrl } from './curated-sources';
import { devTagFromUrl, parseDevTag, type DevTagProblem } from './dev-tag';
import { normalizeFeedUrl, type FeedUrlProblem } from './feed-url';
import { cleanTitle, customSourceId, devTagSource, type Source } from './source';

export type AddSourceProblem = DevTagProblem | FeedUrlProblem | 'duplicate';

export type AddSourceResult =
  | { ok: true; source: Source }
  | {
      ok: false;
      code: AddSourceProblem;
      /** For 'duplicate': the listed source that already follows this feed. */
      existing?: Source;
    };

/**
 * A new DEV tag source from what the user typed (`tokio`, `#Bevy`), enabled.
 * Refused when the tag is not a DEV tag or is already listed.
 */
export function createDevTagSource(input: string, listed: readonly Source[]): AddSourceResult {
  const parsed = parseDevTag(input);
  if (!parsed.ok) return { ok: false, code: parsed.code };
  return unlessListed(devTagSource(parsed.tag), listed);
}

/**
 * A new source from a feed URL the user typed or pasted, enabled. The URL is checked and
 * normalized (`normalizeFeedUrl`); a DEV tag feed becomes a `dev-tag` source and a curated
 * feed its curated source, so each feed has exactly one id however it was added.
 * @param title the feed's own title when already known (after a first fetch), else the host
 *   stands in; the UI may let the user rename it later.
 */
export function createCustomSource(
  input: string,
  listed: readonly Source[],
  title = '',
): AddSourceResult {
  const normalized = normalizeFeedUrl(input);
  if (!normalized.ok) return { ok: false, code: normalized.code };
  return unlessListed(sourceForFeedUrl(normalized.url, { title }), listed);
}

export interface SourceDetails {
  /** The feed's title as known (OPML `title`/`text`, a fetched feed's title). Default: the host. */
  title?: string;
  /** The site's address as known; kept for custom feeds when it is an absolute http(s) URL. */
  homepageUrl?: string;
  /** Default: true. */
  enabled?: boolean;
}

/**
 * The source a normalized feed URL stands for: a DEV tag, a curated feed, or a custom feed.
 * DEV and curated feeds are recognized over http too (both sites redirect to https) and keep
 * their own titles and https URLs, so the same feed reads the same everywhere and needs no
 * extra host permission. A custom feed is titled `details.title` (cleaned; the URL's host when
 * empty).
 */
export function sourceForFeedUrl(feedUrl: string, details: SourceDetails = {}): Source {
  const { enabled = true } = details;
  const url = new URL(feedUrl);
  const secure = new URL(feedUrl);
  secure.protocol = 'https:';
  const tag = devTagFromUrl(secure);
  if (tag !== null) return devTagSource(tag, enabled);
  const curated = findCuratedByFeedUrl(secure.href);
  if (curated) return curatedToSource(curated, enabled);
  const source: Source = {
    id: customSourceId(feedUrl),
    kind: 'custom',
    title: cleanTitle(details.title ?? '') || url.hostname,
    feedUrl,
    enabled,
  };
  const homepageUrl = details.homepageUrl && safeHttpUrl(details.homepageUrl);
  if (homepageUrl) source.homepageUrl = homepageUrl;
  return source;
}

function unlessListed(source: Source, listed: readonly Source[]): AddSourceResult {
  const existing = listed.find((known) => known.id === source.id);
  return existing ? { ok: false, code: 'duplicate', existing } : { ok: true, source };
}
