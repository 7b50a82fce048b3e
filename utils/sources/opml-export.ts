import type { Source } from './source';
import { RUST_RADAR_OPML_NAMESPACE, RUST_RADAR_OPML_PREFIX } from './opml-format';
import { NON_XML_CHARACTERS } from './xml-characters';

export interface OpmlExportOptions {
  /** The document's `<head><title>`. Default: "Rust Radar sources". */
  title?: string;
}

/**
 * The user's sources as an OPML 2.0 document, one `<outline type="rss">` per source in list
 * order (`text` and `title` = the title, `xmlUrl`, `htmlUrl` when known), disabled ones marked
 * `rustradar:enabled="false"`. Readable by any feed reader; `parseOpml` reads it back to the
 * same sources.
 * @param now the export time (ms), written as `<dateCreated>` in RFC 822 form.
 */
export function sourcesToOpml(
  sources: readonly Source[],
  now: number,
  options: OpmlExportOptions = {},
): string {
  const { title = 'Rust Radar sources' } = options;
  const outlines = sources.map((source) => `    ${outline(source)}`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<opml version="2.0" xmlns:${RUST_RADAR_OPML_PREFIX}="${RUST_RADAR_OPML_NAMESPACE}">`,
    '  <head>',
    `    <title>${escapeXml(title)}</title>`,
    `    <dateCreated>${new Date(now).toUTCString()}</dateCreated>`,
    '    <docs>https://opml.org/spec2.opml</docs>',
    '  </head>',
    '  <body>',
    ...outlines,
    '  </body>',
    '</opml>',
    '',
  ].join('\n');
}

function outline(source: Source): string {
  const attributes: [string, string][] = [
    ['type', 'rss'],
    ['text', source.title],
    ['title', source.title],
    ['xmlUrl', source.feedUrl],
  ];
  if (source.homepageUrl) attributes.push(['htmlUrl', source.homepageUrl]);
  if (!source.enabled) attributes.push([`${RUST_RADAR_OPML_PREFIX}:enabled`, 'false']);
  return `<outline ${attributes.map(([name, value]) => `${name}="${escapeXml(value)}"`).join(' ')}/>`;
}

/**
 * Text safe inside an XML attribute or element: the five markup characters as entities;
 * tab, line feed and carriage return as character references (an attribute would otherwise
 * turn them into spaces); other characters XML 1.0 cannot carry (C0 controls, lone
 * surrogates, U+FFFE/U+FFFF) dropped.
 */
export function escapeXml(text: string): string {
  return text
    .replace(NON_XML_CHARACTERS, '')
    .replace(/[&<>"'\t\n\r]/g, (character) => ESCAPES[character]!);
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};
