import { XMLValidator } from 'fast-xml-parser';
import type { FeedContext } from './build-feed-item';
import { describeXmlError } from './describe-xml-error';
import { findDangerousEntity } from './entity-guard';
import { feedFailure, type FeedParseResult } from './feed-failure';
import { normalizeXmlDocument } from './normalize-xml-document';
import type { XmlNode } from './xml-node';
import { createFeedXmlParser } from './xml-parser-options';

const ENTITY_PROBLEM = /entit/i;

/**
 * Validates, parses and normalizes an XML feed.
 * @param internalSubset the DOCTYPE internal subset found while sniffing, checked before any
 *   parser sees the document.
 */
export function parseXmlFeed(
  text: string,
  internalSubset: string | null,
  context: FeedContext,
): FeedParseResult {
  if (internalSubset !== null) {
    const danger = findDangerousEntity(internalSubset);
    if (danger !== null) return feedFailure('entity-expansion', danger);
  }

  const validation = XMLValidator.validate(text);
  if (validation !== true) return feedFailure('malformed-xml', describeXmlError(validation.err));

  let parsed: unknown;
  try {
    parsed = createFeedXmlParser().parse(text);
  } catch (error) {
    // The validator passed, so what remains are the parser's own limits.
    const message = error instanceof Error ? error.message : String(error);
    const detail = message.replace(/^\[\w+\]\s*/, '');
    if (ENTITY_PROBLEM.test(message)) return feedFailure('entity-expansion', detail);
    return feedFailure('malformed-xml', detail);
  }
  if (typeof parsed !== 'object' || parsed === null) {
    return feedFailure('unknown-format', 'no root element');
  }
  return normalizeXmlDocument(parsed as XmlNode, context);
}
