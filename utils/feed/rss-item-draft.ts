import { authorName } from './author-name';
import type { ItemDraft } from './build-feed-item';
import { explicitBaseUrl, withXmlBase, type BaseUrl } from './xml-base';
import {
  allTexts,
  ATTRIBUTE_PREFIX,
  attributeOf,
  firstNode,
  textOf,
  type NamespacePrefixes,
  type XmlNode,
} from './xml-node';

/**
 * Element names an RSS-family item is read through, prefixed as this document needs.
 * Computed once per feed so the per-item code does no string building.
 */
export interface RssItemKeys {
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
export function rssItemKeys(elementPrefix: string, ns: NamespacePrefixes): RssItemKeys {
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
export function rssItemDraft(item: XmlNode, keys: RssItemKeys, parentBase: BaseUrl): ItemDraft {
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
