import { createItemCollector, type FeedContext } from './build-feed-item';
import { checkItemCount, type FeedParseResult } from './feed-failure';
import { htmlToPlainText } from './plain-text';
import { rssItemDraft, rssItemKeys } from './rss-item-draft';
import { feedBase, withXmlBase } from './xml-base';
import { allNodes, countOf, firstNode, namespacePrefixes, textOf, type XmlNode } from './xml-node';

/**
 * RSS 2.0 and 0.9x (`<rss><channel><item>`). Items outside `<channel>` — a pre-2.0 habit — are
 * read too. A default namespace on `<rss>` (oren.ru's `xmlns="http://backend.userland.com/rss2"`)
 * needs nothing special: the element names carry no prefix either way.
 */
export function normalizeRss(rss: XmlNode, context: FeedContext): FeedParseResult {
  const channel = firstNode(rss.channel) ?? {};
  const tooMany = checkItemCount(countOf(channel.item) + countOf(rss.item));
  if (tooMany) return tooMany;

  const keys = rssItemKeys('', namespacePrefixes(rss));
  const channelBase = withXmlBase(channel, withXmlBase(rss, feedBase(context.feedUrl)));
  const collector = createItemCollector(context.now);
  for (const item of allNodes(channel.item)) collector.add(rssItemDraft(item, keys, channelBase));
  for (const item of allNodes(rss.item)) collector.add(rssItemDraft(item, keys, channelBase));
  return { ok: true, title: htmlToPlainText(textOf(channel.title)), items: collector.items };
}
