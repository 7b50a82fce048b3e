import { resolveUrl } from './safe-url';
import { attributeOf, type XmlNode } from './xml-node';

/** The base URL in force at some element, and whether an `xml:base` set it. */
export interface BaseUrl {
  readonly url: string;
  /** True once any enclosing element carried `xml:base`. */
  readonly explicit: boolean;
}

/** The starting base: the URL the feed was fetched from. */
export function feedBase(feedUrl: string): BaseUrl {
  return { url: feedUrl, explicit: false };
}

/**
 * The base inside `node`: its `xml:base` resolved against the parent's (relative bases such as
 * Reddit's `xml:base="/.rss?limit=50"` are legal), or the parent's unchanged.
 */
export function withXmlBase(node: XmlNode | undefined, parent: BaseUrl): BaseUrl {
  const declared = attributeOf(node, 'xml:base');
  if (declared === undefined) return parent;
  const url = resolveUrl(declared, parent.url);
  return url === null ? parent : { url, explicit: true };
}

/** The base for HTML inside `node`, or null when no `xml:base` applies to it. */
export function explicitBaseUrl(node: XmlNode | undefined, parent: BaseUrl): string | null {
  const base = withXmlBase(node, parent);
  return base.explicit ? base.url : null;
}
