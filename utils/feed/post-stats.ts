import type { PostStats } from './post';

/** Adult silent reading speed for non-fiction (Brysbaert 2019 puts it at 238 wpm). */
export const WORDS_PER_MINUTE = 230;

/**
 * Rust code blocks as the common renderers mark them: DEV (`<pre class="highlight rust">`),
 * CommonMark/Hugo/Zola/Prism (`language-rust`), highlight.js/Google Prettify (`lang-rust`),
 * and Hugo's Chroma (`data-lang="rust"`). Only attribute values count, not prose.
 */
const RUST_CODE_BLOCK =
  /\bclass\s*=\s*["'][^"']*\b(?:highlight\s+rust|language-rust|lang-rust)\b|\bdata-lang\s*=\s*["']rust["']/i;

/** Stats for the full body HTML of a post, before its summary is trimmed. */
export function postStats(fullHtml: string): PostStats {
  return {
    readingMinutes: readingMinutes(countWords(fullHtml)),
    hasRustCode: RUST_CODE_BLOCK.test(fullHtml),
  };
}

/** Whole minutes at WORDS_PER_MINUTE, never less than 1. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/**
 * Words in the text of `html`: runs of non-space characters outside tags. A single scan with
 * no intermediate strings, because full bodies can be hundreds of kilobytes.
 */
export function countWords(html: string): number {
  let words = 0;
  let inWord = false;
  let inTag = false;
  for (let i = 0; i < html.length; i++) {
    const code = html.charCodeAt(i);
    if (inTag) {
      if (code === 0x3e /* > */) inTag = false;
    } else if (code === 0x3c /* < */ && isMarkupStart(html.charCodeAt(i + 1))) {
      inTag = true;
      // Every tag ends a word: "</p><p>" without whitespace between is common, while a word
      // split by inline markup ("Rust<b>acean</b>") is rare, so this errs the cheaper way.
      inWord = false;
    } else if (code <= 0x20 || code === 0xa0) {
      inWord = false;
    } else if (!inWord) {
      inWord = true;
      words++;
    }
  }
  return words;
}

function isMarkupStart(next: number): boolean {
  const isLetter = (next >= 0x41 && next <= 0x5a) || (next >= 0x61 && next <= 0x7a);
  return isLetter || next === 0x2f /* / */ || next === 0x21; /* ! */
}
