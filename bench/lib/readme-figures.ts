import { formatRatio, formatResult, formatValue } from './format';
import type { BenchRow } from './rows';

/** A row of the full table shown in the README's short one, under a shorter label. */
interface ReadmeFigure {
  section: string;
  /** The row's name, or the start of it (names of parse rows carry the feed's size). */
  name: string;
  label: string;
}

/** The figures the README shows, in its order; docs/performance.md has every row. */
export const README_FIGURES: readonly ReadmeFigure[] = [
  {
    section: 'Popup open',
    name: '5,000 posts → first post painted',
    label: 'Popup: first post painted, 5,000 stored',
  },
  {
    section: 'Counts',
    name: '5,000 unread posts, filters on',
    label: 'Badge count, 5,000 unread, filters on',
  },
  {
    section: 'Poll',
    name: 'DEV fixture, 12 new posts',
    label: 'Poll that finds 12 new posts (fetch → notify)',
  },
  { section: 'Poll', name: '304 Not Modified', label: 'Poll of an unchanged feed (304)' },
  { section: 'Poll', name: '304: bytes over HTTP', label: 'That 304 poll over HTTP' },
  {
    section: 'Idle',
    name: 'worker between polls',
    label: 'Idle worker: timers · ports · locks',
  },
  { section: 'Bundle', name: 'popup at open (gzip)', label: 'Popup code loaded at open (gzip)' },
  { section: 'Bundle', name: 'worker (background.js', label: 'Worker code (gzip)' },
];

/** The row a README figure stands for: the one of that name, else the first it starts. */
export function findFigure(rows: readonly BenchRow[], figure: ReadmeFigure): BenchRow | undefined {
  const inSection = rows.filter((row) => row.section === figure.section);
  return (
    inSection.find((row) => row.name === figure.name) ??
    inSection.find((row) => row.name.startsWith(figure.name))
  );
}

/** README figures no row stands for (a row was renamed): the README cannot be refreshed. */
export function missingReadmeFigures(rows: readonly BenchRow[]): string[] {
  return README_FIGURES.filter((figure) => !findFigure(rows, figure)).map(
    (figure) => `${figure.section}: ${figure.name}`,
  );
}

/** The README's short table: one line per README figure. */
export function formatReadmeTable(rows: readonly BenchRow[]): string {
  const lines = [
    '| figure | median | against its limit | goal | result |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const figure of README_FIGURES) {
    const row = findFigure(rows, figure);
    const cells = row
      ? [
          figure.label,
          row.display ?? formatValue(row.stats.median, row.unit),
          formatRatio(row, false),
          row.goal?.text ?? '—',
          formatResult(row),
        ]
      : [figure.label, 'no figure', '—', '—', '—'];
    lines.push(`| ${cells.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`);
  }
  return lines.join('\n');
}
