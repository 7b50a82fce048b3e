import { createItemCollector, type FeedContext, type ItemDraft } from './build-feed-item';
import { checkItemCount, type FeedParseResult } from './feed-failure';
import { htmlToPlainText } from './plain-text';
import { explicitBaseUrl, feedBase, withXmlBase, type BaseUrl } from './xml-base';
import {
  allNodes,
  allTexts,
  ATTRIBUTE_PREFIX,
  attributeOf,
  countOf,
  firstNode,
  namespacePrefixes,
  textOf,
  type NamespacePrefixes,
  type XmlNode,
} from './xml-node';

/**
 * The RSS family: RSS 2.0 and 0.9x rooted at `<rss>`, RSS 1.0 and 0.90 rooted at `rdf:RDF`.
 * Their items share most elements, so one reader serves both roots.
 */

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

/**
 * Element names an RSS-family item is read through, prefixed as this document needs.
 * Computed once per feed so the per-item code does no string building.
 */
interface RssItemKeys {
  title: string;
  link: string;
  description: string;
  guid: string;
  pubDate: string;
  author: string;
  category: string;
  about: string;
  dcCreator: string;
  dcDate: string;
  dcSubject: string;
  contentEncoded: string;
  atomUpdated: string;
}

/**
 * @param elementPrefix prefix of the RSS elements themselves: '' in RSS 2.0, the RSS 1.0
 *   namespace prefix in RDF feeds (almost always '' too).
 */
function rssItemKeys(elementPrefix: string, ns: NamespacePrefixes): RssItemKeys {
  return {
    title: `${elementPrefix}title`,
    link: `${elementPrefix}link`,
    description: `${elementPrefix}description`,
    guid: 'guid',
    pubDate: 'pubDate',
    author: 'author',
    category: 'category',
    about: `${ATTRIBUTE_PREFIX}${ns.rdf}about`,
    dcCreator: `${ns.dc}creator`,
    dcDate: `${ns.dc}date`,
    dcSubject: `${ns.dc}subject`,
    contentEncoded: `${ns.content}encoded`,
    atomUpdated: `${ns.atom}updated`,
  };
}

/**
 * Reads one RSS 2.0, 0.9x or 1.0 item. The formats share most elements; where they differ the
 * RSS 2.0 element is preferred (`guid` over `rdf:about`, `pubDate` over `dc:date`).
 */
function rssItemDraft(item: XmlNode, keys: RssItemKeys, parentBase: BaseUrl): ItemDraft {
  const base = withXmlBase(item, parentBase);
  const guid = textOf(item[keys.guid]);
  const about = item[keys.about];
  const rdfAbout = typeof about === 'string' ? about : '';
  // RSS 2.0: a guid is the post's permalink unless isPermaLink="false".
  const guidIsLink = guid !== '' && attributeOf(item[keys.guid], 'isPermaLink') !== 'false';
  const description = textOf(item[keys.description]);
  const encoded = textOf(item[keys.contentEncoded]);
  return {
    feedId: guid || rdfAbout,
    urlCandidates: [textOf(item[keys.link]), guidIsLink ? guid : '', rdfAbout],
    baseUrl: base.url,
    title: textOf(item[keys.title]),
    author: rssAuthor(item, keys),
    date: textOf(item[keys.pubDate]) || textOf(item[keys.dcDate]) || textOf(item[keys.atomUpdated]),
    tags: [...allTexts(item[keys.category]), ...allTexts(item[keys.dcSubject])],
    summaryHtml: description || encoded,
    summaryBaseUrl: explicitBaseUrl(
      firstNode(item[keys.description] ?? item[keys.contentEncoded]),
      base,
    ),
    fullHtml: encoded || description,
  };
}

function rssAuthor(item: XmlNode, keys: RssItemKeys): string {
  const creators = allTexts(item[keys.dcCreator]).filter((name) => name.trim() !== '');
  if (creators.length > 0) return creators.join(', ');
  return authorName(textOf(item[keys.author]));
}

const EMAIL_THEN_NAME = /^\S+@\S+\s*\((.+)\)$/;
const NAME_THEN_EMAIL = /^(.+?)\s*<\S+@\S+>$/;
const BARE_EMAIL = /^<?[^\s@<>]+@[^\s@<>]+>?$/;

/**
 * The display name in an RSS author field; the text itself when it has no recognised form.
 * RSS `<author>` is specified as an e-mail address and commonly written
 * "lee@example.com (Lee Hanxue)"; others write "Lee <lee@example.com>". Both mean "Lee …".
 * A bare address is not a display name (and is often a placeholder such as
 * noreply@blogger.com or test@example.com), so it yields ''.
 */
function authorName(raw: string): string {
  const text = raw.trim();
  const name = EMAIL_THEN_NAME.exec(text)?.[1] ?? NAME_THEN_EMAIL.exec(text)?.[1] ?? text;
  return BARE_EMAIL.test(name) ? '' : name.trim();
}
