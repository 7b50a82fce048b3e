import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { judgePost } from '@/utils/relevance/judge-post';
import type { Verdict } from '@/utils/relevance/relevance';
import {
  loadLabelledPosts,
  SHARED_CORPUS,
  type Half,
  type Label,
  type LabelledPost,
} from './helpers/labelled-set';

// The judge against the labelled set (tests/fixtures/relevance/labels.tsv): the DEV fixture,
// hand-labelled posts and feed items of the shared corpus. The line it holds: no Rust post is
// ever folded, and at least 90 % of off-topic and spam posts are.
const MIN_FOLDED_SHARE = 0.9;
const LABELS: readonly Label[] = ['rust', 'off-topic', 'spam'];

const isFolded = (verdict: Verdict) => verdict === 'off-topic' || verdict === 'spam';

interface Judged extends LabelledPost {
  verdict: Verdict;
}

/** Per class: precision, recall and count, plus the share of noise folded. */
function figures(judged: readonly Judged[]) {
  const rows = LABELS.map((label) => {
    const actual = judged.filter((post) => post.label === label).length;
    const predicted = judged.filter((post) => post.verdict === label).length;
    const correct = judged.filter((post) => post.label === label && post.verdict === label).length;
    return {
      label,
      actual,
      precision: correct / (predicted || 1),
      recall: correct / (actual || 1),
    };
  });
  const noise = judged.filter((post) => post.label !== 'rust');
  const folded = noise.filter((post) => isFolded(post.verdict)).length / (noise.length || 1);
  const unsure = judged.filter((post) => post.verdict === 'unsure').length;
  return { rows, folded, unsure, total: judged.length };
}

function table(name: string, judged: readonly Judged[]): string {
  const { rows, folded, unsure, total } = figures(judged);
  const percent = (value: number) => `${(value * 100).toFixed(0).padStart(3)} %`;
  return [
    `${name}: ${total} posts, ${unsure} unsure, noise folded ${percent(folded)}`,
    ...rows.map(
      (row) =>
        `  ${row.label.padEnd(9)} n=${String(row.actual).padStart(3)}  precision ${percent(row.precision)}  recall ${percent(row.recall)}`,
    ),
  ].join('\n');
}

if (!existsSync(SHARED_CORPUS)) {
  describe.skip('../shared/corpus is missing: it is the shared test corpus every dev machine and CI has', () => {
    it('evaluates the relevance judge', () => {});
  });
} else {
  describe('relevance judge on the labelled set', () => {
    const judged: Judged[] = loadLabelledPosts().map((post) => ({
      ...post,
      verdict: judgePost(post.post, post.context).verdict,
    }));
    const halves: Half[] = ['development', 'held-out'];
    console.log(
      [
        table('all', judged),
        ...halves.map((half) =>
          table(
            half,
            judged.filter((p) => p.half === half),
          ),
        ),
      ].join('\n'),
    );

    it('labels at least 120 posts of every kind', () => {
      expect(judged.length).toBeGreaterThanOrEqual(120);
      for (const label of LABELS) expect(judged.some((post) => post.label === label)).toBe(true);
    });

    it('folds no Rust post', () => {
      const folded = judged.filter((post) => post.label === 'rust' && isFolded(post.verdict));
      expect(folded.map(({ where, item, verdict }) => `${where} ${item}: ${verdict}`)).toEqual([]);
    });

    it(`folds at least ${MIN_FOLDED_SHARE * 100} % of off-topic and spam posts`, () => {
      const noise = judged.filter((post) => post.label !== 'rust');
      const kept = noise.filter((post) => !isFolded(post.verdict));
      const listed = kept.map(({ where, item, verdict }) => `${where} ${item}: ${verdict}`);
      const share = (noise.length - kept.length) / noise.length;
      expect(share, `not folded:\n${listed.join('\n')}`).toBeGreaterThanOrEqual(MIN_FOLDED_SHARE);
    });
  });
}
