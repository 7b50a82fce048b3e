import { ATTRIBUTE_PREFIX, TEXT_KEY } from './xml-parser-options';

/**
 * Reading fast-xml-parser output without trusting its shape. Any element may be a string
 * (text only), an object (attributes or children), an array (it repeated), or missing; these
 * helpers turn all of that into strings and nodes, so the normalizers never see `unknown`.
 */
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
