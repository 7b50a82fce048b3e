import { textToHtml } from './text-to-html';
import { attributeOf, textOf } from './xml-node';

/** Markup that gives away HTML in an Atom text construct that forgot `type="html"`. */
const LOOKS_LIKE_HTML = /<\/?(?:p|br|a|div|img|em|strong|b|i|ul|ol|li|pre|code|h[1-6])[\s/>]/i;

/**
 * An Atom text construct (`summary`, `content`) as HTML.
 * - `type="html"`: the decoded text is the HTML.
 * - `type="xhtml"`: the markup kept verbatim by the parser's stop nodes.
 * - `type="text"`: escaped. With no `type`, also text per RFC 4287 §3.1.1, unless it plainly
 *   holds HTML tags, which is what such feeds mean.
 * - anything else (a media type, or out-of-line `src` content): nothing to show.
 */
export function atomTextAsHtml(value: unknown): string {
  const text = textOf(value);
  if (!text) return '';
  const type = attributeOf(value, 'type')?.trim().toLowerCase();
  if (type === 'html' || type === 'xhtml' || type === 'text/html') return text;
  if (type === undefined && LOOKS_LIKE_HTML.test(text)) return text;
  if (type === undefined || type === 'text' || type === 'text/plain') return textToHtml(text);
  return '';
}
