import { XMLParser, type X2jOptions } from 'fast-xml-parser';
import { MAX_FEED_BYTES } from './feed-limits';
import { ATTRIBUTE_PREFIX, localName, TEXT_KEY } from './xml-node';

/** Elements that may repeat; always arrays, so one and many look the same to the mapper. */
const REPEATABLE_LOCAL_NAMES = new Set([
  'item',
  'entry',
  'category',
  'link',
  'author',
  'contributor',
  'creator',
  'subject',
]);

/**
 * fast-xml-parser settings for feeds. Every entity limit is explicit:
 * - `maxEntityCount` / `maxEntitySize`: a feed has no business declaring more or larger ones.
 * - `maxExpandedLength`: growth of the text through DOCTYPE entities (the "quadratic blowup"
 *   attack: one 1 KB entity referenced 100,000 times). Built-in entities never grow text
 *   (`&lt;` → `<`), so only declared entities spend this budget.
 * - `maxTotalExpansions`: the library counts every reference against it, `&lt;` included, and
 *   escaped HTML feeds hold hundreds of thousands; the shortest reference (`&a;`) is 3 bytes,
 *   so a third of the size cap is the most a feed we accept can hold.
 * - `maxExpansionDepth`: 1, nesting is refused anyway (`entity-guard.ts`).
 */
/**
 * Entity processing with every limit explicit (see above), the expansion budget sized to a
 * third of the largest document accepted (`maxDocumentSize`, in bytes or characters).
 */
export function entityLimits(maxDocumentSize: number) {
  return {
    enabled: true,
    maxEntityCount: 32,
    maxEntitySize: 1024,
    maxExpansionDepth: 1,
    maxExpandedLength: 100_000,
    maxTotalExpansions: Math.ceil(maxDocumentSize / 3),
  };
}

export const FEED_XML_PARSER_OPTIONS: Readonly<X2jOptions> = {
  ignoreAttributes: false,
  attributeNamePrefix: ATTRIBUTE_PREFIX,
  textNodeName: TEXT_KEY,
  // Titles like "2024" must stay strings; so must ids like "00123".
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  removeNSPrefix: false,
  // Feeds use HTML entities (&nbsp;, &mdash;) without declaring them; numeric character
  // references are only decoded with this on, too.
  htmlEntities: true,
  processEntities: entityLimits(MAX_FEED_BYTES),
  maxNestedTags: 256,
  ignoreDeclaration: true,
  ignorePiTags: true,
  isArray: (tagName, _jPath, _isLeafNode, isAttribute) =>
    !isAttribute && REPEATABLE_LOCAL_NAMES.has(localName(tagName)),
  // Inline XHTML (Atom type="xhtml") is kept as markup instead of being turned into objects.
  stopNodes: ['..content[type=xhtml]', '..summary[type=xhtml]', '..title[type=xhtml]'],
};

/** A parser configured for feeds. One per parse: instances keep per-document entity state. */
export function createFeedXmlParser(): XMLParser {
  return new XMLParser(FEED_XML_PARSER_OPTIONS);
}
