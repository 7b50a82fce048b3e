import { describe, expect, it } from 'vitest';
import {
  formatReadmeTable,
  missingReadmeFigures,
  README_FIGURES,
} from '../../../bench/lib/readme-figures';
import { single, type BenchRow } from '../../../bench/lib/rows';

const row = (section: string, name: string, median: number, goal?: BenchRow['goal']): BenchRow => ({
  section,
  name,
  unit: 'ms',
  stats: single(median),
  goal,
});

// Rows named as the bench files name them (see bench/lib/*-rows.ts, bench/*.bench.ts).
const rows: BenchRow[] = [
  row('Popup open', '5,000 posts → first post painted', 60, { text: '≤ 1.5× floor', met: true }),
  row('Popup open', '5,000 posts → first post painted (vs 12 posts)', 61),
  row('Counts', '5,000 unread posts, filters on (badge, header count, after Mark all read)', 12, {
    text: '< 20 ms',
    met: true,
  }),
  row('Poll', 'DEV fixture, 12 new posts (fetch, parse, diff, 1 transaction, badge, notify)', 27),
  row('Poll', '304 Not Modified, on a new connection (TLS handshake)', 6.45),
  row('Poll', '304 Not Modified', 5.35),
  row('Poll', '304: bytes over HTTP (request + response headers)', 649),
  row('Idle', 'worker between polls: pending timers · open ports · held locks', 0),
  row('Storage', 'IndexedDB bytes per post (storage.estimate, after a restart)', 4200),
  row('Bundle', 'popup at open (gzip)', 27_900, { text: '≤ 30.0 kB', met: false }),
  row('Bundle', 'worker (background.js + imports, gzip)', 54_700),
];

describe('README figures', () => {
  it('finds every README figure among the rows the bench files name', () => {
    expect(missingReadmeFigures(rows)).toEqual([]);
  });

  it('shows one line per figure, in order, preferring the row of exactly that name', () => {
    const lines = formatReadmeTable(rows).split('\n').slice(2);
    expect(lines).toHaveLength(README_FIGURES.length);
    expect(lines[0]).toContain('| 60.0 ms |');
    expect(lines[1]).toContain('| 12.0 ms |');
    expect(lines[3]).toContain('| 5.35 ms |');
    expect(lines[6]).toContain('| ≤ 30.0 kB | **MISS** |');
  });

  it('names the figures no row stands for, so a renamed row is never recorded silently', () => {
    const renamed = rows.filter((r) => r.section !== 'Idle');
    expect(missingReadmeFigures(renamed)).toEqual(['Idle: worker between polls']);
  });
});
