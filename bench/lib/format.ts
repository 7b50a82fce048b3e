import type { BenchRow, Unit } from './rows';

/** Sections in the order the table shows them. */
export const SECTION_ORDER = [
  'Popup open',
  'Options open',
  'Counts',
  'Parse (Node)',
  'Parse (Chromium)',
  'Poll',
  'Idle',
  'Storage',
  'Relevance',
  'Bundle',
];

/** Sections of the table no bench file recorded a row for (it failed, or did not run). */
export function sectionsWithoutFigures(rows: readonly BenchRow[]): string[] {
  return SECTION_ORDER.filter((section) => !rows.some((row) => row.section === section));
}

/**
 * One line on the run: every goal met, or which were missed and which sections have no
 * figures at all — a section that did not run has met nothing.
 */
export function summarizeGoals(rows: readonly BenchRow[]): string {
  const misses = rows.filter((row) => row.goal && !row.goal.met);
  const missing = sectionsWithoutFigures(rows);
  const parts = [
    ...(misses.length > 0
      ? [`Goals missed: ${misses.map((row) => `${row.section}: ${row.name}`).join('; ')}.`]
      : []),
    ...(missing.length > 0 ? [`No figures for: ${missing.join(', ')}.`] : []),
  ];
  return parts.length === 0 ? 'Every goal met.' : parts.join(' ');
}

/** Decimal units throughout: 1 kB = 1,000 bytes, 1 MB = 1,000,000 bytes. */
export function formatValue(value: number, unit: Unit): string {
  if (!Number.isFinite(value)) return 'n/a';
  switch (unit) {
    case 'ms':
      return value < 10 ? `${value.toFixed(2)} ms` : `${value.toFixed(1)} ms`;
    case 'bytes':
      if (value < 1000) return `${Math.round(value)} B`;
      if (value < 1e6) return `${(value / 1000).toFixed(1)} kB`;
      return `${(value / 1e6).toFixed(2)} MB`;
    case 'MB/s':
      return `${value.toFixed(1)} MB/s`;
    case 'count':
      return String(Math.round(value));
    case 'text':
      return String(value);
  }
}

/**
 * The figure against its limit, "1.46× floor (1.14–1.71)" (p10–p90 in brackets), or — .
 * `withSpread: false` leaves the spread out (the README's short table).
 */
export function formatRatio(row: BenchRow, withSpread = true): string {
  if (!row.ratio) return '—';
  const { value, of, p10, p90 } = row.ratio;
  const fixed = (n: number) => (n !== 0 && Math.abs(n) < 0.1 ? n.toPrecision(2) : n.toFixed(2));
  const spread =
    withSpread && p10 !== undefined && p90 !== undefined ? ` (${fixed(p10)}–${fixed(p90)})` : '';
  return `${fixed(value)}× ${of}${spread}`;
}

function formatSpread(row: BenchRow): string {
  const { stats, unit } = row;
  if (stats.n <= 1 || row.display) return '—';
  return `${formatValue(stats.p10, unit)} – ${formatValue(stats.p90, unit)} (n=${stats.n})`;
}

/** pass, **MISS**, or — when the row has no goal. */
export function formatResult(row: BenchRow): string {
  if (!row.goal) return '—';
  return row.goal.met ? 'pass' : '**MISS**';
}

/** Every row as a Markdown table: printed as is, and recorded in docs/performance.md. */
export function formatTable(rows: readonly BenchRow[]): string {
  const lines = [
    '| measure | median | spread p10–p90 | ratio | goal | result | note |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  const sections = [...new Set([...SECTION_ORDER, ...rows.map((row) => row.section)])];
  for (const section of sections) {
    const inSection = rows.filter((r) => r.section === section);
    if (inSection.length === 0) {
      lines.push(
        `| ${section}: no figures — its bench file failed or did not run | | | | | **MISS** | |`,
      );
    }
    for (const row of inSection) {
      const cells = [
        `${section}: ${row.name}`,
        row.display ?? formatValue(row.stats.median, row.unit),
        formatSpread(row),
        formatRatio(row),
        row.goal?.text ?? '—',
        formatResult(row),
        row.note ?? '',
      ];
      lines.push(`| ${cells.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`);
    }
  }
  return lines.join('\n');
}
