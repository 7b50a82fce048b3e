import { evidence } from './evidence';
import { scoreTokens, type CorrectionModel } from './correction-model';
import { correctionTokens } from './correction-tokens';
import type { PostText } from './post-text';
import type { Evidence } from './relevance';

/**
 * Points per nat of the model's lean *per word*: a post whose words all come from posts the
 * reader corrected leans about 0.3 to 0.6 nats a word, which makes 7 to 14 points.
 */
const POINTS_PER_NAT_PER_WORD = 24;
/** Posts shorter than this many words are scored as if this long: two words prove little. */
const MIN_WORDS = 8;
/** Most points one correction of a label can give; they add up with more corrections… */
const POINTS_PER_CORRECTION = 3;
/** …to at most this: enough to outweigh even strong Rust evidence, after about five. */
const MAX_POINTS = 20;
/** Smaller leans are noise and give no reason. */
const MIN_POINTS = 1;

/**
 * What the reader's corrections say about a post, as points for one side: `weight` > 0
 * counts against Rust ("like posts you marked as not Rust"), < 0 for it. The lean is the
 * model's log-odds averaged over the post's words, so it measures how much of the post looks
 * like the corrected posts, not how long it is. The cap grows with the number of corrections
 * behind the lean: one or two nudge similar posts but never override strong Rust evidence;
 * after several, a post just like the corrected ones follows them.
 */
export function learnedEvidence(
  model: CorrectionModel | undefined,
  text: PostText,
): Evidence | undefined {
  if (!model || model.tokens.size === 0) return undefined;
  const tokens = correctionTokens(text);
  const perWord = scoreTokens(model, tokens) / Math.max(MIN_WORDS, tokens.length);
  const lean = perWord * POINTS_PER_NAT_PER_WORD;
  const corrections = lean > 0 ? model.docs['not-rust'] : model.docs.rust;
  const cap = Math.min(MAX_POINTS, POINTS_PER_CORRECTION * corrections);
  const weight = Math.max(-cap, Math.min(cap, lean));
  if (Math.abs(weight) < MIN_POINTS) return undefined;
  return evidence(weight, weight > 0 ? 'relevanceLikeNotRust' : 'relevanceLikeRust');
}
