/**
 * Parts of a qualified XML name. The parser keeps prefixes (`removeNSPrefix: false`), so names
 * arrive as written: `dc:creator`, `rdf:RDF`, `atom:feed`, `item`.
 */

/** `dc:creator` → `creator`; `item` → `item`. */
export function localName(qualifiedName: string): string {
  const colon = qualifiedName.indexOf(':');
  return colon === -1 ? qualifiedName : qualifiedName.slice(colon + 1);
}

/** The prefix with its colon: `'atom:'` for `atom:feed`, '' for `feed`. */
export function prefixOf(qualifiedName: string): string {
  return qualifiedName.slice(0, qualifiedName.indexOf(':') + 1);
}
