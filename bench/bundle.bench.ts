import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_FEED } from '../tests/harness/dev-feed-builder';
import { launchBench, type BenchBrowser } from '../tests/harness/bench-extension';
import { EXTENSION_DIR, waitForValue } from '../tests/harness/extension';
import { rssWithEtag, startFeedServer, type FeedServer } from '../tests/harness/feed-server';
import { staticLoadGraph } from '../tests/harness/import-graph';
import { storedPostCount } from '../tests/harness/stored-posts';
import { recordRows, single, type BenchRow } from './lib/rows';

// Bundle: gzipped bytes of what each part of the built extension loads when it starts — the
// popup and options pages as Chromium requests them when they open (cross-checked against the
// built import graph), the worker from its import graph (a worker's module loads are not
// visible as page requests). gzip level 9, each file on its own.
const POPUP_BUDGET = 30_000;
const OPTIONS_BUDGET = 35_000;
/** Scripts a page adds itself when needed (not imports): the OPML importer. */
const ADDED_LATER: Record<string, string[]> = { 'options.html': ['opml-parser.js'] };
const WORKER_BUDGET = 60_000;

const fileCount = (n: number) => `${n} file${n === 1 ? '' : 's'}`;
const gzipped = (file: string) =>
  gzipSync(readFileSync(join(EXTENSION_DIR, file)), { level: 9 }).length;
const raw = (file: string) => readFileSync(join(EXTENSION_DIR, file)).length;
const total = (files: string[], size: (file: string) => number) =>
  files.reduce((sum, f) => sum + size(f), 0);
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

describe('bundle', () => {
  let server: FeedServer;
  let ext: BenchBrowser;

  beforeAll(async () => {
    server = await startFeedServer();
    server.respondWith(rssWithEtag(DEV_FEED));
    ext = await launchBench(EXTENSION_DIR, server.port);
    // The popup as a reader opens it: after the install poll stored the feed. Opened sooner,
    // it could find the database not yet created and load the upgrade code (1.1 kB) that a
    // popup needs only then — a size that came and went between runs.
    const control = await ext.context.newPage();
    await control.goto(ext.url('options.html'));
    expect(await waitForValue(() => storedPostCount(control), 12, 30_000)).toBe(12);
    await control.close();
  });

  afterAll(async () => {
    await ext?.dispose();
    await server?.close();
  });

  /** The extension files a page requests from navigation until the network is quiet. */
  async function requestedFiles(path: string): Promise<string[]> {
    const page = await ext.context.newPage();
    const files: string[] = [];
    const prefix = ext.url('');
    page.on('request', (request) => {
      if (request.url().startsWith(prefix))
        files.push(request.url().slice(prefix.length).split('?')[0]!);
    });
    await page.goto(ext.url(path));
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    await page.close();
    return [...new Set(files)];
  }

  it('weighs what the popup, the options page and the worker load', async () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
      background: { service_worker: string };
    };
    const rows: BenchRow[] = [];
    const page = (name: string, entry: string, budget?: number) => async () => {
      const requested = await requestedFiles(entry);
      const graph = staticLoadGraph(EXTENSION_DIR, entry);
      const agree =
        requested.length === graph.files.length && requested.every((f) => graph.files.includes(f));
      const bytes = total(requested, gzipped);
      const later = [...graph.lazy, ...(ADDED_LATER[entry] ?? [])];
      const lazy =
        later.length > 0
          ? `; later, on demand: ${later.map((f) => `${f} ${kB(gzipped(f))}`).join(', ')}`
          : '';
      rows.push({
        section: 'Bundle',
        name: `${name} at open (gzip)`,
        unit: 'bytes',
        stats: single(bytes),
        ratio: budget ? { value: bytes / budget, of: 'budget' } : undefined,
        goal: budget ? { text: `≤ ${kB(budget)}`, met: bytes <= budget } : undefined,
        note: `${fileCount(requested.length)}, ${kB(total(requested, raw))} raw${agree ? '' : ` — import graph says ${graph.files.join(', ')}`}${lazy}`,
        details: requested.map((file) => ({ file, raw: raw(file), gzip: gzipped(file) })),
      });
      expect(requested).toContain(entry);
    };
    await page('popup', 'popup.html', POPUP_BUDGET)();
    await page('options page', 'options.html', OPTIONS_BUDGET)();

    const worker = staticLoadGraph(EXTENSION_DIR, manifest.background.service_worker);
    const workerBytes = total(worker.files, gzipped);
    rows.push({
      section: 'Bundle',
      name: 'worker (background.js + imports, gzip)',
      unit: 'bytes',
      stats: single(workerBytes),
      ratio: { value: workerBytes / WORKER_BUDGET, of: 'budget' },
      goal: { text: `≤ ${kB(WORKER_BUDGET)}`, met: workerBytes <= WORKER_BUDGET },
      note: `${fileCount(worker.files.length)}, ${kB(total(worker.files, raw))} raw`,
      details: worker.files.map((file) => ({ file, raw: raw(file), gzip: gzipped(file) })),
    });
    recordRows('bundle', rows);
  });
});
