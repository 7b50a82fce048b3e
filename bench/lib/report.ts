import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { format, getFileInfo, resolveConfig } from 'prettier';
import { formatTable, sectionsWithoutFigures, summarizeGoals } from './format';
import { describeMachine, formatMachine } from './machine';
import { missingReadmeFigures, formatReadmeTable } from './readme-figures';
import { readAllRows } from './rows';

const ROOT = resolve(__dirname, '../..');
/** Every sample of the last run (bench/tmp is git-ignored). */
export const RESULTS_JSON = resolve(ROOT, 'bench/tmp/results.json');
/** The tracked record: every figure, one line each, between the bench:table markers. */
export const PERFORMANCE_DOC = resolve(ROOT, 'docs/performance.md');
/** The README's short table, between the bench:summary markers. */
export const README = resolve(ROOT, 'README.md');

/**
 * Prints the table of every row the bench files recorded and writes every sample to
 * bench/tmp/results.json (untracked). With BENCH_RECORD=1 it also records the run: the full
 * table in docs/performance.md and the short one in the README, each between its markers and
 * nothing else. A run with a section missing (a bench file failed, or only some ran) is never
 * recorded: the tracked figures stay those of the last complete run.
 */
export async function report(run: { loadAtStart?: number } = {}): Promise<void> {
  const rows = readAllRows();
  const machine = describeMachine(run.loadAtStart);
  const measured = `Measured ${formatMachine(machine)}.`;
  const table = formatTable(rows);
  console.log(`\nRust Radar bench — ${formatMachine(machine)}\n\n${table}\n`);
  console.log(summarizeGoals(rows));
  mkdirSync(dirname(RESULTS_JSON), { recursive: true });
  writeFileSync(RESULTS_JSON, `${JSON.stringify({ machine, rows }, null, 2)}\n`);
  console.log(`Every sample: ${relative(ROOT, RESULTS_JSON)}`);
  if (process.env.BENCH_RECORD !== '1') return;

  const missing = [...sectionsWithoutFigures(rows), ...missingReadmeFigures(rows)];
  if (missing.length > 0) {
    console.log(`Not recorded (no figures for ${missing.join(', ')}): the docs stay as they were.`);
    return;
  }
  await replaceBetweenMarkers(PERFORMANCE_DOC, 'bench:table', `${measured}\n\n${table}`);
  await replaceBetweenMarkers(README, 'bench:summary', `${measured}\n\n${formatReadmeTable(rows)}`);
}

/**
 * Replaces what lies between `<!-- ${marker}:start -->` and `<!-- ${marker}:end -->`, then
 * formats the file as `npm run lint` expects (prettier, unless .prettierignore names it).
 */
async function replaceBetweenMarkers(file: string, marker: string, block: string): Promise<void> {
  const [start, end] = [`<!-- ${marker}:start -->`, `<!-- ${marker}:end -->`];
  const text = readFileSync(file, 'utf8');
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  const name = relative(ROOT, file);
  if (from === -1 || to < from) {
    console.warn(`${name} has no ${marker} markers; left as it was.`);
    return;
  }
  const updated = `${text.slice(0, from + start.length)}\n\n${block}\n\n${text.slice(to)}`;
  const { ignored } = await getFileInfo(file, { ignorePath: resolve(ROOT, '.prettierignore') });
  const options = { ...(await resolveConfig(file)), filepath: file };
  writeFileSync(file, ignored ? updated : await format(updated, options));
  console.log(`Recorded the figures in ${name}.`);
}
