/**
 * Reading fast-xml-parser output without trusting its shape. Any element may be a string
 * (text only), an object (attributes or children), an array (it repeated), or missing; these
 * helpers turn all of that into strings and nodes, so the normalizers never see `unknown`.
 * Prefixes are kept (`removeNSPrefix: false`), so element names arrive as written
 * (`dc:creator`, `rdf:RDF`, `atom:feed`, `item`) and are read here too.
 */

/** Key prefix fast-xml-parser gives attributes: `@_href`, `@_xml:base`. */
export const ATTRIBUTE_PREFIX = '@_';
/** Key of an element's text when it also has attributes. */
export const TEXT_KEY = '#text';

export type XmlNode = Readonly<Record<string, unknown>>;

const NO_NODES: readonly XmlNode[] = [];

/** The first element node in `value`, or undefined. */
export function firstNode(value: unknown): XmlNode | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return isNode(first) ? first : undefined;
}

/** Every element node in `value` (text-only elements become `{ '#text': … }`). */
export function allNodes(value: unknown): readonly XmlNode[] {
  if (value === undefined) return NO_NODES;
  const list: readonly unknown[] = Array.isArray(value) ? value : [value];
  return list.map((entry) => (isNode(entry) ? entry : { [TEXT_KEY]: entry }));
}

/** Number of elements in `value`: 0 when missing, 1 when single. */
export function countOf(value: unknown): number {
  if (value === undefined) return 0;
  return Array.isArray(value) ? value.length : 1;
}

/** Trimmed text of the first element in `value`; '' when it has none. */
export function textOf(value: unknown): string {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === 'string') return first;
  if (isNode(first)) {
    const text = first[TEXT_KEY];
    return typeof text === 'string' ? text : '';
  }
  return '';
}

/** Text of every element in `value`, empty ones included. */
export function allTexts(value: unknown): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return [textOf(value)];
  return value.map(textOf);
}

/** An attribute of the first element in `value`, or undefined. */
export function attributeOf(value: unknown, name: string): string | undefined {
  const node = firstNode(value);
  const attribute = node?.[ATTRIBUTE_PREFIX + name];
  return typeof attribute === 'string' ? attribute : undefined;
}

function isNode(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `dc:creator` → `creator`; `item` → `item`. */
export function localName(qualifiedName: string): string {
  const colon = qualifiedName.indexOf(':');
  return colon === -1 ? qualifiedName : qualifiedName.slice(colon + 1);
}

/** The prefix with its colon: `'atom:'` for `atom:feed`, '' for `feed`. */
export function prefixOf(qualifiedName: string): string {
  return qualifiedName.slice(0, qualifiedName.indexOf(':') + 1);
}

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
 * the conventional ones (`dc:`, `content:`, `atom:`, `rdf:`, and no prefix for RSS 1.0), so a
 * feed declaring `xmlns:dcterms="…/elements/1.1/"` is still read.
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
