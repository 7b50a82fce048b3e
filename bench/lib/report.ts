import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { format } from 'prettier';
import { formatTable, sectionsWithoutFigures, summarizeGoals } from './format';
import { describeMachine, formatMachine } from './machine';
import { readAllRows } from './rows';

const RESULTS_JSON = resolve(__dirname, '../results.json');
const README = resolve(__dirname, '../../README.md');
const START = '<!-- bench:table:start -->';
const END = '<!-- bench:table:end -->';

/**
 * Prints the table of every row the bench files recorded and writes bench/results.json.
 * With BENCH_README=1 it also replaces the table in the README's Performance section
 * (between the bench:table markers, nothing else). A run with a section missing (a bench
 * file failed, or only some ran) prints its table but replaces neither: the recorded
 * figures stay those of the last complete run.
 */
export async function report(): Promise<void> {
  const rows = readAllRows();
  const machine = describeMachine();
  const table = formatTable(rows);
  const block = `Measured ${formatMachine(machine)}.\n\n${table}`;
  console.log(`\nRust Radar bench — ${formatMachine(machine)}\n\n${table}\n`);
  console.log(summarizeGoals(rows));
  if (sectionsWithoutFigures(rows).length > 0) {
    console.log(`Not a complete run: ${RESULTS_JSON} and the README left as they were.`);
    return;
  }
  writeFileSync(RESULTS_JSON, `${JSON.stringify({ machine, rows }, null, 2)}\n`);
  console.log(`Wrote ${RESULTS_JSON}`);
  if (process.env.BENCH_README === '1') await updateReadme(block);
}

/** Replaces the table, then formats the README as `npm run lint` expects (prettier). */
async function updateReadme(block: string): Promise<void> {
  const text = readFileSync(README, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start === -1 || end < start) {
    console.warn('README has no bench:table markers; left as it was.');
    return;
  }
  const updated = `${text.slice(0, start + START.length)}\n${block}\n${text.slice(end)}`;
  writeFileSync(README, await format(updated, { filepath: README }));
  console.log('Updated the README Performance table.');
}
