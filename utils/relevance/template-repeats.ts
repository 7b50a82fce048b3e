import { readPostText, wordsOf, type PostText } from './post-text';
import { evidence } from './evidence';
import type { AuthorPostPrint, Evidence, JudgedPost } from './relevance';
import { isContentWord, STOP_WORDS } from './stop-words';

/**
 * Self-promotion: the author's name in the title ("Web Developer Jane Doe on …") and text,
 * and one author posting the same template again and again with a
 * new title each time. Series with a shared title ("Changelog #219") are normal, so a repeated
 * title counts half as much as a repeated text.
 */

/** Hashes kept per fingerprint: enough to tell "same template" from "same topic". */
const FINGERPRINT_SIZE = 16;
/** Words of the opening read for a fingerprint. */
const FINGERPRINT_WORDS = 200;
/** Shared share of fingerprint hashes from which two texts are one template. */
const SAME_TEXT = 0.3;
/** History entries read. */
const HISTORY_READ = 10;

/**
 * A bottom-k sketch of the post's opening: the smallest hashes of its three-word runs. Two
 * posts written from one template share most of them; two posts on one topic share few.
 * Store it with the post for the judge's `authorHistory`.
 */
export function fingerprintPost(post: JudgedPost): number[] {
  return fingerprintWords(readPostText(post, { kind: 'custom' }).contentWords);
}

/** The fingerprint of a post's content words (`PostText.contentWords`). */
export function fingerprintWords(contentWords: readonly string[]): number[] {
  const count = Math.min(contentWords.length, FINGERPRINT_WORDS);
  const smallest: number[] = []; // ascending, distinct, at most FINGERPRINT_SIZE
  for (let i = 0; i + 2 < count; i++) {
    const hash = hashWords(contentWords[i]!, contentWords[i + 1]!, contentWords[i + 2]!);
    if (smallest.length === FINGERPRINT_SIZE && hash >= smallest[FINGERPRINT_SIZE - 1]!) continue;
    let at = smallest.length;
    while (at > 0 && smallest[at - 1]! > hash) at--;
    if (smallest[at - 1] === hash) continue;
    smallest.splice(at, 0, hash);
    if (smallest.length > FINGERPRINT_SIZE) smallest.pop();
  }
  return smallest;
}

/**
 * The author naming themselves: their name (two of its words in a row) in the title, 2
 * points, and again and again in the text, 1 point ("I'm Web Developer Jane Doe, and…").
 */
export function authorSelfMentions(post: JudgedPost, text: PostText): Evidence[] {
  const name = wordsOf(post.author).filter((word) => word.length > 1 && !STOP_WORDS.has(word));
  const pairs: string[] = [];
  for (let i = 0; i + 1 < name.length; i++) pairs.push(` ${name[i]} ${name[i + 1]} `);
  const title = ` ${text.titleWords.join(' ')} `;
  const repeated = (pair: string) => {
    const first = text.wordLine.indexOf(pair);
    return first !== -1 && text.wordLine.indexOf(pair, first + pair.length - 1) !== -1;
  };
  const found: Evidence[] = [];
  if (pairs.some((pair) => title.includes(pair))) found.push(evidence(2, 'relevanceAuthorInTitle'));
  if (pairs.some(repeated)) found.push(evidence(1, 'relevanceAuthorInText'));
  return found;
}

/**
 * Recent posts by the same author that repeat this one's template: 1 point for one, 3 for
 * two or more. A repeated text counts 1, a repeated title alone ½.
 */
export function templateRepeats(
  title: string,
  contentWords: readonly string[],
  history: readonly AuthorPostPrint[],
): Evidence | undefined {
  if (history.length === 0) return undefined;
  const fingerprint = fingerprintWords(contentWords);
  const titleWords = titleContentWords(title);
  let repeats = 0;
  for (const other of history.slice(0, HISTORY_READ)) {
    if (similarity(fingerprint, other.fingerprint) >= SAME_TEXT) repeats += 1;
    else if (similarTitles(titleWords, titleContentWords(other.title))) repeats += 0.5;
  }
  if (repeats < 1) return undefined;
  return evidence(repeats >= 2 ? 3 : 1, 'relevanceRepeatsTemplate');
}

/** 32-bit FNV-1a of three words and two separators, as a number (no string built). */
function hashWords(a: string, b: string, c: string): number {
  return hashInto(hashInto(hashInto(0x811c9dc5, a), b), c) >>> 0;
}

function hashInto(hash: number, word: string): number {
  let next = hash;
  for (let i = 0; i < word.length; i++) next = Math.imul(next ^ word.charCodeAt(i), 0x01000193);
  return Math.imul(next ^ 0x20, 0x01000193);
}

/**
 * Estimated share of three-word runs two fingerprints have in common (0 to 1): of the
 * smallest FINGERPRINT_SIZE hashes of both together, the share found in both. Both are sorted
 * (`fingerprintWords`), so one merge walk does it.
 */
export function similarity(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let i = 0;
  let j = 0;
  let taken = 0;
  let shared = 0;
  while (taken < FINGERPRINT_SIZE && (i < a.length || j < b.length)) {
    const x = a[i] ?? Infinity;
    const y = b[j] ?? Infinity;
    if (x === y) shared++;
    if (x <= y) i++;
    if (y <= x) j++;
    taken++;
  }
  return shared / taken;
}

function titleContentWords(title: string): Set<string> {
  return new Set(wordsOf(title).filter(isContentWord));
}

/** Half the words shared (two at least): the same title with a new subject slotted in. */
function similarTitles(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared >= 2 && shared * 2 >= a.size + b.size - shared;
}
