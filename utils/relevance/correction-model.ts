import { correctionTokens } from './correction-tokens';
import { readPostText } from './post-text';
import type { JudgedPost } from './relevance';

/**
 * What the reader's "Rust" / "Not Rust" corrections taught: a naive Bayes word model over
 * title, tag and text words (see `correction-tokens.ts`). Immutable: `learn` returns a new
 * model and never touches the one it was given, so a stored model can be shared freely.
 *
 * Bounded: at most MAX_TOKENS words are kept (the least used, then the least recently seen,
 * are dropped first), and when more than MAX_DOCS corrections pile up every count is halved,
 * which also lets recent corrections outweigh old ones. Serialized it stays under 100 kB.
 */
export interface CorrectionModel {
  /** Posts learned per label. */
  readonly docs: Readonly<Record<CorrectionLabel, number>>;
  /** Corrections learned so far: the `seen` stamp of the next one. */
  readonly clock: number;
  /** Per word: in how many learned posts of each label it appeared, and when last. */
  readonly tokens: ReadonlyMap<string, TokenCounts>;
}

export type CorrectionLabel = 'rust' | 'not-rust';

export interface TokenCounts {
  readonly rust: number;
  readonly 'not-rust': number;
  /** The model's `clock` when a correction last held this word. */
  readonly seen: number;
}

/** Words kept at most. */
export const MAX_TOKENS = 1000;
/** Corrections counted at most before every count is halved. */
export const MAX_DOCS = 1000;

/** The model of a reader who has corrected nothing. */
export const EMPTY_CORRECTION_MODEL: CorrectionModel = Object.freeze({
  docs: Object.freeze({ rust: 0, 'not-rust': 0 }),
  clock: 0,
  tokens: new Map(),
});

/** A new model that also knows `post` was marked `label`. */
export function learn(
  model: CorrectionModel,
  post: JudgedPost,
  label: CorrectionLabel,
): CorrectionModel {
  return learnTokens(model, correctionTokens(readPostText(post, { kind: 'custom' })), label);
}

/** `learn` for tokens already extracted (`correctionTokens`). */
export function learnTokens(
  model: CorrectionModel,
  tokens: readonly string[],
  label: CorrectionLabel,
): CorrectionModel {
  const seen = model.clock + 1;
  const counts = new Map(model.tokens);
  for (const token of new Set(tokens)) {
    const old = counts.get(token) ?? { rust: 0, 'not-rust': 0, seen };
    counts.set(token, { ...old, [label]: old[label] + 1, seen });
  }
  const docs = { ...model.docs, [label]: model.docs[label] + 1 };
  const aged = docs.rust + docs['not-rust'] > MAX_DOCS ? halve(docs, counts) : { docs, counts };
  return { docs: aged.docs, clock: seen, tokens: pruned(aged.counts) };
}

/** Laplace smoothing: a word never seen with a label is not impossible with it. */
const SMOOTHING = 1;

/**
 * How strongly the model leans, in nats: positive toward "not Rust", negative toward "Rust",
 * 0 when it knows none of the post's words. Per known word it adds the log ratio of the
 * word's (smoothed) rate in posts marked not Rust to its rate in posts marked Rust; unknown
 * words are skipped rather than counted against the label with more data.
 */
export function scoreTokens(model: CorrectionModel, tokens: readonly string[]): number {
  const notRustDocs = model.docs['not-rust'] + 2 * SMOOTHING;
  const rustDocs = model.docs.rust + 2 * SMOOTHING;
  let logOdds = 0;
  for (const token of tokens) {
    const counts = model.tokens.get(token);
    if (!counts) continue;
    logOdds +=
      Math.log((counts['not-rust'] + SMOOTHING) / notRustDocs) -
      Math.log((counts.rust + SMOOTHING) / rustDocs);
  }
  return logOdds;
}

/** `scoreTokens` for a post. */
export function score(model: CorrectionModel, post: JudgedPost): number {
  return scoreTokens(model, correctionTokens(readPostText(post, { kind: 'custom' })));
}

function halve(docs: Record<CorrectionLabel, number>, counts: Map<string, TokenCounts>) {
  const halved = new Map<string, TokenCounts>();
  for (const [token, { rust, 'not-rust': notRust, seen }] of counts) {
    const next = { rust: rust >> 1, 'not-rust': notRust >> 1, seen };
    if (next.rust + next['not-rust'] > 0) halved.set(token, next);
  }
  return { docs: { rust: docs.rust >> 1, 'not-rust': docs['not-rust'] >> 1 }, counts: halved };
}

/** Keeps the MAX_TOKENS most useful words: most used, then most recent, then by spelling. */
export function pruned(counts: ReadonlyMap<string, TokenCounts>): ReadonlyMap<string, TokenCounts> {
  if (counts.size <= MAX_TOKENS) return counts;
  const ranked = [...counts].sort(
    ([tokenA, a], [tokenB, b]) =>
      b.rust + b['not-rust'] - (a.rust + a['not-rust']) ||
      b.seen - a.seen ||
      (tokenA < tokenB ? -1 : 1),
  );
  return new Map(ranked.slice(0, MAX_TOKENS));
}
