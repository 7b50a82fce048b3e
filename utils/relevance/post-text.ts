import { htmlToPlainText } from '../feed/plain-text';
import type { JudgedPost, JudgedSource } from './relevance';

/**
 * A post cut once into the parts the signals read, so that no signal parses HTML again: the
 * judge runs on every post of every poll, in a service worker without a DOM.
 */
export interface PostText {
  title: string;
  titleLower: string;
  /** The post's tags minus the DEV feed's own tag, which every post in that feed carries. */
  tags: string[];
  /** Plain text outside code blocks, as written. */
  prose: string;
  proseLower: string;
  /** Lower-case words of `prose`: letters and digits, joined by `.`, `-`, `'` or `_`. */
  words: string[];
  /** Languages of the code blocks (`rust`, `js`, `plaintext`, or '' when unmarked). */
  codeLanguages: string[];
  /** The text of every code block and inline `<code>`, one line per block. */
  code: string;
  /** Every link target in the summary, lower-case. */
  links: string[];
}

const CODE_BLOCK = /<pre\b([^>]*)>([\s\S]*?)(?:<\/pre\s*>|$)/gi;
const INLINE_CODE = /<code\b[^>]*>([\s\S]*?)(?:<\/code\s*>|$)/gi;
/**
 * The language as the common renderers mark it: DEV (`<pre class="highlight rust">`),
 * CommonMark and Prism (`language-rust`), highlight.js (`lang-rust`), Zola/Hugo (`data-lang`).
 */
const CODE_LANGUAGE = /(?:\bhighlight\s+|\blanguage-|\blang-|data-lang\s*=\s*["'])([\w+#-]+)/i;
const LINK = /\bhref\s*=\s*["']([^"']+)["']/gi;
const WORD = /[\p{L}\p{N}_]+(?:['’.-][\p{L}\p{N}_]+)*/gu;

/** Reads `post` for the judge. Pure; about as costly as one pass over the summary. */
export function readPostText(post: JudgedPost, source: JudgedSource): PostText {
  const html = post.summaryHtml;
  const codeLanguages: string[] = [];
  const codeParts: string[] = [];
  const outsideBlocks = html.replace(CODE_BLOCK, (_, attributes: string, inner: string) => {
    const language = CODE_LANGUAGE.exec(`${attributes} ${inner.slice(0, 120)}`)?.[1] ?? '';
    codeLanguages.push(language.toLowerCase());
    codeParts.push(htmlToPlainText(inner));
    return '<p></p>';
  });
  for (const match of outsideBlocks.matchAll(INLINE_CODE)) {
    codeParts.push(htmlToPlainText(match[1]!));
  }
  const prose = htmlToPlainText(outsideBlocks);
  const proseLower = prose.toLowerCase();
  const ownTag = source.kind === 'dev-tag' ? source.tag : undefined;
  return {
    title: post.title,
    titleLower: post.title.toLowerCase(),
    tags: post.tags.filter((tag) => tag !== ownTag),
    prose,
    proseLower,
    words: proseLower.match(WORD) ?? [],
    codeLanguages,
    code: codeParts.join('\n'),
    links: [...html.matchAll(LINK)].map((match) => match[1]!.toLowerCase()),
  };
}

/** The lower-case words of `text`, as `PostText.words` splits them. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}
