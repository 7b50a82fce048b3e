import { loadavg } from 'node:os';
import { clearRows } from './lib/rows';
import { report } from './lib/report';

/**
 * Before the bench files: forget the last run's rows. After them: print the table, keep every
 * sample in bench/tmp, and with BENCH_RECORD=1 record the figures (see lib/report.ts).
 */
export default function setup(): () => Promise<void> {
  clearRows();
  // How busy the machine was before the bench added its own work: the report names it, since
  // milliseconds (not the paired ratios) grow with it.
  const loadAtStart = loadavg()[0]!;
  return () => report({ loadAtStart });
}
