import { chromium, type Browser } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { CHROMIUM } from '../tests/harness/extension';
import {
  describeFeed,
  loadBenchFeeds,
  PARSE_MAX_RUNS,
  PARSE_MIN_MS,
  PARSE_MIN_RUNS,
  PARSE_WARMUP_RUNS,
} from './lib/parse-feeds';
import { bundleParser, PARSER_GLOBAL } from './lib/parser-bundle';
import { recordRows, type BenchRow } from './lib/rows';
import { pairedRatios, summarize } from './lib/stats';

// Parse in Chromium: the bundled parseFeed against the browser's native XML parser on the same
// bytes — TextDecoder + DOMParser('application/xml') + querySelectorAll('item, entry'), the
// least any in-page parser can cost. Served from a plain page (Playwright answers the
// requests; no server, no extension).
const ORIGIN = 'http://bench.test';

interface FeedTiming {
  name: string;
  ours: number[];
  floor: number[];
  items: number;
  /** Items DOMParser found, and its error if it refused the document (then the floor is moot). */
  domItems: number;
  domError: string | null;
}

interface InPageOptions {
  feeds: { name: string; contentType: string; feedUrl: string }[];
  parserGlobal: string;
  warmup: number;
  minRuns: number;
  minMs: number;
  maxRuns: number;
}

/** Runs in the page: times both parsers on each feed, alternating, after a few warm-up runs. */
async function timeParsersInPage(options: InPageOptions): Promise<FeedTiming[]> {
  type Parse = (
    body: Uint8Array,
    o: { feedUrl: string; contentType: string; now: number },
  ) => { ok: true; items: unknown[] } | { ok: false; error: { message: string } };
  const { parseFeed } = (globalThis as unknown as Record<string, { parseFeed: Parse }>)[
    options.parserGlobal
  ]!;
  const nativeParse = (bytes: Uint8Array) => {
    const doc = new DOMParser().parseFromString(new TextDecoder().decode(bytes), 'application/xml');
    return { doc, items: doc.querySelectorAll('item, entry').length };
  };
  const timings: FeedTiming[] = [];
  for (const feed of options.feeds) {
    const bytes = new Uint8Array(await (await fetch(`/feeds/${feed.name}`)).arrayBuffer());
    const parseOptions = { feedUrl: feed.feedUrl, contentType: feed.contentType, now: Date.now() };
    const first = parseFeed(bytes, parseOptions);
    const native = nativeParse(bytes);
    const timing: FeedTiming = {
      name: feed.name,
      ours: [],
      floor: [],
      items: first.ok ? first.items.length : -1,
      domItems: native.items,
      domError: native.doc.querySelector('parsererror')?.textContent ?? null,
    };
    const started = performance.now();
    for (let run = 0; run < options.warmup + options.maxRuns; run++) {
      if (timing.ours.length >= options.minRuns && performance.now() - started > options.minMs)
        break;
      let t0 = performance.now();
      parseFeed(bytes, parseOptions);
      const ours = performance.now() - t0;
      t0 = performance.now();
      nativeParse(bytes);
      const floor = performance.now() - t0;
      if (run < options.warmup) continue;
      timing.ours.push(ours);
      timing.floor.push(floor);
    }
    timings.push(timing);
  }
  return timings;
}

describe('parse in Chromium', () => {
  let browser: Browser | undefined;

  afterAll(async () => {
    await browser?.close();
  });

  it('parses the same bytes as DOMParser, and how much slower', async () => {
    const feeds = loadBenchFeeds();
    const parserCode = await bundleParser();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu'],
    });
    const page = await browser.newPage();
    await page.route(`${ORIGIN}/**`, (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === '/')
        return route.fulfill({
          contentType: 'text/html; charset=utf-8',
          body: '<meta charset="utf-8"><script src="/parser.js"></script>',
        });
      if (path === '/parser.js')
        return route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: parserCode });
      const feed = feeds.find((f) => `/feeds/${f.name}` === path);
      if (feed)
        return route.fulfill({ contentType: feed.contentType, body: Buffer.from(feed.bytes) });
      return route.fulfill({ status: 404 });
    });
    await page.goto(`${ORIGIN}/`);
    const timings = await page.evaluate(timeParsersInPage, {
      feeds: feeds.map(({ name, contentType, feedUrl }) => ({ name, contentType, feedUrl })),
      parserGlobal: PARSER_GLOBAL,
      warmup: PARSE_WARMUP_RUNS,
      minRuns: PARSE_MIN_RUNS,
      minMs: PARSE_MIN_MS,
      maxRuns: PARSE_MAX_RUNS,
    });

    const rows: BenchRow[] = timings.map((timing, i) => {
      expect(timing.items).toBeGreaterThan(0);
      const size = feeds[i]!.bytes.byteLength;
      const stats = summarize(timing.ours);
      const ratio = summarize(pairedRatios(timing.ours, timing.floor));
      const floor = summarize(timing.floor);
      const domNote =
        timing.domError !== null
          ? `DOMParser REFUSED it (${timing.domError.trim().split('\n')[0]}), floor moot`
          : `DOMParser ${floor.median.toFixed(1)} ms, ${timing.domItems} items`;
      return {
        section: 'Parse (Chromium)',
        name: `${timing.name} (${describeFeed(size, timing.items)})`,
        unit: 'ms',
        stats,
        ratio: { value: ratio.median, of: 'DOMParser', p10: ratio.p10, p90: ratio.p90 },
        note: `${(size / 1e6 / (stats.median / 1000)).toFixed(1)} MB/s; ${domNote}`,
        details: { ...timing, parserBundleBytes: parserCode.length },
      };
    });
    recordRows('parse-chromium', rows);
  });
});
