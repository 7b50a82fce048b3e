import type { FeedItem } from '../post';
import type { ItemDraft } from './item-draft';
import { publishedAtIso } from './parse-date';
import { htmlToPlainText, plainTextExcerpt } from './plain-text';
import { postId } from './post-id';
import { postStats } from './post-stats';
import { resolveHtmlUrls } from './resolve-html-urls';
import { safeHttpUrl } from './safe-url';
import { boundSummaryHtml } from './summary-html';
import { UNTITLED } from './untitled';

/**
 * Applies the rules shared by every format to one item.
 * @param now first-seen time (ms since epoch), used as the date when the item has none.
 * @returns the item, or null when it has no http(s) URL — such items are dropped, not errors.
 */
export function buildFeedItem(draft: ItemDraft, now: number): FeedItem | null {
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
