import type { MessageKey } from '../i18n/message-key';
import type { Post, PostStats } from '../feed/post';
import type { AuthorTrust } from './author-trust';
import type { CorrectionModel } from './correction-model';

/**
 * Bumped whenever the judge's rules change, so stored verdicts can be recomputed: a verdict
 * carries the version that produced it.
 */
export const JUDGE_VERSION = 1;

/**
 * What the judge makes of a post. `rust` and `unsure` are listed as usual (`unsure` is the
 * judge admitting thin evidence, not a warning); `off-topic` and `spam` are folded away.
 */
export type Verdict = 'rust' | 'unsure' | 'off-topic' | 'spam';

/** A reason in words a reader understands: a message of the catalog and its parameters. */
export interface Reason {
  key: MessageKey;
  params?: Record<string, string | number>;
}

/** The verdict, the reasons that decided it (strongest first) and the rules' version. */
export interface Judgement {
  verdict: Verdict;
  reasons: Reason[];
  version: number;
}

/**
 * Where a post came from, which decides how much its topic is judged:
 * - `dev-tag`: a DEV tag feed; every post carries `tag`, so that tag proves nothing;
 * - `curated`: a Rust publication (the Rust Blog, This Week in Rust, r/rust…): Rust by
 *   construction, never folded for its topic or for adverts;
 * - `custom`: a feed the reader added; judged on its content like DEV, all its tags count.
 */
export type JudgedSource =
  { kind: 'dev-tag'; tag: string } | { kind: 'curated'; title: string } | { kind: 'custom' };

/** What the judge remembers of one of the author's other recent posts. */
export interface AuthorPostPrint {
  title: string;
  /** `fingerprintSummary(post.summaryHtml)`: a few hashes of the text's opening. */
  fingerprint: readonly number[];
}

/** Everything besides the post that the judge weighs. Only `source` is required. */
export interface JudgeContext {
  source: JudgedSource;
  /** The same author's other recent posts, newest first; only the first 10 are read. */
  authorHistory?: readonly AuthorPostPrint[];
  /** The word model learned from the reader's corrections. */
  corrections?: CorrectionModel;
  /** Authors the reader marked, by `authorKey`. */
  authorTrust?: AuthorTrust;
}

/** A post as the judge reads it; the parser's stats are used when present. */
export type JudgedPost = Post & Partial<PostStats>;

/** One piece of evidence: how much it weighs (points) and how to say it. */
export interface Evidence {
  weight: number;
  reason: Reason;
}

/** Evidence for or against one conclusion, with its points summed. */
export interface Tally {
  score: number;
  evidence: Evidence[];
}
