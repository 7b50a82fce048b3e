import type { Config } from 'dompurify';

/**
 * What survives of a post summary: text structure, code, tables, links and images. An
 * allowlist, so anything not named here (script, style, form controls, iframe/object/embed,
 * base, meta, link, SVG, MathML, template…) is gone, whatever the feed sends.
 */
const ALLOWED_TAGS = [
  'a',
  'abbr',
  'b',
  'blockquote',
  'br',
  'caption',
  'cite',
  'code',
  'dd',
  'del',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'pre',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'u',
  'ul',
  'var',
];

/**
 * No `style` (it can hide or fake UI), no `class`/`id` (they would pick up the popup's own CSS
 * and clobber DOM names), no `on*` handlers (never allowed by DOMPurify anyway), no `srcset`
 * (it would load images behind the placeholder's back).
 */
const ALLOWED_ATTR = [
  'href',
  'src',
  'alt',
  'title',
  'colspan',
  'rowspan',
  'start',
  'lang',
  'datetime',
];

/** http, https and mailto, or relative (resolved and re-checked after sanitizing). */
const ALLOWED_URI_REGEXP = /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

/** DOMPurify's config for summaries; the result is post-processed by `finishSummary`. */
export const SUMMARY_POLICY = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOWED_URI_REGEXP,
  // The feed must not smuggle in our own data-src placeholders, nor anything else data-*.
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  // Belt and braces: even if the allowlist grows, these stay out.
  FORBID_TAGS: [
    'style',
    'form',
    'iframe',
    'object',
    'embed',
    'base',
    'meta',
    'link',
    'svg',
    'math',
  ],
  FORBID_ATTR: ['style', 'srcset', 'ping', 'formaction', 'action', 'srcdoc'],
  RETURN_DOM_FRAGMENT: true as const,
} satisfies Config;
