import {
  EMPTY_CORRECTION_MODEL,
  MAX_DOCS,
  MAX_TOKENS,
  pruned,
  type CorrectionModel,
  type TokenCounts,
} from './correction-model';
import { MAX_TOKEN_LENGTH } from './correction-tokens';

/** The stored form's version; `coerceCorrectionModel` reads only this one. */
export const CORRECTION_MODEL_VERSION = 1;

/**
 * The model as plain JSON: `{ version, docs: [rust, notRust], clock, tokens: { word:
 * [rust, notRust, seen] } }`. Arrays rather than objects per word keep it small: at
 * MAX_TOKENS words of MAX_TOKEN_LENGTH characters it stays well under 100 kB.
 */
export interface SerializedCorrectionModel {
  version: typeof CORRECTION_MODEL_VERSION;
  docs: [number, number];
  clock: number;
  tokens: Record<string, [number, number, number]>;
}

/** The JSON form of `model`, for storage and export. */
export function serializeCorrectionModel(model: CorrectionModel): SerializedCorrectionModel {
  // fromEntries defines own properties, so even a word spelled `__proto__` stays data.
  const tokens = Object.fromEntries(
    [...model.tokens].map(([token, counts]): [string, [number, number, number]] => [
      token,
      [counts.rust, counts['not-rust'], counts.seen],
    ]),
  );
  return {
    version: CORRECTION_MODEL_VERSION,
    docs: [model.docs.rust, model.docs['not-rust']],
    clock: model.clock,
    tokens,
  };
}

/** Upper bound of `clock` read back: about a correction a minute for twenty years. */
const MAX_CLOCK = 10_000_000;

/**
 * Reads a stored or imported model. Anything that is not a well-formed model of this version
 * — wrong version, wrong shapes, counts out of range, too many words — gives the empty
 * model: a corrupt file must cost the reader their corrections, never a crash. Never throws.
 */
export function coerceCorrectionModel(value: unknown): CorrectionModel {
  try {
    return readModel(value) ?? EMPTY_CORRECTION_MODEL;
  } catch {
    // A getter or proxy in imported data: treat it like any other garbage.
    return EMPTY_CORRECTION_MODEL;
  }
}

function readModel(value: unknown): CorrectionModel | undefined {
  if (!isRecord(value) || value.version !== CORRECTION_MODEL_VERSION) return undefined;
  const { docs, clock, tokens } = value;
  if (!Array.isArray(docs) || docs.length !== 2) return undefined;
  const [rustDocs, notRustDocs] = docs as unknown[];
  if (!isCount(rustDocs, MAX_DOCS) || !isCount(notRustDocs, MAX_DOCS)) return undefined;
  if (!isCount(clock, MAX_CLOCK) || !isRecord(tokens)) return undefined;
  const entries = Object.entries(tokens);
  if (entries.length > MAX_TOKENS) return undefined;
  const counts = new Map<string, TokenCounts>();
  for (const [token, triple] of entries) {
    if (token.length === 0 || token.length > MAX_TOKEN_LENGTH) return undefined;
    if (!Array.isArray(triple) || triple.length !== 3) return undefined;
    const [rust, notRust, seen] = triple as unknown[];
    if (!isCount(rust, rustDocs) || !isCount(notRust, notRustDocs)) return undefined;
    if (!isCount(seen, clock) || rust + notRust === 0) return undefined;
    counts.set(token, { rust, 'not-rust': notRust, seen });
  }
  return { docs: { rust: rustDocs, 'not-rust': notRustDocs }, clock, tokens: pruned(counts) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown, max: number): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= max;
}
