import { ATTRIBUTE_PREFIX } from './xml-parser-options';
import type { XmlNode } from './xml-node';

/** Element-name prefixes with their colon (`'dc:'`), or '' for the default namespace. */
export interface NamespacePrefixes {
  dc: string;
  content: string;
  atom: string;
  rdf: string;
  /** RSS 1.0 or RSS 0.90 elements, normally the default namespace of `rdf:RDF`. */
  rss: string;
}

/** Namespace URIs of the vocabularies the normalizers read. */
const VOCABULARY_BY_URI: Readonly<Record<string, keyof NamespacePrefixes>> = {
  'http://purl.org/dc/elements/1.1/': 'dc',
  'http://purl.org/rss/1.0/modules/content/': 'content',
  'http://www.w3.org/2005/Atom': 'atom',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#': 'rdf',
  'http://purl.org/rss/1.0/': 'rss',
  'http://my.netscape.com/rdf/simple/0.9/': 'rss',
};

const XMLNS_PREFIX = `${ATTRIBUTE_PREFIX}xmlns:`;
const XMLNS_DEFAULT = `${ATTRIBUTE_PREFIX}xmlns`;

/**
 * The prefixes this document uses, from the declarations on its root element, falling back to
 * the conventional ones (`dc:`, `content:`, `atom:`, `rdf:`, and no prefix for RSS 1.0). Prefixes are kept by the parser
 * (`removeNSPrefix: false`), so a feed declaring `xmlns:dcterms="…/elements/1.1/"` is still read.
 */
export function namespacePrefixes(root: XmlNode): NamespacePrefixes {
  const prefixes: NamespacePrefixes = {
    dc: 'dc:',
    content: 'content:',
    atom: 'atom:',
    rdf: 'rdf:',
    rss: '',
  };
  for (const key of Object.keys(root)) {
    if (!key.startsWith(XMLNS_DEFAULT)) continue;
    const uri = root[key];
    const vocabulary = typeof uri === 'string' ? VOCABULARY_BY_URI[uri] : undefined;
    if (!vocabulary) continue;
    prefixes[vocabulary] = key === XMLNS_DEFAULT ? '' : `${key.slice(XMLNS_PREFIX.length)}:`;
  }
  return prefixes;
}
