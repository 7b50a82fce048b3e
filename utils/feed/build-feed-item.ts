import type { FeedItem } from './post';
import { publishedAtIso } from './parse-date';
import { htmlToPlainText, plainTextExcerpt } from './plain-text';
import { postId } from './post-id';
import { postStats } from './post-stats';
import { safeHttpUrl } from './safe-url';
import { boundSummaryHtml, resolveHtmlUrls } from './summary-html';
import { UNTITLED } from './untitled';

/**
 * Every format normalizer reads its items into an `ItemDraft` and hands it to an item
 * collector; the rules shared by all formats (URL safety, ids, plain text, dates, bounds,
 * stats, de-duplication) live here, once.
 */

/** What every normalizer needs besides the document. */
export interface FeedContext {
  /** URL the feed was fetched from; the base for relative links. */
  readonly feedUrl: string;
  /** First-seen time, ms since epoch, for items without a usable date. */
  readonly now: number;
}

/**
 * What a format normalizer reads out of one item, before the shared rules turn it into a
 * `FeedItem`. Strings are raw feed text, with XML already decoded; '' means absent.
 */
export interface ItemDraft {
  /** guid, Atom id, JSON Feed id or rdf:about. */
  feedId: string;
  /** Possible post URLs, best first, possibly relative; the first safe one wins. */
  urlCandidates: readonly string[];
  /** Base for relative URLs: the feed URL, or the `xml:base` in force. */
  baseUrl: string;
  /** Title as found; may hold markup and character references. */
  title: string;
  /** Display name(s), already plain. */
  author: string;
  /** Date text in any format `parseFeedDate` knows. */
  date: string;
  /** Category labels as found. */
  tags: readonly string[];
  /** The short form of the body, as HTML. */
  summaryHtml: string;
  /** The `xml:base` for relative URLs inside the summary, or null when none was given. */
  summaryBaseUrl: string | null;
  /** The longest form of the body, as HTML, for reading time and code detection. */
  fullHtml: string;
}

/** Accumulates items in feed order, dropping URL-less ones and later duplicates of an id. */
export interface ItemCollector {
  add(draft: ItemDraft): void;
  readonly items: FeedItem[];
}

/**
 * Creates a collector. Duplicate ids (the same guid repeated, as Al-Monitor and Scripting
 * News do) keep the first occurrence, which is the one highest in the feed.
 * @param now first-seen time for items without a usable date.
 */
export function createItemCollector(now: number): ItemCollector {
  const items: FeedItem[] = [];
  const seenIds = new Set<string>();
  return {
    items,
    add(draft) {
      const item = buildFeedItem(draft, now);
      if (item === null || seenIds.has(item.id)) return;
      seenIds.add(item.id);
      items.push(item);
    },
  };
}

/**
 * Applies the rules shared by every format to one item.
 * @param now first-seen time (ms since epoch), used as the date when the item has none.
 * @returns the item, or null when it has no http(s) URL — such items are dropped, not errors.
 */
function buildFeedItem(draft: ItemDraft, now: number): FeedItem | null {
  const url = firstSafeUrl(draft.urlCandidates, draft.baseUrl);
  if (url === null) return null;
  const summaryHtml = boundedSummary(draft.summaryHtml, draft.summaryBaseUrl);
  const title =
    htmlToPlainText(draft.title) || plainTextExcerpt(summaryHtml || draft.fullHtml) || UNTITLED;
  return {
    // The raw date, not publishedAt: a missing date must not make the id change every poll.
    id: postId(draft.feedId, url, title, draft.date),
    url,
    title,
    author: htmlToPlainText(draft.author),
    publishedAt: publishedAtIso(draft.date, now),
    tags: normalizeTags(draft.tags),
    summaryHtml,
    ...postStats(draft.fullHtml || draft.summaryHtml),
  };
}

function firstSafeUrl(candidates: readonly string[], baseUrl: string): string | null {
  for (const candidate of candidates) {
    const url = safeHttpUrl(candidate, baseUrl);
    if (url !== null) return url;
  }
  return null;
}

function boundedSummary(html: string, baseUrl: string | null): string {
  const bounded = boundSummaryHtml(html);
  if (baseUrl === null) return bounded;
  // Resolving after bounding keeps the work small; it can lengthen URLs, so bound once more.
  return boundSummaryHtml(resolveHtmlUrls(bounded, baseUrl));
}

/** Lower-case, trimmed, de-duplicated, empty ones removed, feed order kept. */
function normalizeTags(rawTags: readonly string[]): string[] {
  const tags: string[] = [];
  for (const raw of rawTags) {
    const tag = htmlToPlainText(raw).toLowerCase();
    if (tag && !tags.includes(tag)) tags.push(tag);
  }
  return tags;
}
