import { describe, expect, it } from 'vitest';
import { parseFeed } from '@/utils/feed/parse-feed';
import { EMPTY_CORRECTION_MODEL, learnTokens } from '@/utils/relevance/correction-model';
import { judgePost } from '@/utils/relevance/judge-post';
import type { JudgeContext } from '@/utils/relevance/relevance';
import { fingerprintPost } from '@/utils/relevance/template-repeats';
import { readFixtureBytes } from '../feed/read-fixture';

// A local measurement, not a pass/fail gate: timings on shared CI cores are noise. Run with
// RELEVANCE_TIMING=1 npx vitest run tests/unit/relevance/judge-timing.test.ts
// The budget is a median under 0.2 ms per DEV post; the bench will carry the real row.
const parsed = parseFeed(readFixtureBytes('dev-to-rust.rss.xml'), {
  feedUrl: 'https://dev.to/feed/tag/rust',
  now: Date.UTC(2026, 4, 7),
});
const posts = parsed.ok ? parsed.items : [];

/** The slowest realistic context: a full word model and ten prints of the author's posts. */
function fullContext(): JudgeContext {
  let corrections = EMPTY_CORRECTION_MODEL;
  for (let i = 0; i < 200; i++) {
    corrections = learnTokens(
      corrections,
      Array.from({ length: 80 }, (_, j) => `word${(i * 37 + j * 11) % 3000}`),
      i % 2 ? 'rust' : 'not-rust',
    );
  }
  const history = posts.slice(0, 10).map((post) => ({
    title: post.title,
    fingerprint: fingerprintPost(post),
  }));
  return { source: { kind: 'dev-tag', tag: 'rust' }, corrections, authorHistory: history };
}

/**
 * Per DEV post, the median and the fastest of 101 runs (the fastest is the judge's own cost,
 * the median adds whatever else the machine was doing); then the median over the posts.
 */
function microseconds(context: JudgeContext): { median: number; fastest: number } {
  for (let i = 0; i < 200; i++) for (const post of posts) judgePost(post, context);
  const medians: number[] = [];
  const fastest: number[] = [];
  for (const post of posts) {
    const runs: number[] = [];
    for (let i = 0; i < 101; i++) {
      const start = performance.now();
      judgePost(post, context);
      runs.push((performance.now() - start) * 1000);
    }
    runs.sort((a, b) => a - b);
    medians.push(runs[50]!);
    fastest.push(runs[0]!);
  }
  const middle = (values: number[]) => values.sort((a, b) => a - b)[values.length >> 1]!;
  return { median: middle(medians), fastest: middle(fastest) };
}

describe.runIf(process.env.RELEVANCE_TIMING)('judgePost timing', () => {
  it('judges a DEV post in well under 0.2 ms (median)', () => {
    const format = ({ median, fastest }: { median: number; fastest: number }) =>
      `median ${median.toFixed(0)} µs (fastest runs ${fastest.toFixed(0)} µs)`;
    const bare = microseconds({ source: { kind: 'dev-tag', tag: 'rust' } });
    const full = microseconds(fullContext());
    console.log(
      `judgePost per DEV post: ${format(bare)}; with a full word model and author history: ${format(full)}`,
    );
    expect(bare.fastest).toBeLessThan(200);
  });
});
