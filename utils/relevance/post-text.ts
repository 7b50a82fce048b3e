import { decodeHtmlEntities } from '../feed/html-entities';
import type { JudgedPost, JudgedSource } from './relevance';
import { isContentWord } from './stop-words';

/**
 * A post cut once into the parts the signals read, so that no signal parses HTML again: the
 * judge runs on every post of every poll, in a service worker without a DOM.
 */
export interface PostText {
  title: string;
  titleLower: string;
  /** Lower-case words of the title, split like `words`. */
  titleWords: string[];
  /** The post's tags minus the DEV feed's own tag, which every post in that feed carries. */
  tags: string[];
  /** Plain text outside code blocks, as written. */
  prose: string;
  proseLower: string;
  /** Lower-case words of `prose`: letters and digits, joined by `.`, `-`, `'` or `_`. */
  words: string[];
  /** `words` without function words and numbers (`isContentWord`). */
  contentWords: string[];
  /** `words` joined by single spaces, with a space at each end: for phrase look-ups. */
  readonly wordLine: string;
  /** Languages of the code blocks (`rust`, `js`, `plaintext`, or '' when unmarked). */
  codeLanguages: string[];
  /** The text of every code block and inline `<code>`, one line per block. */
  code: string;
  /** Every link target in the summary, lower-case. */
  links: string[];
}

/** Twice the parser's summary bound: room for entity-heavy markup, no more. */
const MAX_HTML_CHARS = 8192;

const CODE_BLOCK = /<pre\b([^>]*)>([\s\S]*?)(?:<\/pre\s*>|$)/gi;
const INLINE_CODE = /<code\b[^>]*>([\s\S]*?)(?:<\/code\s*>|$)/gi;
/** Inside code every `<…>` is markup: text `<` arrives escaped as `&lt;`. */
const TAG = /<[^>]*>/g;
/**
 * The language as the common renderers mark it: DEV (`<pre class="highlight rust">`),
 * CommonMark and Prism (`language-rust`), highlight.js (`lang-rust`), Zola/Hugo (`data-lang`).
 */
const CODE_LANGUAGE = /(?:\bhighlight\s+|\blanguage-|\blang-|data-lang\s*=\s*["'])([\w+#-]+)/i;
const LINK = /\bhref\s*=\s*["']([^"']+)["']/gi;
/**
 * A word of lower-case text: ASCII letters, digits and `_`, and every character from Latin-1
 * letters up except general punctuation, symbols and emoji (U+2000–U+2BFF, surrogates). A
 * character range rather than `\p{L}`, which makes the regex several times slower.
 */
const LETTER = 'a-z0-9_\\u00c0-\\u1fff\\u2c00-\\ud7ff\\uf900-\\uffef';
const WORD = new RegExp(`[${LETTER}]+(?:['’.-][${LETTER}]+)*`, 'g');

/**
 * Reads `post` for the judge. Pure; a few passes over the summary, which the parser bounds
 * (MAX_SUMMARY_HTML_CHARS); a longer one, from elsewhere, is read only that far.
 */
export function readPostText(post: JudgedPost, source: JudgedSource): PostText {
  const html = post.summaryHtml.slice(0, MAX_HTML_CHARS);
  const codeLanguages: string[] = [];
  const codeParts: string[] = [];
  const outsideBlocks = html.includes('<pre')
    ? html.replace(CODE_BLOCK, (_, attributes: string, inner: string) => {
        const language = CODE_LANGUAGE.exec(`${attributes} ${inner.slice(0, 120)}`)?.[1] ?? '';
        codeLanguages.push(language.toLowerCase());
        codeParts.push(codeText(inner));
        return '<p></p>';
      })
    : html;
  if (outsideBlocks.includes('<code')) {
    for (const match of outsideBlocks.matchAll(INLINE_CODE)) codeParts.push(codeText(match[1]!));
  }
  const prose = htmlText(outsideBlocks);
  const proseLower = prose.toLowerCase();
  const words = proseLower.match(WORD) ?? [];
  const ownTag = source.kind === 'dev-tag' ? source.tag : undefined;
  let wordLine: string | undefined;
  return {
    title: post.title,
    titleLower: post.title.toLowerCase(),
    titleWords: wordsOf(post.title),
    tags: post.tags.filter((tag) => tag !== ownTag),
    prose,
    proseLower,
    words,
    contentWords: words.filter(isContentWord),
    // Built on first use: only the self-promotion and title checks need it.
    get wordLine() {
      return (wordLine ??= ` ${words.join(' ')} `);
    },
    codeLanguages,
    code: codeParts.join('\n'),
    links: html.includes('href') ? [...html.matchAll(LINK)].map((m) => m[1]!.toLowerCase()) : [],
  };
}

/** The lower-case words of `text`, as `PostText.words` splits them. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/**
 * Summary HTML as one line of text. Simpler and several times faster than the feed's
 * `htmlToPlainText`, which must also read titles that merely look like HTML ("Vec<T>"): in a
 * summary every `<` that starts a tag is markup, since text `<` arrives escaped.
 */
function htmlText(html: string): string {
  const visible = HIDDEN_HINT.test(html) ? html.replace(HIDDEN, ' ') : html;
  return decodeHtmlEntities(visible.replace(TAG, ' ')).replace(SPACES, ' ').trim();
}

const HIDDEN_HINT = /<(?:!--|script|style|template|noscript)/i;
const HIDDEN = /<!--[\s\S]*?(?:-->|$)|<(script|style|noscript|template)\b[\s\S]*?(?:<\/\1\s*>|$)/gi;
/** Runs of whitespace and lone non-space whitespace: single spaces are left alone (fast). */
const SPACES = /\s\s+|[^\S ]/g;

/** Code as text: highlighting spans dropped, references decoded, layout kept. */
function codeText(html: string): string {
  return decodeHtmlEntities(html.replace(TAG, ''));
}
