import { clearRows } from './lib/rows';
import { report } from './lib/report';

/** Before the bench files: forget the last run's rows. After them: print and save the table. */
export default function setup(): () => Promise<void> {
  clearRows();
  return report;
}
