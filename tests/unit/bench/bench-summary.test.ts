import { describe, expect, it } from 'vitest';
import { SECTION_ORDER, sectionsWithoutFigures, summarizeGoals } from '../../../bench/lib/format';
import { single, type BenchRow } from '../../../bench/lib/rows';

const row = (section: string, goal?: BenchRow['goal']): BenchRow => ({
  section,
  name: `${section} figure`,
  unit: 'ms',
  stats: single(1),
  goal,
});

const everySection = SECTION_ORDER.map((section) => row(section, { text: '≤ 2', met: true }));

describe('bench summary', () => {
  it('says every goal was met only when every section has figures and met its goals', () => {
    expect(sectionsWithoutFigures(everySection)).toEqual([]);
    expect(summarizeGoals(everySection)).toBe('Every goal met.');
  });

  it('names the sections without figures: a bench file that failed met nothing', () => {
    const rows = everySection.filter((r) => r.section !== 'Poll' && r.section !== 'Bundle');
    expect(sectionsWithoutFigures(rows)).toEqual(['Poll', 'Bundle']);
    expect(summarizeGoals(rows)).toBe('No figures for: Poll, Bundle.');
    expect(summarizeGoals([])).toContain('No figures for: Popup open,');
  });

  it('names missed goals, and missing sections after them', () => {
    const rows = [
      ...everySection.filter((r) => r.section !== 'Idle'),
      row('Popup open', { text: '≤ 1.5× floor', met: false }),
    ];
    expect(summarizeGoals(rows)).toBe(
      'Goals missed: Popup open: Popup open figure. No figures for: Idle.',
    );
  });
});
