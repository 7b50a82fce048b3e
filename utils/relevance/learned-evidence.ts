import { scoreTokens, type CorrectionModel } from './correction-model';
import { correctionTokens } from './correction-tokens';
import type { PostText } from './post-text';
import type { Evidence } from './relevance';

/** Points per nat of the model's log-odds: a near copy of a corrected post scores ~10. */
const POINTS_PER_NAT = 0.25;
/** Most points one correction of a label can give; they add up with more corrections… */
const POINTS_PER_CORRECTION = 2;
/** …to at most this: enough to outweigh strong Rust evidence, after five corrections. */
const MAX_POINTS = 10;
/** Smaller leans are noise and give no reason. */
const MIN_POINTS = 1;

/**
 * What the reader's corrections say about a post, as points for one side: `weight` > 0
 * counts against Rust ("like posts you marked as not Rust"), < 0 for it. The cap grows with
 * the number of corrections behind the lean, so the word model shifts gradually: one or two
 * corrections nudge similar posts, they never override strong Rust evidence on their own.
 */
export function learnedEvidence(
  model: CorrectionModel | undefined,
  text: PostText,
): Evidence | undefined {
  if (!model || model.tokens.size === 0) return undefined;
  const lean = scoreTokens(model, correctionTokens(text)) * POINTS_PER_NAT;
  const corrections = lean > 0 ? model.docs['not-rust'] : model.docs.rust;
  const cap = Math.min(MAX_POINTS, POINTS_PER_CORRECTION * corrections);
  const weight = Math.max(-cap, Math.min(cap, lean));
  if (Math.abs(weight) < MIN_POINTS) return undefined;
  return {
    weight,
    reason: { key: weight > 0 ? 'relevanceLikeNotRust' : 'relevanceLikeRust' },
  };
}
