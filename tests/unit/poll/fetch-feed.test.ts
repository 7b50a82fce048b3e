import { english } from '@/utils/i18n/english';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyFeedState } from '../../../utils/db/feed-state';
import type { FeedState } from '../../../utils/db/schema';
import {
  FETCH_TIMEOUT_MS,
  MAX_BODY_BYTES,
  fetchFeed,
  parseRetryAfter,
  type FetchOutcome,
} from '../../../utils/poll/fetch-feed';

const FEED_URL = 'https://dev.to/feed/tag/rust';
const NOW = Date.parse('2026-05-10T12:00:00Z');
const MB = 1024 * 1024;

type FetchCall = { url: string; init: RequestInit };

/** A fake `fetch` answering with `respond()`, recording each call. */
function fakeFetch(respond: (init: RequestInit) => Response | Promise<Response>) {
  const calls: FetchCall[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    calls.push({ url: String(input), init });
    return respond(init);
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls };
}

function state(overrides: Partial<FeedState> = {}): FeedState {
  return { ...emptyFeedState(FEED_URL), ...overrides };
}

/** A body of `totalBytes` in `chunkBytes` chunks, produced only as it is read. */
function countingStream(totalBytes: number, chunkBytes = 64 * 1024) {
  const stats = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (stats.pulled * chunkBytes >= totalBytes) {
        controller.close();
        return;
      }
      stats.pulled++;
      controller.enqueue(new Uint8Array(chunkBytes).fill(0x61));
    },
    cancel() {
      stats.cancelled = true;
    },
  });
  return { stream, stats };
}

function headersOf(call: FetchCall | undefined): Headers {
  return new Headers(call?.init.headers);
}

afterEach(() => {
  vi.useRealTimers();
});

describe('fetchFeed', () => {
  it.each<[string, Partial<FeedState>, Record<string, string | null>]>([
    ['no validators on a first poll', {}, { 'If-None-Match': null, 'If-Modified-Since': null }],
    [
      'the stored ETag',
      { etag: 'W/"abc"' },
      { 'If-None-Match': 'W/"abc"', 'If-Modified-Since': null },
    ],
    [
      'the stored Last-Modified',
      { lastModified: 'Sat, 09 May 2026 10:00:00 GMT' },
      { 'If-None-Match': null, 'If-Modified-Since': 'Sat, 09 May 2026 10:00:00 GMT' },
    ],
    [
      'both validators',
      { etag: '"v7"', lastModified: 'Sat, 09 May 2026 10:00:00 GMT' },
      { 'If-None-Match': '"v7"', 'If-Modified-Since': 'Sat, 09 May 2026 10:00:00 GMT' },
    ],
  ])('sends %s', async (_name, validators, expected) => {
    const { fetch, calls } = fakeFetch(() => new Response(null, { status: 304 }));

    await fetchFeed(state(validators), { fetch, t: english, now: NOW });

    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe(FEED_URL);
    const headers = headersOf(calls[0]);
    for (const [name, value] of Object.entries(expected)) expect(headers.get(name)).toBe(value);
    expect(headers.get('Accept')).toContain('application/rss+xml');
  });

  it('bypasses the HTTP cache and sends no cookies', async () => {
    const { fetch, calls } = fakeFetch(() => new Response(null, { status: 304 }));

    await fetchFeed(state(), { fetch, t: english, now: NOW });

    expect(calls[0]?.init).toMatchObject({ cache: 'no-store', credentials: 'omit' });
    expect(calls[0]?.init.signal).toBeInstanceOf(AbortSignal);
  });

  it('reports 304 as not modified', async () => {
    const { fetch } = fakeFetch(() => new Response(null, { status: 304 }));

    expect(await fetchFeed(state({ etag: '"v1"' }), { fetch, t: english, now: NOW })).toEqual({
      kind: 'not-modified',
    });
  });

  it('cancels the unread body of an HTTP error', async () => {
    const { stream, stats } = countingStream(MB);
    const { fetch } = fakeFetch(() => new Response(stream, { status: 502 }));

    await fetchFeed(state(), { fetch, t: english, now: NOW });

    expect(stats.cancelled).toBe(true);
    expect(stats.pulled).toBeLessThanOrEqual(1);
  });

  it('returns the body with its content type and new validators', async () => {
    const xml = '<rss version="2.0"><channel><title>DEV</title></channel></rss>';
    const { fetch } = fakeFetch(
      () =>
        new Response(xml, {
          status: 200,
          headers: {
            'Content-Type': 'application/rss+xml; charset=utf-8',
            ETag: '"v2"',
            'Last-Modified': 'Sun, 10 May 2026 11:00:00 GMT',
          },
        }),
    );

    const outcome = await fetchFeed(state({ etag: '"v1"' }), { fetch, t: english, now: NOW });

    expect(outcome).toEqual({
      kind: 'body',
      body: new TextEncoder().encode(xml),
      contentType: 'application/rss+xml; charset=utf-8',
      etag: '"v2"',
      lastModified: 'Sun, 10 May 2026 11:00:00 GMT',
    });
  });

  it('returns null validators when the server sends none', async () => {
    const { fetch } = fakeFetch(() => new Response('<rss/>'));

    expect(
      await fetchFeed(state({ etag: '"old"' }), { fetch, t: english, now: NOW }),
    ).toMatchObject({
      kind: 'body',
      etag: null,
      lastModified: null,
    });
  });

  it('joins a body sent in many chunks in order', async () => {
    const parts = ['<rss>', '<channel>', 'é✓', '</channel>', '</rss>'];
    const encoder = new TextEncoder();
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const part of parts) controller.enqueue(encoder.encode(part));
        controller.close();
      },
    });
    const { fetch } = fakeFetch(() => new Response(stream));

    const outcome = await fetchFeed(state(), { fetch, t: english, now: NOW });

    expect(outcome.kind).toBe('body');
    const body = (outcome as Extract<FetchOutcome, { kind: 'body' }>).body;
    expect(new TextDecoder().decode(body)).toBe(parts.join(''));
  });

  it.each<[number, string | null, number | null]>([
    [404, null, null],
    [500, null, null],
    [500, '120', null],
    [503, null, null],
    [503, '120', 120_000],
    [429, '30', 30_000],
    [429, 'Sun, 10 May 2026 12:05:00 GMT', 5 * 60_000],
    [503, 'soon', null],
  ])(
    'reports HTTP %i (Retry-After %s) as a failure, retry after %s ms',
    async (status, retryAfter, retryAfterMs) => {
      const headers: Record<string, string> = retryAfter ? { 'Retry-After': retryAfter } : {};
      const { fetch } = fakeFetch(() => new Response('error page', { status, headers }));

      expect(await fetchFeed(state(), { fetch, t: english, now: NOW })).toEqual({
        kind: 'failed',
        status,
        reason: `did not answer (HTTP ${status})`,
        retryAfterMs,
      });
    },
  );

  it('refuses a body whose Content-Length is over the cap without reading any of it', async () => {
    const { stream, stats } = countingStream(30 * MB);
    const { fetch } = fakeFetch(
      () => new Response(stream, { headers: { 'Content-Length': String(30 * MB) } }),
    );

    const outcome = await fetchFeed(state(), { fetch, t: english, now: NOW });

    expect(outcome).toEqual({
      kind: 'failed',
      status: 200,
      reason: 'sent a feed larger than 5 MB (refused)',
      retryAfterMs: null,
    });
    expect(stats.pulled).toBeLessThanOrEqual(1);
    expect(stats.cancelled).toBe(true);
  });

  it('stops reading a streamed body once it passes the cap, and cancels the download', async () => {
    const chunk = 64 * 1024;
    const { stream, stats } = countingStream(30 * MB, chunk);
    const { fetch } = fakeFetch(() => new Response(stream));

    const outcome = await fetchFeed(state(), { fetch, t: english, now: NOW });

    expect(outcome).toMatchObject({
      kind: 'failed',
      reason: 'sent a feed larger than 5 MB (refused)',
    });
    // 5 MB is 80 chunks; the 81st passes the cap. A couple more may sit in the stream's queue.
    expect(stats.pulled).toBeGreaterThan(MAX_BODY_BYTES / chunk);
    expect(stats.pulled).toBeLessThanOrEqual(MAX_BODY_BYTES / chunk + 3);
    expect(stats.cancelled).toBe(true);
  });

  it.each<[string, number, FetchOutcome['kind']]>([
    ['exactly at the cap', 10, 'body'],
    ['one byte over the cap', 11, 'failed'],
  ])('with a 10-byte cap, a body %s gives %s', async (_name, size, kind) => {
    const { fetch } = fakeFetch(() => new Response(new Uint8Array(size)));

    expect((await fetchFeed(state(), { fetch, t: english, now: NOW, maxBytes: 10 })).kind).toBe(
      kind,
    );
  });

  it('gives up after 20 s when the server does not answer', async () => {
    vi.useFakeTimers();
    const { fetch } = fakeFetch(
      (init) =>
        new Promise<Response>((_resolve, reject) => {
          init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
        }),
    );

    const pending = fetchFeed(state(), { fetch, t: english, now: NOW });
    await vi.advanceTimersByTimeAsync(FETCH_TIMEOUT_MS - 1);
    const early = await Promise.race([pending, Promise.resolve('still waiting')]);
    await vi.advanceTimersByTimeAsync(1);

    expect(FETCH_TIMEOUT_MS).toBe(20_000);
    expect(early).toBe('still waiting');
    expect(await pending).toEqual({
      kind: 'failed',
      status: null,
      reason: 'did not answer within 20 s',
      retryAfterMs: null,
    });
  });

  it('gives up when the body stalls past the timeout', async () => {
    const { fetch } = fakeFetch((init) => {
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('<rss>'));
          // Like a real fetch: aborting the request errors the body being read.
          init.signal?.addEventListener('abort', () => controller.error(init.signal?.reason));
        },
      });
      return new Response(stream);
    });

    const outcome = await fetchFeed(state(), { fetch, t: english, now: NOW, timeoutMs: 2000 });

    expect(outcome).toMatchObject({
      kind: 'failed',
      status: null,
      reason: 'did not answer within 2 s',
    });
  });

  it('clears its timer once the answer is in', async () => {
    vi.useFakeTimers();
    const { fetch } = fakeFetch(() => new Response('<rss/>'));

    await fetchFeed(state(), { fetch, t: english, now: NOW });

    expect(vi.getTimerCount()).toBe(0);
  });

  it.each<[string, () => Promise<Response>]>([
    ['rejects', () => Promise.reject(new TypeError('Failed to fetch'))],
    [
      'throws',
      () => {
        throw new TypeError('Failed to fetch');
      },
    ],
  ])('reports a network error when fetch %s', async (_name, respond) => {
    const { fetch } = fakeFetch(respond);

    expect(await fetchFeed(state(), { fetch, t: english, now: NOW })).toEqual({
      kind: 'failed',
      status: null,
      reason: 'could not be reached (network error)',
      retryAfterMs: null,
    });
  });
});

describe('parseRetryAfter', () => {
  it.each<[string | null, number | null]>([
    [null, null],
    ['', null],
    ['0', 0],
    ['120', 120_000],
    [' 60 ', 60_000],
    ['Sun, 10 May 2026 13:00:00 GMT', 60 * 60_000],
    ['Sun, 10 May 2026 11:00:00 GMT', 0],
    ['not a date', null],
  ])('reads %j as %s ms', (value, expected) => {
    expect(parseRetryAfter(value, NOW)).toBe(expected);
  });
});
