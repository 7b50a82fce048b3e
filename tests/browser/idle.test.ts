import type { Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The bench's probed copy of the build: the same extension with a probe loaded before the
// worker's own code, recording timers and ports. Shared so the test and the bench agree.
import {
  FLOOR_PAGE,
  launchBench,
  prepareBenchExtension,
  type BenchBrowser,
} from '../harness/bench-extension';
import { heldLocks, probeMark, probeSince } from '../harness/worker-side';
import { DEV_FEED } from '../harness/dev-feed-builder';
import {
  badgeText,
  currentWorker,
  firePollAlarm,
  stopAllWorkers,
  waitForValue,
} from '../harness/extension';
import { rssWithEtag, startFeedServer, type FeedServer } from '../harness/feed-server';

/** What the worker holds right now: timers not yet fired, open ports, held locks. */
async function holdings(worker: Worker) {
  const now = await worker.evaluate(probeSince, await worker.evaluate(probeMark));
  return {
    timers: now.pendingTimers,
    ports: now.openPorts,
    locks: await worker.evaluate(heldLocks),
  };
}

// Between alarms the worker must hold nothing that keeps it alive or would be lost when
// Chrome terminates it: no timers, no open ports, no held locks (issue 6, "Idle").
describe('idle worker in Chromium', () => {
  let server: FeedServer;
  let ext: BenchBrowser;

  beforeAll(async () => {
    server = await startFeedServer();
    server.respondWith(rssWithEtag(DEV_FEED, '"idle-1"'));
    ext = await launchBench(prepareBenchExtension('idle-test'), server.port);
  });

  afterAll(async () => {
    await ext?.dispose();
    await server?.close();
  });

  it('holds no timer, port or lock after polling', async () => {
    const page = await ext.context.newPage();
    await page.goto(ext.url(FLOOR_PAGE));
    expect(await waitForValue(() => badgeText(page), '10')).toBe('10');
    const settled = () =>
      holdings(ext.worker).then((h) => h.timers.length + h.ports + h.locks.length);
    expect(await waitForValue(settled, 0)).toBe(0);
  });

  it('holds nothing either in a fresh worker woken by the alarm', async () => {
    const page = await ext.context.newPage();
    await page.goto(ext.url(FLOOR_PAGE));
    const before = server.requests.length;
    await stopAllWorkers(page);
    await firePollAlarm(page);
    expect(await waitForValue(async () => server.requests.length > before, true)).toBe(true);
    const fresh = await currentWorker(ext.context);
    const settled = () => holdings(fresh).then((h) => h.timers.length + h.ports + h.locks.length);
    expect(await waitForValue(settled, 0)).toBe(0);
    // The probe saw the poll's 20 s timeout timer come and go: it does watch timers.
    const seen = await fresh.evaluate(probeSince, {
      fetches: 0,
      transactions: 0,
      writes: 0,
      decodes: 0,
      broadcasts: 0,
    });
    expect(seen.timersCreated).toBeGreaterThan(0);
  });
});
