import type { FeedState } from '../db/schema';
import type { Translator } from '../i18n/translator';

export const FETCH_TIMEOUT_MS = 20_000;
/** Same cap as the parser's: a bigger body is refused before it is read whole. */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

/**
 * What a 200 or 304 says about its own freshness (`utils/sources/cache-policy.ts` reads it).
 * Each field is present only when the server sent the header.
 */
export interface Freshness {
  cacheControl?: string;
  age?: string;
}

export type FetchOutcome =
  | ({ kind: 'not-modified' } & Freshness)
  | ({
      kind: 'body';
      body: Uint8Array;
      contentType: string | null;
      etag: string | null;
      lastModified: string | null;
    } & Freshness)
  | {
      kind: 'failed';
      /** HTTP status when the server answered, else null. */
      status: number | null;
      /** Plain words, without the feed's name: "did not answer (HTTP 503)". */
      reason: string;
      /** From `Retry-After` on 429/503, in ms from now. */
      retryAfterMs: number | null;
    };

export interface FetchFeedOptions {
  fetch: typeof globalThis.fetch;
  now: number;
  /** Default 20 s. */
  timeoutMs?: number;
  /** Default 5 MB. */
  maxBytes?: number;
  /** Words for `reason`: the worker passes the browser's, tests `english`. */
  t: Translator;
}

/**
 * One conditional GET of a feed. Never throws: every failure becomes `{ kind: 'failed' }`.
 * Sends the validators of the last 200 response, so an unchanged feed costs a 304 only.
 */
export async function fetchFeed(
  state: FeedState,
  options: FetchFeedOptions,
): Promise<FetchOutcome> {
  const { timeoutMs = FETCH_TIMEOUT_MS, maxBytes = MAX_BODY_BYTES, t } = options;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const headers: Record<string, string> = {
      Accept:
        'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5',
    };
    if (state.etag) headers['If-None-Match'] = state.etag;
    if (state.lastModified) headers['If-Modified-Since'] = state.lastModified;
    const response = await options.fetch(state.url, {
      headers,
      signal: controller.signal,
      // We do our own conditional GET; the HTTP cache must not answer for the server.
      cache: 'no-store',
      credentials: 'omit',
      redirect: 'follow',
    });
    if (response.status === 304) {
      await response.body?.cancel();
      return { kind: 'not-modified', ...freshness(response.headers) };
    }
    if (!response.ok) {
      await response.body?.cancel();
      return {
        kind: 'failed',
        status: response.status,
        reason: t('pollHttpError', { status: String(response.status) }),
        retryAfterMs:
          response.status === 429 || response.status === 503
            ? parseRetryAfter(response.headers.get('Retry-After'), options.now)
            : null,
      };
    }
    const declared = Number(response.headers.get('Content-Length'));
    if (declared > maxBytes) {
      await response.body?.cancel();
      return tooLarge(response.status, t);
    }
    const body = await readCapped(response, maxBytes);
    if (!body) return tooLarge(response.status, t);
    return {
      kind: 'body',
      body,
      contentType: response.headers.get('Content-Type'),
      etag: response.headers.get('ETag'),
      lastModified: response.headers.get('Last-Modified'),
      ...freshness(response.headers),
    };
  } catch (error) {
    const reason = controller.signal.aborted
      ? t('pollTimeout', { seconds: Math.round(timeoutMs / 1000) })
      : t('pollNetworkError');
    void error;
    return { kind: 'failed', status: null, reason, retryAfterMs: null };
  } finally {
    clearTimeout(timer);
  }
}

function freshness(headers: Headers): Freshness {
  const result: Freshness = {};
  const cacheControl = headers.get('Cache-Control');
  const age = headers.get('Age');
  if (cacheControl !== null) result.cacheControl = cacheControl;
  if (age !== null) result.age = age;
  return result;
}

function tooLarge(status: number, t: Translator) {
  return {
    kind: 'failed' as const,
    status,
    reason: t('pollTooLarge'),
    retryAfterMs: null,
  };
}

/** Reads the body, giving up (and cancelling the download) once it exceeds `maxBytes`. */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0]!;
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/**
 * `Retry-After` is either seconds or an HTTP date (RFC 9110 §10.2.3).
 * @returns ms from `now`, or null when absent or unreadable.
 */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}
