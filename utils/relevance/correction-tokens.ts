import type { PostText } from './post-text';
import { RUST_NAMES, RUST_TAG, RUST_WORD } from './rust-vocabulary';
import { isContentWord } from './stop-words';

/** Tokens read per post: title and tags first, then the text in order. */
export const MAX_TOKENS_PER_POST = 80;
/** Longer words are URLs, hashes or garbage, not vocabulary. */
export const MAX_TOKEN_LENGTH = 20;

/**
 * The distinct words the correction model learns from: title words, tags (as `#tag`) and
 * text words, lower-case, function words, numbers and very short words dropped. Rust's own
 * vocabulary is left out on purpose: the rules already weigh it, and every post in a Rust
 * feed shares it, so a single "not Rust" on a post that says "Rust" would otherwise count
 * against every Rust post. The model learns the reader's taste beyond that.
 */
export function correctionTokens(text: PostText): string[] {
  const tokens = new Set<string>();
  const add = (token: string) => {
    if (tokens.size < MAX_TOKENS_PER_POST && token.length <= MAX_TOKEN_LENGTH) tokens.add(token);
  };
  for (const word of text.titleWords) {
    if (isLearnable(word)) add(word);
  }
  for (const tag of text.tags) if (!RUST_TAG.test(tag) && !RUST_NAMES.has(tag)) add(`#${tag}`);
  for (const word of text.words) {
    if (tokens.size >= MAX_TOKENS_PER_POST) break;
    if (isLearnable(word)) add(word);
  }
  return [...tokens];
}

function isLearnable(word: string): boolean {
  return (
    isContentWord(word) &&
    !RUST_NAMES.has(word) &&
    !(word.includes('rust') && RUST_IN_WORD.test(word))
  );
}

/** `RUST_WORD` without the global flag, for a yes/no test. */
const RUST_IN_WORD = new RegExp(RUST_WORD.source, 'i');
