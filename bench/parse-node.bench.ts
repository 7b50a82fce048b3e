import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { decodeBody } from '../utils/feed/decode-body';
import { parseFeed } from '../utils/feed/parse-feed';
import { createFeedXmlParser } from '../utils/feed/xml-parser-options';
import {
  describeFeed,
  loadBenchFeeds,
  PARSE_MAX_RUNS,
  PARSE_MIN_MS,
  PARSE_MIN_RUNS,
  PARSE_WARMUP_RUNS,
} from './lib/parse-feeds';
import { recordRows, type BenchRow } from './lib/rows';
import { pairedRatios, summarize } from './lib/stats';

// Parse in Node: parseFeed (decode → sniff → validate → fast-xml-parser → normalize) on the
// raw bytes, against fast-xml-parser's parse alone (decode + parse with our options, no
// validation, no normalization): what the library costs at least.
describe('parse in Node', () => {
  it('parses the DEV fixture and the largest corpus feeds', () => {
    const rows: BenchRow[] = [];
    for (const feed of loadBenchFeeds()) {
      const options = { feedUrl: feed.feedUrl, contentType: feed.contentType, now: Date.now() };
      const result = parseFeed(feed.bytes, options);
      if (!result.ok) throw new Error(`${feed.name}: ${result.error.code}`);
      expect(result.items.length).toBeGreaterThan(0);

      const ours: number[] = [];
      const floor: number[] = [];
      const started = performance.now();
      for (let run = 0; run < PARSE_WARMUP_RUNS + PARSE_MAX_RUNS; run++) {
        const enough = ours.length >= PARSE_MIN_RUNS && performance.now() - started > PARSE_MIN_MS;
        if (enough) break;
        let t0 = performance.now();
        parseFeed(feed.bytes, options);
        const oursMs = performance.now() - t0;
        t0 = performance.now();
        createFeedXmlParser().parse(decodeBody(feed.bytes, feed.contentType));
        const floorMs = performance.now() - t0;
        if (run < PARSE_WARMUP_RUNS) continue;
        ours.push(oursMs);
        floor.push(floorMs);
      }
      const stats = summarize(ours);
      const ratio = summarize(pairedRatios(ours, floor));
      const mbPerSecond = feed.bytes.byteLength / 1e6 / (stats.median / 1000);
      rows.push({
        section: 'Parse (Node)',
        name: `${feed.name} (${describeFeed(feed.bytes.byteLength, result.items.length)})`,
        unit: 'ms',
        stats,
        ratio: { value: ratio.median, of: 'fast-xml-parser alone', p10: ratio.p10, p90: ratio.p90 },
        note: `${mbPerSecond.toFixed(1)} MB/s`,
        details: { ours, floor: summarize(floor), mbPerSecond },
      });
    }
    recordRows('parse-node', rows);
  });
});
