import { english } from '@/utils/i18n/english';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyFeedState, getFeedState } from '../../../utils/db/feed-state';
import { createDbProvider } from '../../../utils/db/open-db';
import { POLL_ALARM } from '../../../utils/schedule/poll-alarm';
import { fetchFeed } from '../../../utils/poll/fetch-feed';
import { createPollLock } from '../../../utils/poll/poll-lock';
import { runPollCycle } from '../../../utils/poll/run-poll-cycle';
import { DEV_RUST_FEED } from '../../../utils/sources/source';
import { DEFAULT_SETTINGS } from '../../../utils/settings/settings';
import { MINUTE, NOW } from '../db/helpers';
import { devRss, fakeAlarms, hangingFetch, rssResponse } from '../poll/fake-feed';

// The timeout against real sockets (Node's fetch and a local HTTP server), with small
// timeouts so nothing waits 20 s; and the real 20 s value, with faked timers, at the level of
// a whole poll cycle: a hung server must not block the next alarm once the timeout fires.

type Handler = (request: IncomingMessage, response: ServerResponse) => void;
let server: Server;
let handler: Handler = (_req, res) => res.end();
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    // No keep-alive: a socket a previous test destroyed must not be reused by the next.
    res.shouldKeepAlive = false;
    handler(req, res);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

afterEach(() => {
  // A hung response would keep its socket open.
  server.closeAllConnections();
  vi.useRealTimers();
});

const fetchFrom = (path: string, timeoutMs: number) =>
  fetchFeed(
    { ...emptyFeedState(`${base}${path}`) },
    { fetch: globalThis.fetch, now: NOW, timeoutMs, t: english },
  );

describe('fetchFeed against a real socket', () => {
  it('gives up on a server that never answers, by its timeout', async () => {
    handler = () => {};
    const started = performance.now();

    const outcome = await fetchFrom('/hang', 1000);

    expect(outcome).toEqual({
      kind: 'failed',
      status: null,
      reason: 'did not answer within 1 s',
      retryAfterMs: null,
    });
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('gives up on a body that stops halfway, by the same timeout', async () => {
    handler = (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/rss+xml' });
      res.write('<rss version="2.0"><channel><title>Half');
    };

    expect(await fetchFrom('/stall', 1000)).toMatchObject({
      kind: 'failed',
      reason: 'did not answer within 1 s',
    });
  });

  it('reports a reset connection as a network error', async () => {
    handler = (req) => req.socket.destroy();

    expect(await fetchFrom('/reset', 1000)).toEqual({
      kind: 'failed',
      status: null,
      reason: 'could not be reached (network error)',
      retryAfterMs: null,
    });
  });

  it('reports a redirect loop as a network error', async () => {
    handler = (req, res) => res.writeHead(302, { Location: req.url }).end();

    expect(await fetchFrom('/loop', 1000)).toMatchObject({
      kind: 'failed',
      reason: 'could not be reached (network error)',
    });
  });

  it('stops reading a 30 MB body sent without Content-Length', async () => {
    const sent = { bytes: 0, finished: false, closed: Promise.resolve() as Promise<unknown> };
    handler = (_req, res) => {
      sent.closed = once(res, 'close');
      res.writeHead(200, { 'Content-Type': 'application/rss+xml' });
      const chunk = Buffer.alloc(64 * 1024, 'x');
      let closed = false;
      res.on('close', () => (closed = true));
      void (async () => {
        while (sent.bytes < 30 * 1024 * 1024 && !closed) {
          sent.bytes += chunk.length;
          if (!res.write(chunk)) await Promise.race([once(res, 'drain'), once(res, 'close')]);
        }
        if (!closed) {
          sent.finished = true;
          res.end();
        }
      })();
    };

    const outcome = await fetchFrom('/huge', 10_000);

    expect(outcome).toMatchObject({
      kind: 'failed',
      reason: 'sent a feed larger than 5 MB (refused)',
    });
    await sent.closed;
    expect(sent.finished).toBe(false);
    expect(sent.bytes).toBeLessThan(15 * 1024 * 1024);
  });
});

describe('a poll cycle against a server that never answers', () => {
  it('says busy meanwhile, records the timeout after 20 s, and the next alarm polls', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const getDb = createDbProvider({ name: `test-${crypto.randomUUID()}` });
    const lock = createPollLock(undefined);
    const hung = hangingFetch();
    let fetch: typeof globalThis.fetch = hung.fetch;
    const cycle = () =>
      runPollCycle({
        getDb,
        t: english,
        fetch: (input, init) => fetch(input, init),
        now: () => NOW,
        runExclusive: lock,
        loadSettings: async () => DEFAULT_SETTINGS,
        alarms: fakeAlarms,
        updateBadge: async () => {},
        broadcast: () => {},
      });

    const first = cycle();
    await vi.waitFor(() => expect(hung.calls).toHaveLength(1));
    expect(await cycle()).toEqual({ status: 'busy' });
    await vi.advanceTimersByTimeAsync(20_000);

    expect(await first).toEqual({ status: 'failed', message: 'DEV did not answer within 20 s' });
    const state = await getFeedState(await getDb(), DEV_RUST_FEED.url);
    expect(state.lastError?.message).toBe('DEV did not answer within 20 s');
    expect((await fakeBrowser.alarms.get(POLL_ALARM))?.scheduledTime).toBe(NOW + 15 * MINUTE);

    fetch = async () =>
      rssResponse(devRss([{ slug: 'a', date: 'Sun, 10 May 2026 11:00:00 +0000' }]));
    expect(await cycle()).toEqual({ status: 'updated' });
    expect((await getFeedState(await getDb(), DEV_RUST_FEED.url)).lastError).toBeNull();
  });
});
