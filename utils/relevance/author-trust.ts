/**
 * Authors the reader has vouched for or against, keyed by `authorKey` (the DEV username,
 * else the display name). One "Not Rust" on a post is enough to fold that author's next
 * post, and one "Rust" to list it: that is what a reader expects from marking an author.
 * Immutable and bounded: the most recently marked MAX_AUTHORS are kept.
 */
export type TrustLevel = 'trust' | 'distrust';

/** In marking order, oldest first. */
export type AuthorTrust = ReadonlyMap<string, TrustLevel>;

/** Authors remembered at most; the one marked longest ago is forgotten first. */
export const MAX_AUTHORS = 500;
/** Longer keys are not author keys. */
const MAX_KEY_LENGTH = 200;

/** The stored form's version; `coerceAuthorTrust` reads only this one. */
export const AUTHOR_TRUST_VERSION = 1;

export interface SerializedAuthorTrust {
  version: typeof AUTHOR_TRUST_VERSION;
  /** `[authorKey, level]` pairs in marking order: an array keeps the order and any key. */
  authors: [string, TrustLevel][];
}

/** New trust with `key` marked `level` (most recent), or forgotten when `level` is undefined. */
export function markAuthor(
  trust: AuthorTrust,
  key: string,
  level: TrustLevel | undefined,
): AuthorTrust {
  const next = new Map(trust);
  next.delete(key);
  if (level && key && key.length <= MAX_KEY_LENGTH) next.set(key, level);
  while (next.size > MAX_AUTHORS) next.delete(next.keys().next().value!);
  return next;
}

export function serializeAuthorTrust(trust: AuthorTrust): SerializedAuthorTrust {
  return { version: AUTHOR_TRUST_VERSION, authors: [...trust] };
}

/**
 * Reads stored or imported trust. Anything malformed gives no trust at all (never a throw):
 * a half-read list could fold an author the reader never marked.
 */
export function coerceAuthorTrust(value: unknown): AuthorTrust {
  try {
    return readTrust(value) ?? new Map();
  } catch {
    return new Map();
  }
}

function readTrust(value: unknown): AuthorTrust | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { version, authors } = value as Partial<SerializedAuthorTrust>;
  if (version !== AUTHOR_TRUST_VERSION || !Array.isArray(authors)) return undefined;
  if (authors.length > MAX_AUTHORS) return undefined;
  const trust = new Map<string, TrustLevel>();
  for (const pair of authors as unknown[]) {
    if (!Array.isArray(pair) || pair.length !== 2) return undefined;
    const [key, level] = pair as unknown[];
    if (typeof key !== 'string' || key.length === 0 || key.length > MAX_KEY_LENGTH)
      return undefined;
    if (level !== 'trust' && level !== 'distrust') return undefined;
    trust.delete(key);
    trust.set(key, level);
  }
  return trust;
}
