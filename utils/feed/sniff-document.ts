import { localName } from './xml-node';

/**
 * A first look at the decoded body, before any parser runs: is it empty, JSON, an HTML page, or
 * XML with which root element? Only the prolog is scanned (declaration, comments, processing
 * instructions, DOCTYPE), so this costs next to nothing even on a 5 MB body.
 */
export type SniffedDocument =
  | { kind: 'empty' }
  | { kind: 'json' }
  | { kind: 'html' }
  | {
      kind: 'xml';
      /** Qualified name of the first element, '' when none was found where one should start. */
      rootName: string;
      /** Text between `[` and `]` of the DOCTYPE, or null without an internal subset. */
      internalSubset: string | null;
    };

const DOCTYPE = '<!doctype';

/** Classifies `text` by its first meaningful characters. */
export function sniffDocument(text: string): SniffedDocument {
  let i = skipWhitespace(text, 0);
  if (i === text.length) return { kind: 'empty' };
  if (text.charCodeAt(i) === 0x7b /* { */) return { kind: 'json' };

  let internalSubset: string | null = null;
  while (i < text.length && text.charCodeAt(i) === 0x3c /* < */) {
    if (text.startsWith('<?', i)) {
      i = after(text, '?>', i + 2);
    } else if (text.startsWith('<!--', i)) {
      i = after(text, '-->', i + 4);
    } else if (text.slice(i, i + DOCTYPE.length).toLowerCase() === DOCTYPE) {
      const doctype = readDoctype(text, i + DOCTYPE.length);
      if (doctype.name.toLowerCase() === 'html') return { kind: 'html' };
      internalSubset = doctype.internalSubset;
      i = doctype.end;
    } else {
      const rootName = readName(text, i + 1);
      if (localName(rootName).toLowerCase() === 'html') return { kind: 'html' };
      return { kind: 'xml', rootName, internalSubset };
    }
    i = skipWhitespace(text, i);
  }
  return { kind: 'xml', rootName: '', internalSubset };
}

function skipWhitespace(text: string, from: number): number {
  let i = from;
  while (i < text.length && isWhitespace(text.charCodeAt(i))) i++;
  return i;
}

function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

/** Index just past the next `marker`, or the end of the text when it never comes. */
function after(text: string, marker: string, from: number): number {
  const at = text.indexOf(marker, from);
  return at === -1 ? text.length : at + marker.length;
}

function readName(text: string, from: number): string {
  let end = from;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if (isWhitespace(code) || code === 0x3e /* > */ || code === 0x2f /* / */) break;
    end++;
  }
  return text.slice(from, end);
}

function readDoctype(
  text: string,
  from: number,
): { name: string; internalSubset: string | null; end: number } {
  const name = readName(text, skipWhitespace(text, from));
  const close = text.indexOf('>', from);
  const open = text.indexOf('[', from);
  if (open === -1 || (close !== -1 && close < open)) {
    return { name, internalSubset: null, end: close === -1 ? text.length : close + 1 };
  }
  const subsetEndPattern = /\]\s*>/g;
  subsetEndPattern.lastIndex = open;
  const subsetEnd = subsetEndPattern.exec(text);
  if (!subsetEnd) return { name, internalSubset: text.slice(open + 1), end: text.length };
  return {
    name,
    internalSubset: text.slice(open + 1, subsetEnd.index),
    end: subsetEnd.index + subsetEnd[0].length,
  };
}
