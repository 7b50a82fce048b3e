import { fnv1a32 } from '../feed/post-id';
import { readPostText, wordsOf } from './post-text';
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
  return fingerprintWords(readPostText(post, { kind: 'custom' }).words);
}

/** The fingerprint of already split words (see `fingerprintPost`). */
export function fingerprintWords(words: readonly string[]): number[] {
  const content = words.filter(isContentWord).slice(0, FINGERPRINT_WORDS);
  const hashes = new Set<number>();
  for (let i = 0; i + 2 < content.length; i++) {
    hashes.add(parseInt(fnv1a32(`${content[i]} ${content[i + 1]} ${content[i + 2]}`), 16));
  }
  return [...hashes].sort((a, b) => a - b).slice(0, FINGERPRINT_SIZE);
}

/**
 * The author naming themselves: their name (two of its words in a row) in the title, 2
 * points, and again and again in the text, 1 point ("I'm Web Developer Jane Doe, and…").
 */
export function authorSelfMentions(post: JudgedPost, prose: string): Evidence[] {
  const name = wordsOf(post.author).filter((word) => word.length > 1 && !STOP_WORDS.has(word));
  const pairs: string[] = [];
  for (let i = 0; i + 1 < name.length; i++) pairs.push(` ${name[i]} ${name[i + 1]} `);
  if (pairs.length === 0) return [];
  const evidence: Evidence[] = [];
  const title = ` ${wordsOf(post.title).join(' ')} `;
  if (pairs.some((pair) => title.includes(pair))) {
    evidence.push({ weight: 2, reason: { key: 'relevanceAuthorInTitle' } });
  }
  const text = ` ${wordsOf(prose).join(' ')} `;
  if (pairs.some((pair) => text.split(pair).length > 2)) {
    evidence.push({ weight: 1, reason: { key: 'relevanceAuthorInText' } });
  }
  return evidence;
}

/**
 * Recent posts by the same author that repeat this one's template: 1 point for one, 3 for
 * two or more. A repeated text counts 1, a repeated title alone ½.
 */
export function templateRepeats(
  title: string,
  words: readonly string[],
  history: readonly AuthorPostPrint[],
): Evidence | undefined {
  if (history.length === 0) return undefined;
  const fingerprint = fingerprintWords(words);
  const titleWords = titleContentWords(title);
  let repeats = 0;
  for (const other of history.slice(0, HISTORY_READ)) {
    if (similarity(fingerprint, other.fingerprint) >= SAME_TEXT) repeats += 1;
    else if (similarTitles(titleWords, titleContentWords(other.title))) repeats += 0.5;
  }
  if (repeats < 1) return undefined;
  return {
    weight: repeats >= 2 ? 3 : 1,
    reason: { key: 'relevanceRepeatsTemplate' },
  };
}

/** Estimated share of three-word runs two fingerprints have in common (0 to 1). */
export function similarity(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const inB = new Set(b);
  const union = [...new Set([...a, ...b])].sort((x, y) => x - y).slice(0, FINGERPRINT_SIZE);
  const inA = new Set(a);
  return union.filter((hash) => inA.has(hash) && inB.has(hash)).length / union.length;
}

function titleContentWords(title: string): Set<string> {
  return new Set(
    title
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(isContentWord),
  );
}

/** Half the words shared (two at least): the same title with a new subject slotted in. */
function similarTitles(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared >= 2 && shared * 2 >= a.size + b.size - shared;
}
