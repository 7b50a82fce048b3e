import type { FeedContext } from './build-feed-item';
import { feedFailure, type FeedParseResult } from './feed-failure';
import { normalizeAtom } from './normalize-atom';
import { normalizeRdf, normalizeRss } from './normalize-rss';
import { firstNode, localName, type XmlNode } from './xml-node';

/** True when an element of this qualified name starts a feed we can read. */
export function isFeedRootName(qualifiedName: string): boolean {
  const name = localName(qualifiedName);
  return name === 'rss' || name === 'feed' || name === 'RDF';
}

/**
 * Dispatches a parsed XML document on its root element. The raw parser output goes no
 * further than the normalizers, which copy what they need into our own types.
 */
export function normalizeXmlDocument(parsed: XmlNode, context: FeedContext): FeedParseResult {
  const rootName = Object.keys(parsed).find((key) => !key.startsWith('?') && !key.startsWith('#'));
  if (rootName === undefined) return feedFailure('unknown-format', 'no root element');
  // `<rss/>` or `<feed></feed>` parse to a string: a feed with nothing in it.
  const root = firstNode(parsed[rootName]) ?? {};
  switch (localName(rootName)) {
    case 'rss':
      return normalizeRss(root, context);
    case 'feed':
      return normalizeAtom(root, rootName, context);
    case 'RDF':
      return normalizeRdf(root, context);
    case 'html':
      return feedFailure('html-not-feed');
    default:
      return feedFailure('unknown-format', `its root element is <${rootName}>`);
  }
}
