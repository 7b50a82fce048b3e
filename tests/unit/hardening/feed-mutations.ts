import fc from 'fast-check';

/**
 * Random damage to a feed's bytes, as fast-check values: what a flaky network, a broken CMS
 * or a hostile server could make of a real feed. Positions are fractions of the current
 * length, so a mutation stays meaningful after the ones before it changed the length.
 */
export type Mutation =
  | { kind: 'flip'; at: number; xor: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  /** Inserts text right after some `>`: the document usually stays well-formed. */
  | { kind: 'insert-text'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'duplicate-element'; at: number }
  | { kind: 'remove-tag'; at: number };

/** Fragments that break parsers: markup starts, CDATA ends, references of every kind. */
const NASTY_FRAGMENTS = [
  '<',
  '>',
  '&',
  ']]>',
  '<![CDATA[',
  '<!--',
  '-->',
  '<?xml version="1.0"?>',
  '<!DOCTYPE rss [<!ENTITY e "x">]>',
  '<!ENTITY a "&b;">',
  '&amp;',
  '&lt;',
  '&gt;',
  '&quot;',
  '&nbsp;',
  '&mdash;',
  '&bogus;',
  '&e;',
  '&#0;',
  '&#1;',
  '&#x1F;',
  '&#127;',
  '&#x85;',
  '&#150;',
  '&#xD800;',
  '&#x110000;',
  '&#99999999;',
  '&#x1F980;',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '<script>alert(1)</script>',
  '<b>',
  '</item>',
  '<item>',
  '<entry>',
  '<title>',
  '</title>',
  '<link>javascript:alert(1)</link>',
  '<link>https://evil.example/</link>',
  '<guid></guid>',
  '<pubDate>Mon, 99 Foo 99999</pubDate>',
  '<category>RUST</category><category>rust</category>',
  '\u0000',
  '\u0007',
  '\ufeff',
  '\ud83e\udd80',
  '"',
  "'",
  '{',
  '}',
  '[',
  '"items":',
];

const encoder = new TextEncoder();
/**
 * Where in the document, as a fraction of its length. Without bias: fast-check otherwise
 * favours small values, and nearly every mutation would hit the XML declaration.
 */
const fraction = fc.noBias(fc.integer({ min: 0, max: 999_999 })).map((n) => n / 1_000_000);

const insertedBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_FRAGMENTS).map((text) => encoder.encode(text)) },
  // Random unicode, including lone surrogates (encoded as U+FFFD) and control characters.
  {
    weight: 2,
    arbitrary: fc.string({ unit: 'binary', maxLength: 12 }).map((t) => encoder.encode(t)),
  },
  { weight: 1, arbitrary: fc.uint8Array({ minLength: 1, maxLength: 8 }) },
);

/**
 * Text that keeps XML well-formed but tests what comes after the XML parser: references of
 * every kind (decoded once by XML, once more as HTML), escaped markup, controls, emoji.
 */
const TEXT_FRAGMENTS = [
  '&amp;',
  '&amp;amp;',
  '&lt;b&gt;bold&lt;/b&gt;',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '&lt;img src=x onerror=alert(1)&gt;',
  '&lt;a href="javascript:alert(1)"&gt;x&lt;/a&gt;',
  '&lt;!-- c --&gt;',
  '&lt;Vec&lt;T&gt;&gt;',
  '&amp;nbsp;',
  '&amp;#1;',
  '&amp;#x85;',
  '&#1;',
  '&#x1F;',
  '&#x7F;',
  '&#150;',
  '&#x85;',
  '&#x9D;',
  '&#xFFFE;',
  '&#x1F980;',
  '&nbsp;&nbsp;',
  '&mdash;',
  '&unknown;',
  '  \t\n  ',
  'RUST',
  'Ärger über Öl',
  '“Fearless”',
  '\u202e\u200b',
  'https://dev.to/x',
  '//evil.example/x',
  'javascript:alert(1)',
];

const escapedUnicode = fc
  .string({ unit: 'grapheme', maxLength: 10 })
  .map((text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;'));

export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('insert-text' as const),
      at: fraction,
      text: fc.oneof(fc.constantFrom(...TEXT_FRAGMENTS), escapedUnicode),
    }),
  },
  fc.record({
    kind: fc.constant('flip' as const),
    at: fraction,
    xor: fc.integer({ min: 1, max: 255 }),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fraction }),
  fc.record({ kind: fc.constant('insert' as const), at: fraction, bytes: insertedBytes }),
  fc.record({
    kind: fc.constant('delete' as const),
    at: fraction,
    length: fc.integer({ min: 1, max: 200 }),
  }),
  fc.record({
    kind: fc.constant('duplicate' as const),
    at: fraction,
    length: fc.integer({ min: 1, max: 400 }),
  }),
  fc.record({ kind: fc.constant('duplicate-element' as const), at: fraction }),
  fc.record({ kind: fc.constant('remove-tag' as const), at: fraction }),
);

const LT = 0x3c;
const GT = 0x3e;

/** Applies `mutations` in order to a copy of `source`. */
export function applyMutations(source: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  let bytes = source;
  for (const mutation of mutations) bytes = applyMutation(bytes, mutation);
  return bytes;
}

function applyMutation(bytes: Uint8Array, mutation: Mutation): Uint8Array {
  const at = Math.floor(mutation.at * bytes.length);
  switch (mutation.kind) {
    case 'flip': {
      if (bytes.length === 0) return bytes;
      const copy = bytes.slice();
      copy[at] = copy[at]! ^ mutation.xor;
      return copy;
    }
    case 'truncate':
      return bytes.slice(0, at);
    case 'insert':
      return concat(bytes.subarray(0, at), mutation.bytes, bytes.subarray(at));
    case 'insert-text': {
      // The n-th `>` of the document, not the first after a random byte: long element bodies
      // would otherwise swallow nearly every insertion, and short ones (titles) see none.
      const after = nthIndexOf(bytes, GT, Math.floor(mutation.at * count(bytes, GT))) + 1;
      if (after === 0) return bytes;
      return concat(bytes.subarray(0, after), encoder.encode(mutation.text), bytes.subarray(after));
    }
    case 'delete':
      return concat(bytes.subarray(0, at), bytes.subarray(at + mutation.length));
    case 'duplicate':
      return concat(bytes.subarray(0, at + mutation.length), bytes.subarray(at));
    case 'duplicate-element': {
      const element = elementFrom(bytes, at);
      if (!element) return bytes;
      return concat(
        bytes.subarray(0, element.end),
        bytes.subarray(element.start, element.end),
        bytes.subarray(element.end),
      );
    }
    case 'remove-tag': {
      const start = bytes.indexOf(LT, at);
      const end = start === -1 ? -1 : bytes.indexOf(GT, start);
      if (end === -1) return bytes;
      return concat(bytes.subarray(0, start), bytes.subarray(end + 1));
    }
  }
}

/** The first whole element (`<name …>…</name>`) starting at or after `from`, if any. */
function elementFrom(bytes: Uint8Array, from: number): { start: number; end: number } | null {
  const text = new TextDecoder('latin1').decode(bytes.subarray(from, from + 200_000));
  const open = /<([A-Za-z][\w:.-]*)[\s>]/.exec(text);
  if (!open) return null;
  const close = text.indexOf(`</${open[1]}>`, open.index);
  if (close === -1) return null;
  return { start: from + open.index, end: from + close + open[1]!.length + 3 };
}

function count(bytes: Uint8Array, byte: number): number {
  let n = 0;
  for (let i = bytes.indexOf(byte); i !== -1; i = bytes.indexOf(byte, i + 1)) n++;
  return n;
}

function nthIndexOf(bytes: Uint8Array, byte: number, n: number): number {
  let i = bytes.indexOf(byte);
  for (let k = 0; k < n && i !== -1; k++) i = bytes.indexOf(byte, i + 1);
  return i;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
