import { decodeHtmlEntities } from './html-entities';

/**
 * Plain text and HTML, each as the other. HTML (or text that may hold HTML, like most feed
 * titles) becomes one line of plain text: comments and script/style bodies dropped, tags of
 * real HTML elements stripped, character references decoded once, whitespace collapsed. The
 * result is for text nodes and notifications, never for `innerHTML`.
 */

/** Raw input read at most: a longer "title" is hostile or broken, not a headline. */
const MAX_INPUT_CHARS = 4096;

const HIDDEN_BLOCK =
  /<!--[\s\S]*?(?:-->|$)|<(script|style|noscript|template)\b[\s\S]*?(?:<\/\1\s*>|$)/gi;
// Deliberately not quote-aware: `>` inside attribute values is rare in titles, and quote-aware
// patterns backtrack exponentially on unbalanced quotes.
const TAG = /<\/?([A-Za-z][A-Za-z0-9:-]*)(?=[\s/>])[^>]*>|<[!?][^>]*>/g;
const UNFINISHED_TAG_AT_END = /<\/?([A-Za-z][A-Za-z0-9:-]*)[^<>]*$/;
const WHITESPACE_RUN = /\s+/g;
/**
 * C0 and C1 control characters and DEL, besides the whitespace ones collapsed anyway. They come
 * from numeric references (`&#1;`) and from legacy decoding of bytes that were never text
 * (windows-1252 leaves 0x81, 0x8D, 0x8F, 0x90 and 0x9D as C1 controls); none belongs in a title.
 */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

/**
 * Converts `html` to plain text.
 * @param html markup or text; only its first 4,096 characters are read.
 */
export function htmlToPlainText(html: string): string {
  let text = html.length > MAX_INPUT_CHARS ? html.slice(0, MAX_INPUT_CHARS) : html;
  if (text.includes('<')) text = stripTags(text);
  text = decodeHtmlEntities(text);
  return text.replace(CONTROL_CHARACTERS, '').replace(WHITESPACE_RUN, ' ').trim();
}

/**
 * The start of `html` as plain text, at most `maxChars` long, cut at a word boundary with an
 * ellipsis when shortened. Used as the title of title-less items.
 * @param maxChars defaults to 80.
 */
export function plainTextExcerpt(html: string, maxChars = 80): string {
  const text = htmlToPlainText(html);
  if (text.length <= maxChars) return text;
  const hardCut = text.slice(0, maxChars - 1);
  const lastSpace = hardCut.lastIndexOf(' ');
  // A single very long word is cut mid-word rather than dropped.
  const cut = lastSpace > maxChars / 2 ? hardCut.slice(0, lastSpace) : dropHalfSurrogate(hardCut);
  return `${cut.trimEnd()}…`;
}

/**
 * Plain text (Atom `type="text"`, JSON Feed `summary`, YouTube's `media:description`) as HTML
 * that displays the same text: markup characters escaped, line breaks kept.
 */
export function textToHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r?\n/g, '<br>');
}

function stripTags(html: string): string {
  const visible = html.replace(HIDDEN_BLOCK, ' ');
  const stripped = visible.replace(TAG, (tag, name?: string) => {
    if (name === undefined) return ' ';
    const kind = elementKind(name);
    if (kind === 'not-html') return tag;
    return kind === 'block' ? ' ' : '';
  });
  const unfinished = UNFINISHED_TAG_AT_END.exec(stripped);
  if (unfinished && elementKind(unfinished[1]!) !== 'not-html') {
    return stripped.slice(0, unfinished.index);
  }
  return stripped;
}

function dropHalfSurrogate(text: string): string {
  const last = text.charCodeAt(text.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? text.slice(0, -1) : text;
}

/**
 * HTML element names, to tell markup from text that merely looks like it. Rust titles are
 * full of generics — "Box<dyn Error>", "Vec<T>", "Arc<Mutex<u8>>" — and stripping every
 * `<…>` would turn them into "Box", "Vec", "Arc"; only real elements are stripped.
 */
const INLINE = (
  'a abbr acronym audio b bdi bdo big button canvas cite code data del dfn em embed font i ' +
  'iframe img input ins kbd label map mark meter object output picture progress q rp rt ruby s ' +
  'samp select slot small source span strike strong sub sup svg textarea time track tt u var ' +
  'video wbr math'
).split(' ');

const BLOCK = (
  'address area article aside base blockquote body br caption center col colgroup datalist dd ' +
  'details dialog dir div dl dt fieldset figcaption figure footer form frame frameset h1 h2 h3 ' +
  'h4 h5 h6 head header hgroup hr html legend li link main marquee menu meta nav noframes ' +
  'noscript ol optgroup option p param pre script search section style summary table tbody td ' +
  'template tfoot th thead title tr ul'
).split(' ');

const INLINE_ELEMENTS: ReadonlySet<string> = new Set(INLINE);
const BLOCK_ELEMENTS: ReadonlySet<string> = new Set(BLOCK);

/** How an element affects text when its tags are removed. */
export type ElementKind = 'inline' | 'block' | 'not-html';

/**
 * `block` elements separate words ("a<br>b" reads "a b"); `inline` ones do not
 * ("Rust<b>acean</b>"). Prefixed names (`o:p`, `svg:rect`) count as inline markup.
 */
export function elementKind(tagName: string): ElementKind {
  const name = tagName.toLowerCase();
  if (BLOCK_ELEMENTS.has(name)) return 'block';
  if (INLINE_ELEMENTS.has(name) || name.includes(':')) return 'inline';
  return 'not-html';
}
