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
