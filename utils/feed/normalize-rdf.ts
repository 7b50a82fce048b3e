import { createItemCollector, type FeedContext } from './build-feed-item';
import { checkItemCount, type FeedParseResult } from './feed-failure';
import { htmlToPlainText } from './plain-text';
import { rssItemDraft, rssItemKeys } from './rss-item-draft';
import { feedBase, withXmlBase } from './xml-base';
import { allNodes, countOf, firstNode, namespacePrefixes, textOf, type XmlNode } from './xml-node';

/**
 * RSS 1.0 and RSS 0.90, both rooted at `rdf:RDF` with items as siblings of `<channel>`
 * (0.90 in its own default namespace, http://my.netscape.com/rdf/simple/0.9/). Items are
 * identified by `rdf:about` and dated by `dc:date`. Items nested in `<channel>` are read too.
 */
export function normalizeRdf(rdf: XmlNode, context: FeedContext): FeedParseResult {
  const ns = namespacePrefixes(rdf);
  const itemKey = `${ns.rss}item`;
  const channel = firstNode(rdf[`${ns.rss}channel`]) ?? {};
  const tooMany = checkItemCount(countOf(rdf[itemKey]) + countOf(channel[itemKey]));
  if (tooMany) return tooMany;

  const keys = rssItemKeys(ns.rss, ns);
  const base = withXmlBase(rdf, feedBase(context.feedUrl));
  const collector = createItemCollector(context.now);
  for (const item of allNodes(rdf[itemKey])) collector.add(rssItemDraft(item, keys, base));
  for (const item of allNodes(channel[itemKey])) collector.add(rssItemDraft(item, keys, base));
  const title = htmlToPlainText(textOf(channel[`${ns.rss}title`]));
  return { ok: true, title, items: collector.items };
}
