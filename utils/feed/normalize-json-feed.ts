import { createItemCollector, type FeedContext, type ItemDraft } from './build-feed-item';
import { checkItemCount, feedFailure, type FeedParseResult } from './feed-failure';
import { htmlToPlainText, textToHtml } from './plain-text';

/**
 * JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1). A document counts as a feed when
 * it is an object with an `items` array; the `version` URL is not required, since that is the
 * field publishers get wrong. Items inherit the feed's authors, as the spec says.
 */
export function normalizeJsonFeed(text: string, context: FeedContext): FeedParseResult {
  let feed: unknown;
  try {
    feed = JSON.parse(text);
  } catch (error) {
    return feedFailure('unknown-format', `it looks like JSON but is not valid: ${String(error)}`);
  }
  if (!isObject(feed) || !Array.isArray(feed.items)) {
    return feedFailure('unknown-format', 'JSON without an "items" list');
  }
  const tooMany = checkItemCount(feed.items.length);
  if (tooMany) return tooMany;

  const feedAuthor = authorNames(feed);
  const collector = createItemCollector(context.now);
  for (const item of feed.items) {
    if (isObject(item)) collector.add(itemDraft(item, context.feedUrl, feedAuthor));
  }
  return { ok: true, title: htmlToPlainText(stringOf(feed.title)), items: collector.items };
}

function itemDraft(item: JsonObject, feedUrl: string, feedAuthor: string): ItemDraft {
  const id = stringOf(item.id);
  const contentHtml = stringOf(item.content_html);
  const contentText = stringOf(item.content_text);
  const summary = stringOf(item.summary);
  const fullHtml = contentHtml || textToHtml(contentText);
  return {
    feedId: id,
    urlCandidates: [stringOf(item.url), stringOf(item.external_url), id],
    baseUrl: feedUrl,
    title: stringOf(item.title),
    author: authorNames(item) || feedAuthor,
    date: stringOf(item.date_published) || stringOf(item.date_modified),
    tags: Array.isArray(item.tags) ? item.tags.map(stringOf) : [],
    // `summary` is plain text by the spec, so it is escaped rather than trusted as markup.
    summaryHtml: summary ? textToHtml(summary) : fullHtml,
    summaryBaseUrl: null,
    fullHtml: fullHtml || textToHtml(summary),
  };
}

/** 1.1 `authors` array, else the deprecated 1.0 `author` object. */
function authorNames(owner: JsonObject): string {
  const authors = Array.isArray(owner.authors) ? owner.authors : [owner.author];
  return authors
    .map((author) => (isObject(author) ? stringOf(author.name).trim() : ''))
    .filter((name) => name !== '')
    .join(', ');
}

type JsonObject = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Strings as they are; numbers (1.0 feeds used numeric ids) as text; anything else ''. */
function stringOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}
