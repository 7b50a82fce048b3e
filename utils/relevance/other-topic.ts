import { evidence, listed, pointsOf } from './evidence';
import type { PostText } from './post-text';
import type { Evidence, Tally } from './relevance';
import { isRustTag, type RustTally } from './rust-evidence';
import { RUST_NAMES, RUST_TAG } from './rust-vocabulary';
import {
  DOTTED_TECH,
  NEUTRAL_CODE,
  OTHER_TECH,
  OTHER_TECH_IN_TEXT,
  PROGRAMMING_WORDS,
} from './topic-vocabulary';

/** Fewer programming words than this per 100 words: not a programming text. */
const PROGRAMMING_WORDS_PER_100 = 1;

/**
 * How much a post shows another subject than Rust. Points:
 * - no Rust at all (title, tags, text, code, links) in 150+ words: 3; in 60+ words: 2 —
 *   below that the text is too thin to say anything;
 * - Rust named only in passing (a mention or two, nothing else) in 150+ words: 2;
 * - the title names another technology and nothing of Rust: 2;
 * - tags name other technologies and none is Rust's: 1, or 2 for two tags or more;
 * - code in other languages and none in Rust: 2;
 * - other technologies named three times or more in a text with little Rust: 1, six+: 2;
 * - no Rust and hardly a programming word: not a programming text: 2.
 */
export function otherTopicEvidence(text: PostText, rust: RustTally): Tally {
  const found: Evidence[] = [];
  const words = text.words.length;
  if (rust.score === 0 && words >= 60) {
    found.push(evidence(words >= 150 ? 3 : 2, 'relevanceNoRust'));
  } else if (rust.score <= 2 && rust.substance === 0 && !rust.titleNamesRust && words >= 150) {
    found.push(evidence(2, 'relevanceRustInPassing'));
  }
  const titleTech = otherTechInTitle(text);
  if (titleTech.length > 0) {
    found.push(evidence(2, 'relevanceOtherTopicTitle', { topics: listed(titleTech) }));
  }
  const tagTech = otherTechTags(text.tags);
  if (tagTech.length > 0) {
    const weight = Math.min(2, tagTech.length);
    found.push(evidence(weight, 'relevanceOtherTopicTags', { tags: listed(tagTech) }));
  }
  const foreignCode = new Set(text.codeLanguages.filter((lang) => lang && !NEUTRAL_CODE.has(lang)));
  if (foreignCode.size > 0 && rust.substance < 4) {
    found.push(evidence(2, 'relevanceOtherCode', { languages: listed(foreignCode) }));
  }
  if (rust.score <= 2) {
    const named = text.proseLower.match(OTHER_TECH_IN_TEXT) ?? [];
    if (named.length >= 3) {
      const topics = listed(new Set(named));
      found.push(evidence(named.length >= 6 ? 2 : 1, 'relevanceOtherTopicText', { topics }));
    }
  }
  if (rust.score === 0 && words >= 60 && !isProgrammingText(text)) {
    found.push(evidence(2, 'relevanceNotProgramming'));
  }
  return { score: pointsOf(found), evidence: found };
}

function otherTechInTitle(text: PostText): string[] {
  if (text.titleWords.some((word) => RUST_NAMES.has(word) || RUST_TAG.test(word))) return [];
  const found = new Set(text.titleLower.match(DOTTED_TECH) ?? []);
  for (const word of text.titleWords) {
    // "go" is a verb too: only the capitalised name counts.
    if (OTHER_TECH.has(word) && (word !== 'go' || GO.test(text.title))) found.add(word);
  }
  return [...found];
}

const GO = /\bGo\b/;

function otherTechTags(tags: readonly string[]): string[] {
  if (tags.some(isRustTag)) return [];
  return tags.filter((tag) => OTHER_TECH.has(tag));
}

function isProgrammingText(text: PostText): boolean {
  let count = 0;
  for (const word of text.words) {
    if (PROGRAMMING_WORDS.has(word)) count++;
  }
  return count * 100 >= text.words.length * PROGRAMMING_WORDS_PER_100;
}
