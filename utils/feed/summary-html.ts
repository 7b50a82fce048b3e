import { MAX_SUMMARY_HTML_CHARS } from './feed-limits';
import { resolveUrl } from './safe-url';

/**
 * The summary HTML kept per post: relative URLs made absolute where only the feed knows the
 * base, and the length bounded. The HTML is not sanitized here; the popup does that at render
 * time.
 */

const PARTIAL_REFERENCE = /^&(?:#[0-9]*|#[xX][0-9a-fA-F]*|[A-Za-z][A-Za-z0-9]*)?$/;
const LONGEST_REFERENCE = 33;

/**
 * Returns `html` unchanged when it fits, else a prefix ending in text plus "…". The cut always
 * lands in text: never inside a tag, an attribute value, a comment, a character reference or a
 * surrogate pair, so the markup stays parseable (unclosed elements are closed by the HTML
 * parser when the popup sanitizes it).
 * @param maxChars total length allowed, ellipsis included; defaults to MAX_SUMMARY_HTML_CHARS.
 */
export function boundSummaryHtml(html: string, maxChars = MAX_SUMMARY_HTML_CHARS): string {
  if (html.length <= maxChars) return html;
  const limit = Math.max(0, maxChars - 1);
  const cut = avoidSplitCharacter(html, avoidSplitReference(html, lastTextPosition(html, limit)));
  return `${html.slice(0, cut).trimEnd()}…`;
}

/** The largest index ≤ `limit` that is outside every tag and comment. */
function lastTextPosition(html: string, limit: number): number {
  let markupStart = -1; // where the tag or comment we are in began; -1 in text
  let inComment = false;
  let quote = 0;
  for (let i = 0; i < limit; i++) {
    const code = html.charCodeAt(i);
    if (markupStart === -1) {
      if (code === 0x3c /* < */ && startsMarkup(html.charCodeAt(i + 1))) {
        markupStart = i;
        inComment = html.startsWith('<!--', i);
        if (inComment) i += 3;
      }
    } else if (inComment) {
      if (code === 0x3e /* > */ && html.startsWith('--', i - 2)) markupStart = -1;
    } else if (quote !== 0) {
      if (code === quote) quote = 0;
    } else if (code === 0x22 /* " */ || code === 0x27 /* ' */) {
      quote = code;
    } else if (code === 0x3e /* > */) {
      markupStart = -1;
    }
  }
  return markupStart === -1 ? limit : markupStart;
}

/** As the HTML tokenizer decides: `<` opens markup only before a letter, `/`, `!` or `?`. */
function startsMarkup(next: number): boolean {
  const isLetter = (next >= 0x41 && next <= 0x5a) || (next >= 0x61 && next <= 0x7a);
  return isLetter || next === 0x2f || next === 0x21 || next === 0x3f;
}

function avoidSplitReference(html: string, cut: number): number {
  const ampersand = html.lastIndexOf('&', cut - 1);
  if (ampersand === -1 || cut - ampersand > LONGEST_REFERENCE) return cut;
  return PARTIAL_REFERENCE.test(html.slice(ampersand, cut)) ? ampersand : cut;
}

function avoidSplitCharacter(html: string, cut: number): number {
  const last = html.charCodeAt(cut - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut - 1 : cut;
}

const URL_ATTRIBUTE = /(\s(?:href|src)\s*=\s*)(?:"([^"]*)"|'([^']*)')/gi;
const HAS_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;

/**
 * Makes relative `href`/`src` values in summary HTML absolute against `base`, the `xml:base`
 * in force for that content; everything else is untouched. Only the parser knows that base
 * (the numi.st feed puts `xml:base=".../travel-uke/"` on content whose post URL has no
 * trailing slash), so it cannot be left to the popup, which resolves against the post URL.
 * `srcset` is left alone.
 */
export function resolveHtmlUrls(html: string, base: string): string {
  if (!html.includes('href') && !html.includes('src')) return html;
  return html.replace(
    URL_ATTRIBUTE,
    (attribute, prefix: string, doubleQuoted?: string, singleQuoted?: string) => {
      const value = (doubleQuoted ?? singleQuoted ?? '').trim();
      if (!value || value.startsWith('#') || HAS_SCHEME.test(value)) return attribute;
      const resolved = resolveUrl(value, base);
      // The URL serializer percent-encodes `"`, so the value cannot escape its quotes.
      return resolved ? `${prefix}"${resolved}"` : attribute;
    },
  );
}
