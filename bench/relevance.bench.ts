import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../utils/feed/parse-feed';
import { serializeAuthorTrust, markAuthor, MAX_AUTHORS } from '../utils/relevance/author-trust';
import {
  EMPTY_CORRECTION_MODEL,
  learnTokens,
  MAX_TOKENS,
} from '../utils/relevance/correction-model';
import { MAX_TOKEN_LENGTH } from '../utils/relevance/correction-tokens';
import { serializeCorrectionModel } from '../utils/relevance/correction-model-json';
import { judgePost } from '../utils/relevance/judge-post';
import type { JudgeContext } from '../utils/relevance/relevance';
import { fingerprintPost } from '../utils/relevance/template-repeats';
import { recordRows, single, type BenchRow } from './lib/rows';
import { summarize } from './lib/stats';

// Relevance: what judging costs each post when it is stored (the DEV fixture's posts, with
// and without a full learned model and author history), and what the learned model weighs
// in storage at its bounds (MAX_TOKENS words of MAX_TOKEN_LENGTH letters, MAX_AUTHORS authors).
const JUDGE_GOAL_MS = 0.2;
const MODEL_GOAL_BYTES = 100_000;
const RUNS = 101;

const bytes = readFileSync(resolve(__dirname, '../tests/fixtures/dev-to-rust.rss.xml'));
const parsed = parseFeed(bytes, { feedUrl: 'https://dev.to/feed/tag/rust', now: Date.now() });
const posts = parsed.ok ? parsed.items : [];

/** The slowest realistic context: a full word model and ten prints of the author's posts. */
function fullContext(): JudgeContext {
  let corrections = EMPTY_CORRECTION_MODEL;
  for (let i = 0; i < 200; i++) {
    const words = Array.from({ length: 80 }, (_, j) => `word${(i * 37 + j * 11) % 3000}`);
    corrections = learnTokens(corrections, words, i % 2 ? 'rust' : 'not-rust');
  }
  const authorHistory = posts.slice(0, 10).map((post) => ({
    title: post.title,
    fingerprint: fingerprintPost(post),
  }));
  return { source: { kind: 'dev-tag', tag: 'rust' }, corrections, authorHistory };
}

/** Per post, the median of RUNS judgements (after a warm-up); then their spread over the posts. */
function perPostMs(context: JudgeContext): number[] {
  for (let i = 0; i < 200; i++) for (const post of posts) judgePost(post, context);
  return posts.map((post) => {
    const runs: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      judgePost(post, context);
      runs.push(performance.now() - start);
    }
    return runs.sort((a, b) => a - b)[RUNS >> 1]!;
  });
}

/** The largest model the bounds allow, serialized as it is stored and exported. */
function largestModelBytes(): number {
  let words = EMPTY_CORRECTION_MODEL;
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const word = (i: number) =>
    Array.from(
      { length: MAX_TOKEN_LENGTH },
      (_, j) => letters[(i * 7 + j * ((i % 5) + 1)) % 26],
    ).join('') + i;
  for (let batch = 0; batch < (MAX_TOKENS * 2) / 100; batch++) {
    const tokens = Array.from({ length: 100 }, (_, i) =>
      word(batch * 100 + i).slice(0, MAX_TOKEN_LENGTH),
    );
    words = learnTokens(words, tokens, batch % 2 ? 'rust' : 'not-rust');
  }
  let authors: ReturnType<typeof markAuthor> = new Map();
  for (let i = 0; i < MAX_AUTHORS + 50; i++) {
    authors = markAuthor(authors, `author-with-a-long-name-${i}`, i % 2 ? 'trust' : 'distrust');
  }
  const stored = { words: serializeCorrectionModel(words), authors: serializeAuthorTrust(authors) };
  return new TextEncoder().encode(JSON.stringify(stored)).byteLength;
}

describe('relevance', () => {
  it('judges a DEV post and weighs the learned model', () => {
    expect(posts).toHaveLength(12);
    const rows: BenchRow[] = [];
    for (const [name, context] of [
      ['judge a DEV post (nothing learned)', { source: { kind: 'dev-tag', tag: 'rust' } }],
      ['judge a DEV post (full model + author history)', fullContext()],
    ] as const) {
      const stats = summarize(perPostMs(context));
      rows.push({
        section: 'Relevance',
        name,
        unit: 'ms',
        stats,
        goal: { text: `median < ${JUDGE_GOAL_MS} ms`, met: stats.median < JUDGE_GOAL_MS },
        note: `median over the fixture's ${posts.length} posts of each post's median of ${RUNS} runs`,
      });
    }
    const modelBytes = largestModelBytes();
    rows.push({
      section: 'Relevance',
      name: 'learned model in storage, at its bounds',
      unit: 'bytes',
      stats: single(modelBytes),
      ratio: { value: modelBytes / MODEL_GOAL_BYTES, of: 'goal' },
      goal: { text: '< 100 kB', met: modelBytes < MODEL_GOAL_BYTES },
      note: `${MAX_TOKENS} words, ${MAX_AUTHORS} authors (JSON)`,
    });
    recordRows('relevance', rows);
  });
});
