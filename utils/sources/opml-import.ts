import { XMLParser, XMLValidator, type X2jOptions } from 'fast-xml-parser';
import { describeXmlError } from '../feed/describe-xml-error';
import { findDangerousEntity } from '../feed/entity-guard';
import { sniffDocument } from '../feed/sniff-document';
import { allNodes, ATTRIBUTE_PREFIX, firstNode, localName, type XmlNode } from '../feed/xml-node';
import { entityLimits, FEED_XML_PARSER_OPTIONS } from '../feed/xml-parser-options';
import { sourceForFeedUrl } from './add-source';
import { normalizeFeedUrl } from './feed-url';
import { opmlFailure, type OpmlImportResult } from './opml-error';
import { MAX_OPML_CHARS, MAX_SOURCES, RUST_RADAR_OPML_NAMESPACE } from './opml-format';
import type { Source } from './source';

/**
 * The feed parser's settings (every entity limit explicit, values kept as strings,
 * prefixes kept), with `outline` always an array and the expansion budget sized to the
 * OPML size cap instead of the feed one.
 */
const OPML_XML_PARSER_OPTIONS: X2jOptions = {
  ...FEED_XML_PARSER_OPTIONS,
  processEntities: entityLimits(MAX_OPML_CHARS),
  isArray: (tagName, _jPath, _isLeafNode, isAttribute) =>
    !isAttribute && localName(tagName) === 'outline',
  stopNodes: [],
};

const MAX_URL_IN_MESSAGE = 80;

/**
 * Reads an OPML file of feeds strictly: a bad file changes nothing, so the answer is either
 * every source or one sentence saying what is wrong. Never throws.
 * - At most MAX_OPML_CHARS (1 MB); well-formed XML; no entity tricks (the feed parser's
 *   guard and limits); root `<opml>` with a `<body>`.
 * - Every outline with an `xmlUrl` is a feed, however deep in folders (folders are flattened,
 *   in document order); outlines without one (folders, notes, links) are skipped.
 * - Each `xmlUrl` must be an absolute http(s) URL without credentials; one bad address
 *   refuses the file, naming the address.
 * - The same feed listed twice (after normalizing, so a DEV tag written two ways too) counts
 *   once, the first time; at least 1 and at most MAX_SOURCES (500) feeds.
 * DEV tag feeds and curated feeds come back as those sources, with their own titles; other
 * feeds as custom sources titled by the outline's `title` or `text` (else their host), with
 * `htmlUrl` as their homepage when it is an absolute http(s) URL (relative ones are dropped).
 * Sources are enabled unless marked `rustradar:enabled="false"` (see `sourcesToOpml`).
 */
export function parseOpml(text: string): OpmlImportResult {
  try {
    return parseOpmlOrThrow(text);
  } catch (error) {
    // A bug or an engine limit must not take the options page down; say so and change nothing.
    return opmlFailure('not-xml', `unexpected error: ${String(error)}`);
  }
}

function parseOpmlOrThrow(text: string): OpmlImportResult {
  if (text.length > MAX_OPML_CHARS) return opmlFailure('too-large');
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return opmlFailure('empty');

  const sniffed = sniffDocument(body);
  if (sniffed.kind === 'json') return opmlFailure('not-opml', 'JSON');
  if (sniffed.kind === 'html') return opmlFailure('not-opml', 'HTML');
  if (sniffed.kind === 'xml' && sniffed.internalSubset !== null) {
    const danger = findDangerousEntity(sniffed.internalSubset);
    if (danger !== null) return opmlFailure('entity-expansion', danger);
  }

  const validation = XMLValidator.validate(body);
  if (validation !== true) return opmlFailure('not-xml', describeXmlError(validation.err));
  let parsed: unknown;
  try {
    parsed = new XMLParser(OPML_XML_PARSER_OPTIONS).parse(body);
  } catch (error) {
    const detail = (error instanceof Error ? error.message : String(error)).replace(
      /^\[\w+\]\s*/,
      '',
    );
    return opmlFailure(/entit/i.test(detail) ? 'entity-expansion' : 'not-xml', detail);
  }

  const rootName = isNode(parsed) ? Object.keys(parsed)[0] : undefined;
  if (rootName === undefined) return opmlFailure('not-xml', 'no root element');
  if (rootName !== 'opml') return opmlFailure('not-opml', `<${rootName}>`);
  const root = firstNode((parsed as XmlNode)[rootName]);
  if (!root || root.body === undefined) return opmlFailure('no-body');
  // `<body/>` arrives as '' and `<body>text</body>` as a string: a body without outlines.
  return collectSources(firstNode(root.body) ?? {}, enabledAttributeKey(root));
}

/** Walks the outlines in document order, without recursion (nesting depth is the file's). */
function collectSources(body: XmlNode, enabledKey: string | null): OpmlImportResult {
  const sources = new Map<string, Source>();
  let feedOutlines = 0;
  const pending = [...allNodes(body.outline)].reverse();
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    const children = allNodes(node.outline);
    for (let i = children.length - 1; i >= 0; i--) pending.push(children[i]!);

    const xmlUrl = attribute(node, 'xmlUrl');
    if (xmlUrl === undefined) continue;
    feedOutlines++;
    const normalized = normalizeFeedUrl(xmlUrl);
    if (!normalized.ok) return opmlFailure('bad-url', shortened(xmlUrl.trim()));
    const source = sourceForFeedUrl(normalized.url, {
      title: attribute(node, 'title') || attribute(node, 'text'),
      homepageUrl: attribute(node, 'htmlUrl'),
      enabled: enabledKey === null || node[enabledKey] !== 'false',
    });
    if (!sources.has(source.id)) sources.set(source.id, source);
  }
  if (feedOutlines === 0) return opmlFailure('no-feeds');
  if (sources.size > MAX_SOURCES) return opmlFailure('too-many', String(sources.size));
  return { ok: true, sources: [...sources.values()] };
}

/**
 * The attribute key of `rustradar:enabled` under whatever prefix the file's root binds to
 * Rust Radar's namespace, or null when the file does not use it (any other reader's export).
 */
function enabledAttributeKey(root: XmlNode): string | null {
  const declaration = `${ATTRIBUTE_PREFIX}xmlns:`;
  for (const [key, value] of Object.entries(root)) {
    if (key.startsWith(declaration) && value === RUST_RADAR_OPML_NAMESPACE) {
      return `${ATTRIBUTE_PREFIX}${key.slice(declaration.length)}:enabled`;
    }
  }
  return null;
}

/**
 * An attribute's value, its name matched without regard to case: OPML names it `xmlUrl`, but
 * some exporters write `xmlurl` or `XMLURL`.
 */
function attribute(node: XmlNode, name: string): string | undefined {
  const exact = node[ATTRIBUTE_PREFIX + name];
  if (typeof exact === 'string') return exact;
  const wanted = (ATTRIBUTE_PREFIX + name).toLowerCase();
  for (const [key, value] of Object.entries(node)) {
    if (key.toLowerCase() === wanted && typeof value === 'string') return value;
  }
  return undefined;
}

function shortened(url: string): string {
  const characters = [...url];
  return characters.length > MAX_URL_IN_MESSAGE
    ? `${characters.slice(0, MAX_URL_IN_MESSAGE - 1).join('')}…`
    : url;
}

function isNode(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
