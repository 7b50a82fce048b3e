import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { CHROMIUM } from '../../tests/harness/extension';

export interface Machine {
  nproc: number;
  cpu: string;
  chromium: string;
  node: string;
  date: string;
  /** The 1-minute load average when the run started (another job's work slows every ms). */
  loadAtStart?: number;
}

/** The machine a run came from, as the README's Performance section names it. */
export function describeMachine(loadAtStart?: number): Machine {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  const cpu = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? 'unknown';
  // Debian's wrapper script prints a harmless shell warning on stderr; keep stdout only.
  const chromium = execFileSync(CHROMIUM, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] })
    .toString()
    .trim();
  return {
    nproc: Number(execFileSync('nproc').toString().trim()),
    cpu,
    chromium,
    node: process.version,
    date: new Date().toISOString().slice(0, 10),
    ...(loadAtStart === undefined ? {} : { loadAtStart }),
  };
}

export function formatMachine(machine: Machine): string {
  const load =
    machine.loadAtStart === undefined ? '' : ` · load ${machine.loadAtStart.toFixed(1)} at start`;
  return `${machine.date} · ${machine.nproc} × ${machine.cpu}${load} · ${machine.chromium} · Node ${machine.node}`;
}
