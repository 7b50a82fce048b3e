/**
 * Refuses DOCTYPE entity declarations that only an attack needs. fast-xml-parser silently
 * drops entities whose value refers to other entities, so a "billion laughs" document would
 * parse "fine" with `&lol9;` left in the text; feeds never need nested, parameter or external
 * entities, so their presence is reported as `entity-expansion` instead.
 * Limits on plain entities (count, size, total expansion) are the parser's job, see
 * `xml-parser-options.ts`.
 */

const ENTITY_DECLARATION =
  /<!ENTITY\s+(%\s+)?([^\s"'>]+)\s+(?:(SYSTEM|PUBLIC)\b|"([^"]*)"|'([^']*)')/g;
const NAMED_OR_PARAMETER_REFERENCE = /[&%][A-Za-z_:]/;

/**
 * Checks a DOCTYPE internal subset.
 * @returns why the declarations are refused, or null when they are harmless.
 */
export function findDangerousEntity(internalSubset: string): string | null {
  for (const match of internalSubset.matchAll(ENTITY_DECLARATION)) {
    const [, parameter, name, external, doubleQuoted, singleQuoted] = match;
    if (parameter) return `parameter entity "${name}"`;
    if (external) return `external entity "${name}"`;
    const value = doubleQuoted ?? singleQuoted ?? '';
    if (NAMED_OR_PARAMETER_REFERENCE.test(value))
      return `entity "${name}" refers to other entities`;
  }
  return null;
}
