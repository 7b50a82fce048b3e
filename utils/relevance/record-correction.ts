import { authorKey } from '../settings/author-key';
import { markAuthor, type AuthorTrust } from './author-trust';
import { learn, type CorrectionLabel, type CorrectionModel } from './correction-model';
import type { JudgedPost } from './relevance';

/** Everything the reader's corrections taught the judge (see `JudgeContext`). */
export interface ReaderCorrections {
  words: CorrectionModel;
  authors: AuthorTrust;
}

/**
 * The reader marked `post` as Rust or not: the word model learns it, and its author is
 * trusted or distrusted from now on. Returns new corrections; the given ones are untouched.
 */
export function recordCorrection(
  corrections: ReaderCorrections,
  post: JudgedPost,
  label: CorrectionLabel,
): ReaderCorrections {
  return {
    words: learn(corrections.words, post, label),
    authors: markAuthor(
      corrections.authors,
      authorKey(post),
      label === 'rust' ? 'trust' : 'distrust',
    ),
  };
}
