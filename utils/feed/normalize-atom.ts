import { createItemCollector, type FeedContext, type ItemDraft } from './build-feed-item';
import { checkItemCount, type FeedParseResult } from './feed-failure';
import { htmlToPlainText, textToHtml } from './plain-text';
import { resolveUrl } from './safe-url';
import { explicitBaseUrl, feedBase, withXmlBase, type BaseUrl } from './xml-base';
import {
  allNodes,
  attributeOf,
  countOf,
  firstNode,
  prefixOf,
  textOf,
  type XmlNode,
} from './xml-node';

/**
 * Atom 1.0 (`<feed><entry>`). The root may carry a prefix (`<atom:feed>`); its children are
 * then read with the same prefix. Entries without an author inherit the feed's (RFC 4287
 * §4.2.1); `xml:base` is honoured on feed, entry, link and content.
 */
export function normalizeAtom(
  feed: XmlNode,
  rootName: string,
  context: FeedContext,
): FeedParseResult {
  const p = prefixOf(rootName);
  const entries = feed[`${p}entry`];
  const tooMany = checkItemCount(countOf(entries));
  if (tooMany) return tooMany;

  const base = withXmlBase(feed, feedBase(context.feedUrl));
  const feedAuthor = authorNames(feed[`${p}author`], p);
  const collector = createItemCollector(context.now);
  for (const entry of allNodes(entries)) collector.add(entryDraft(entry, p, base, feedAuthor));
  return { ok: true, title: htmlToPlainText(textOf(feed[`${p}title`])), items: collector.items };
}

function entryDraft(
  entry: XmlNode,
  p: string,
  feedBaseUrl: BaseUrl,
  feedAuthor: string,
): ItemDraft {
  const base = withXmlBase(entry, feedBaseUrl);
  const id = textOf(entry[`${p}id`]);
  const summaryNode = entry[`${p}summary`];
  const contentNode = entry[`${p}content`];
  const summary = atomTextAsHtml(summaryNode) || youTubeDescription(entry);
  const content = atomTextAsHtml(contentNode);
  return {
    feedId: id,
    urlCandidates: [alternateLink(entry[`${p}link`], base), id],
    baseUrl: base.url,
    title: textOf(entry[`${p}title`]),
    author: authorNames(entry[`${p}author`], p) || feedAuthor,
    date: textOf(entry[`${p}published`]) || textOf(entry[`${p}updated`]),
    tags: allNodes(entry[`${p}category`]).map(
      (category) => attributeOf(category, 'term') ?? textOf(category),
    ),
    summaryHtml: summary || content,
    summaryBaseUrl: explicitBaseUrl(firstNode(summary ? summaryNode : contentNode), base),
    fullHtml: content || summary,
  };
}

/**
 * The entry's page: the first `rel="alternate"` link (no `rel` means alternate), preferring
 * HTML ones, resolved against its own `xml:base`. '' when there is none.
 */
function alternateLink(links: unknown, base: BaseUrl): string {
  let fallback = '';
  for (const link of allNodes(links)) {
    const rel = attributeOf(link, 'rel') ?? 'alternate';
    const href = attributeOf(link, 'href');
    if (rel !== 'alternate' || !href) continue;
    const url = resolveUrl(href, withXmlBase(link, base).url) ?? href;
    const type = attributeOf(link, 'type');
    if (type === undefined || type.includes('html')) return url;
    fallback ||= url;
  }
  return fallback;
}

function authorNames(authors: unknown, p: string): string {
  return allNodes(authors)
    .map((author) => textOf(author[`${p}name`]).trim())
    .filter((name) => name !== '')
    .join(', ');
}

/** YouTube channel feeds carry the video description only in `media:group/media:description`. */
function youTubeDescription(entry: XmlNode): string {
  const description = textOf(firstNode(entry['media:group'])?.['media:description']);
  return description ? textToHtml(description) : '';
}

/** Markup that gives away HTML in an Atom text construct that forgot `type="html"`. */
const LOOKS_LIKE_HTML = /<\/?(?:p|br|a|div|img|em|strong|b|i|ul|ol|li|pre|code|h[1-6])[\s/>]/i;

/**
 * An Atom text construct (`summary`, `content`) as HTML.
 * - `type="html"`: the decoded text is the HTML.
 * - `type="xhtml"`: the markup kept verbatim by the parser's stop nodes.
 * - `type="text"`: escaped. With no `type`, also text per RFC 4287 §3.1.1, unless it plainly
 *   holds HTML tags, which is what such feeds mean.
 * - anything else (a media type, or out-of-line `src` content): nothing to show.
 */
function atomTextAsHtml(value: unknown): string {
  const text = textOf(value);
  if (!text) return '';
  const type = attributeOf(value, 'type')?.trim().toLowerCase();
  if (type === 'html' || type === 'xhtml' || type === 'text/html') return text;
  if (type === undefined && LOOKS_LIKE_HTML.test(text)) return text;
  if (type === undefined || type === 'text' || type === 'text/plain') return textToHtml(text);
  return '';
}
