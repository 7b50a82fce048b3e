import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Spread } from './stats';

/** Where bench files leave their rows for the report (bench/tmp is git-ignored). */
export const ROWS_DIR = resolve(__dirname, '../tmp/rows');

export type Unit = 'ms' | 'bytes' | 'MB/s' | 'count' | 'text';

/** One line of the table. */
export interface BenchRow {
  /** Table section, e.g. "Popup open". */
  section: string;
  name: string;
  unit: Unit;
  /** Repeated measurements, or a single value with n = 1. */
  stats: Spread;
  /** Shown instead of the formatted median (text rows). */
  display?: string;
  /** The figure against its natural limit: "1.21× floor". */
  ratio?: { value: number; of: string; p10?: number; p90?: number };
  /** A goal and whether this run met it; absent when the row is informational. */
  goal?: { text: string; met: boolean };
  /** Extra words for the table's last column. */
  note?: string;
  /** Everything else worth keeping; goes to bench/tmp/results.json only. */
  details?: unknown;
}

/** A single measured value as a Spread (n = 1, no spread). */
export function single(value: number): Spread {
  return { median: value, p10: value, p90: value, min: value, max: value, n: 1 };
}

/** Appends rows under `file` (one JSON file per bench file). */
export function recordRows(file: string, rows: readonly BenchRow[]): void {
  mkdirSync(ROWS_DIR, { recursive: true });
  const path = join(ROWS_DIR, `${file}.json`);
  let previous: BenchRow[] = [];
  try {
    previous = JSON.parse(readFileSync(path, 'utf8')) as BenchRow[];
  } catch {
    // First rows of this file.
  }
  writeFileSync(path, JSON.stringify([...previous, ...rows], null, 2));
}

export function readAllRows(): BenchRow[] {
  let files: string[];
  try {
    files = readdirSync(ROWS_DIR).filter((name) => name.endsWith('.json'));
  } catch {
    return [];
  }
  return files.flatMap(
    (name) => JSON.parse(readFileSync(join(ROWS_DIR, name), 'utf8')) as BenchRow[],
  );
}

export function clearRows(): void {
  rmSync(ROWS_DIR, { recursive: true, force: true });
}
