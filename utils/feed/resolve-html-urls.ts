import { resolveUrl } from './safe-url';

/**
 * Makes relative `href`/`src` values in summary HTML absolute against the `xml:base` in force
 * for that content. Only the parser knows that base (the numi.st feed puts
 * `xml:base=".../travel-uke/"` on content whose post URL has no trailing slash), so it cannot
 * be left to the popup, which resolves against the post URL. `srcset` is left alone.
 */

const URL_ATTRIBUTE = /(\s(?:href|src)\s*=\s*)(?:"([^"]*)"|'([^']*)')/gi;
const HAS_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;

/** Rewrites relative URL attributes of `html` against `base`; everything else is untouched. */
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
