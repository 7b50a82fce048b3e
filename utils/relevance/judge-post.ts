import { authorKey } from '../settings/author-key';
import { pointsOf } from './evidence';
import { learnedEvidence } from './learned-evidence';
import { otherTopicEvidence } from './other-topic';
import { readPostText } from './post-text';
import {
  JUDGE_VERSION,
  type Evidence,
  type JudgeContext,
  type JudgedPost,
  type Judgement,
  type Reason,
  type Verdict,
} from './relevance';
import { rustEvidence } from './rust-evidence';
import { spamEvidence } from './spam-evidence';

/** Points against Rust (off-topic + advert + learned) from which a post may be folded… */
export const FOLD_MIN = 4;
/** …when they beat the Rust points by this margin. Also the margin adverts need over substance. */
export const MARGIN = 2;
/** Advert points from which a folded post is called spam rather than off-topic. */
export const SPAM_MIN = 4;
/** Rust points from which a post is called Rust (when they also beat the points against). */
export const RUST_MIN = 3;
/** Below this many words of text, missing evidence is not evidence. */
const THIN_TEXT_WORDS = 60;
/** Reasons given at most: the strongest ones. */
const MAX_REASONS = 4;

/**
 * Decides whether a post is Rust news. Pure, synchronous and deterministic: no DOM, no
 * network, no clock; it reads only the post and `context`.
 *
 * Order of precedence:
 * 1. the reader's word on the author (`authorTrust`), in every source — distrusted:
 *    off-topic, trusted: rust;
 * 2. a curated Rust source: rust, never judged on its topic;
 * 3. the evidence, in points (see `rust-evidence.ts`, `other-topic.ts`, `spam-evidence.ts`,
 *    `learned-evidence.ts` for each signal's points):
 *    - spam when advert points ≥ SPAM_MIN and beat the Rust *substance* (code, names,
 *      links — not mere mentions of the word) by MARGIN;
 *    - folded when the points against (off-topic + advert + learned) reach FOLD_MIN and beat
 *      all Rust points by MARGIN: spam if advert points ≥ SPAM_MIN, else off-topic;
 *    - rust when Rust points reach RUST_MIN and exceed the points against;
 *    - unsure otherwise: thin or mixed evidence is shown, never folded.
 * Every rule signal is capped below FOLD_MIN, so no single cue folds a post (mentioning Rust
 * rarely is at most 2 points against, no Rust at all in a long text 3); only the reader's
 * own corrections may, once there are enough of them (`learned-evidence.ts`).
 */
export function judgePost(post: JudgedPost, context: JudgeContext): Judgement {
  const author = post.author || authorKey(post);
  const mark = context.authorTrust?.get(authorKey(post));
  if (mark === 'distrust') {
    return judged('off-topic', [{ key: 'relevanceAuthorDistrusted', params: { author } }]);
  }
  if (mark === 'trust') {
    return judged('rust', [{ key: 'relevanceAuthorTrusted', params: { author } }]);
  }
  if (context.source.kind === 'curated') {
    return judged('rust', [
      { key: 'relevanceRustSource', params: { source: context.source.title } },
    ]);
  }

  const text = readPostText(post, context.source);
  const rust = rustEvidence(text, post.hasRustCode);
  const other = otherTopicEvidence(text, rust);
  const spam = spamEvidence(post, text, context.authorHistory);
  const learned = learnedEvidence(context.corrections, text);
  const forRust = [...rust.evidence];
  const against = [...other.evidence, ...spam.evidence];
  if (learned) (learned.weight > 0 ? against : forRust).push(learned);
  const rustPoints = pointsOf(forRust);
  const againstPoints = pointsOf(against);

  if (spam.score >= SPAM_MIN && spam.score >= rust.substance + MARGIN) {
    return judged('spam', reasonsOf([...spam.evidence, ...other.evidence]));
  }
  if (againstPoints >= FOLD_MIN && againstPoints >= rustPoints + MARGIN) {
    return judged(spam.score >= SPAM_MIN ? 'spam' : 'off-topic', reasonsOf(against));
  }
  if (rustPoints >= RUST_MIN && rustPoints > againstPoints) {
    return judged('rust', reasonsOf(forRust));
  }
  if (text.words.length < THIN_TEXT_WORDS && forRust.length + against.length === 0) {
    return judged('unsure', [{ key: 'relevanceThinText' }]);
  }
  return judged('unsure', reasonsOf([...forRust, ...against]));
}

function judged(verdict: Verdict, reasons: Reason[]): Judgement {
  return { verdict, reasons, version: JUDGE_VERSION };
}

/** The strongest reasons first; equal weights keep the order the signals were read in. */
function reasonsOf(evidence: readonly Evidence[]): Reason[] {
  return [...evidence]
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
    .slice(0, MAX_REASONS)
    .map(({ reason }) => reason);
}
