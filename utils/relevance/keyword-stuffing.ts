import { wordsOf, type PostText } from './post-text';
import { evidence } from './evidence';
import type { Evidence } from './relevance';
import { isContentWord } from './stop-words';

/**
 * Text written for search engines rather than readers: one phrase repeated over and over,
 * and a title whose subject the text never takes up (the title changes, the template stays).
 */

/** A phrase counts as stuffed from this many repeats… */
const STUFFED_REPEATS = 6;
/** …when it makes up this share of the text's content words. */
const STUFFED_SHARE = 0.035;
/** The title-subject check needs this much text to be fair. */
const TITLE_CHECK_WORDS = 150;

/**
 * The most repeated two-word phrase (function words left out), when it is stuffed: 2 points.
 * A post about a subject repeats its name; a stuffed one repeats the same phrase in every
 * paragraph, so the share is what tells them apart.
 */
export function repeatedPhrase(text: PostText): Evidence | undefined {
  const content = text.contentWords;
  if (content.length < STUFFED_REPEATS) return undefined;
  const enough = Math.max(STUFFED_REPEATS, content.length * STUFFED_SHARE);
  // A phrase repeated `enough` times starts with a word repeated as often: count words first
  // and build phrase keys only behind those few.
  const wordCounts = new Map<string, number>();
  for (const word of content) wordCounts.set(word, (wordCounts.get(word) ?? 0) + 1);
  const counts = new Map<string, number>();
  let top = '';
  let topCount = 0;
  for (let i = 0; i + 1 < content.length; i++) {
    const first = content[i]!;
    if (wordCounts.get(first)! < enough || first === content[i + 1]) continue;
    const phrase = `${first} ${content[i + 1]}`;
    const count = (counts.get(phrase) ?? 0) + 1;
    counts.set(phrase, count);
    if (count > topCount) [top, topCount] = [phrase, count];
  }
  if (topCount < enough) return undefined;
  return evidence(2, 'relevanceRepeatedPhrase', { phrase: top, count: topCount });
}

/**
 * The title's subject absent from a text long enough to have taken it up (fewer than half of
 * its words appear): 1 point. Words of the author's name are left out (they are the
 * self-promotion, not the subject); a word counts as taken up when the text has it, or for a
 * longer word one with its first five letters ("deploys" and "deployment").
 */
export function titleNotInText(text: PostText, author: string): Evidence | undefined {
  if (text.words.length < TITLE_CHECK_WORDS) return undefined;
  const name = new Set(wordsOf(author));
  const subject = text.titleWords.filter((word) => isContentWord(word) && !name.has(word));
  if (subject.length < 2) return undefined;
  const takenUp = subject.filter((word) => text.wordLine.includes(stem(word))).length;
  if (takenUp * 2 >= subject.length) return undefined;
  return evidence(1, 'relevanceTitleNotInText');
}

/** A short word as itself (" zero "), a longer one by its first five letters (" deplo"). */
function stem(word: string): string {
  return word.length <= 5 ? ` ${word} ` : ` ${word.slice(0, 5)}`;
}
