import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_FEED } from '../tests/harness/dev-feed-builder';
import {
  currentWorker,
  firePollAlarm,
  stopAllWorkers,
  waitForValue,
} from '../tests/harness/extension';
import {
  FLOOR_PAGE,
  launchBench,
  prepareBenchExtension,
  type BenchBrowser,
} from '../tests/harness/bench-extension';
import {
  bytesSince,
  startCountingFeedServer,
  type CountingFeedServer,
} from './lib/counting-server';
import { idleRows, pollRows, type IdleState, type Kind, type PollSample } from './lib/poll-rows';
import { recordRows } from './lib/rows';
import { within } from './lib/within';
import { clearPostsAndOutbox } from '../tests/harness/edit-stored-posts';
import { storedPostCount, storedPostsSnapshot } from '../tests/harness/stored-posts';
import { heldLocks, probeMark, probeSince } from '../tests/harness/worker-side';
import { bareFetch } from './lib/bare-fetch';

// Poll cost, measured in the worker: one poll of the DEV fixture end to end, as the popup's
// Refresh asks for it (radar:poll-now), timed between the worker's own poll-started and
// poll-finished broadcasts (seen by the probe in the bench copy of the extension). The floor
// is the bare fetch of the same response from the same worker. Bytes are counted by the
// server. Then the worker's idle state: timers, ports, locks — also after a restart.
const FEED_URL = 'https://dev.to/feed/tag/rust';
const WARMUP_ROUNDS = 2;
const ROUNDS = 12;

/** The stand-in dev.to: the fixture with ETag `"v<n>"`; 304 when the client sends the current one. */
function devToWithVersion(server: CountingFeedServer) {
  let version = 1;
  const body = Buffer.from(DEV_FEED);
  server.respondWith((req, res) => {
    if (!req.url?.startsWith('/feed/tag/rust')) return void res.writeHead(404).end();
    const etag = `"v${version}"`;
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { ETag: etag }).end();
    res
      .writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8', ETag: etag })
      .end(body);
  });
  return {
    etag: () => `"v${version}"`,
    /** The feed "changes" (same body, new ETag): the next conditional GET gets a 200. */
    bump: () => void version++,
  };
}

async function poll(
  kind: Kind,
  page: Page,
  worker: Worker,
  server: CountingFeedServer,
): Promise<PollSample> {
  const before = await storedPostsSnapshot(page);
  const mark = await worker.evaluate(probeMark);
  const bytesBefore = server.bytes();
  const answer = await page.evaluate(async () => {
    const t0 = performance.now();
    const response = (await chrome.runtime.sendMessage({ type: 'radar:poll-now' })) as {
      status: string;
    };
    return { status: response.status, roundTripMs: performance.now() - t0 };
  });
  const log = await worker.evaluate(probeSince, mark);
  const bytes = bytesSince(bytesBefore, server.bytes());
  const started = log.broadcasts.find((b) => b.reason === 'poll-started');
  const finished = log.broadcasts.find((b) => b.reason === 'poll-finished');
  if (!started || !finished) throw new Error(`${kind}: no poll ran (${answer.status})`);
  const after = await storedPostsSnapshot(page);
  return {
    kind,
    status: answer.status,
    workerMs: finished.at - started.at,
    roundTripMs: answer.roundTripMs,
    bytes,
    log,
    postsUnchanged: before === after,
  };
}

/** What the worker holds right now (its logs left out). */
async function idleState(worker: Worker): Promise<IdleState> {
  const now = await worker.evaluate(probeSince, await worker.evaluate(probeMark));
  return { ...now, locks: await worker.evaluate(heldLocks) };
}

describe('poll cost and idle worker', () => {
  let server: CountingFeedServer;
  let ext: BenchBrowser;

  beforeAll(async () => {
    server = await startCountingFeedServer();
    ext = await launchBench(prepareBenchExtension('poll'), server.port);
  });

  afterAll(async () => {
    await ext?.dispose();
    await server?.close();
  });

  it('polls the DEV fixture: new posts, nothing new, 304; then idles', async () => {
    const feed = devToWithVersion(server);
    const page = await ext.context.newPage();
    await page.goto(ext.url(FLOOR_PAGE));
    expect(await waitForValue(() => storedPostCount(page), 12, 30_000)).toBe(12);
    await expect.poll(() => ext.worker.evaluate(heldLocks), { timeout: 10_000 }).toEqual([]);
    const worker = ext.worker;

    const samples: PollSample[] = [];
    const floors = { full: [] as number[], notModified: [] as number[] };
    for (let round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
      const measured = round >= WARMUP_ROUNDS;
      await clearPostsAndOutbox(page);
      feed.bump();
      const fullFloor = await worker.evaluate(bareFetch, { url: FEED_URL, etag: null });
      const fresh = await poll('new', page, worker, server);
      feed.bump();
      const unchanged = await poll('unchanged', page, worker, server);
      const notModifiedFloor = await worker.evaluate(bareFetch, {
        url: FEED_URL,
        etag: feed.etag(),
      });
      const notModified = await poll('not-modified', page, worker, server);
      server.dropConnections();
      const reconnected = await poll('not-modified-new-connection', page, worker, server);
      if (!measured) continue;
      samples.push(fresh, unchanged, notModified, reconnected);
      floors.full.push(fullFloor);
      floors.notModified.push(notModifiedFloor);
    }

    // Idle: a moment after the last poll, then after the worker was terminated and an alarm
    // woke a fresh one (its probe starts with its first line, so start-up is covered too).
    await page.waitForTimeout(2000);
    const idle = await idleState(worker);
    const attemptsBefore = server.requests.length;
    // Mark the running worker: a restarted one starts with a fresh global scope.
    await worker.evaluate(() => Object.assign(globalThis, { benchMarker: 1 }));
    await within(20_000, 'stopping the worker', stopAllWorkers(page));
    await firePollAlarm(page);
    await expect
      .poll(() => server.requests.length, { timeout: 20_000 })
      .toBeGreaterThan(attemptsBefore);
    // Playwright keeps one handle for the worker's URL; it now talks to the new instance.
    const fresh = await currentWorker(ext.context);
    expect(await fresh.evaluate(() => 'benchMarker' in globalThis)).toBe(false);
    const fromStart = { fetches: 0, transactions: 0, writes: 0, decodes: 0, broadcasts: 0 };
    const pollFinished = async () =>
      (await fresh.evaluate(probeSince, fromStart)).broadcasts.some(
        (b) => b.reason === 'poll-finished',
      );
    await expect.poll(pollFinished, { timeout: 20_000 }).toBe(true);
    await page.waitForTimeout(2000);
    const afterRestart = await idleState(fresh);

    recordRows('poll', pollRows(samples, floors));
    recordRows('idle', idleRows(samples, idle, afterRestart));
  });
});
