import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { CHROMIUM } from '../../tests/harness/extension';

export interface Machine {
  nproc: number;
  cpu: string;
  chromium: string;
  node: string;
  date: string;
}

/** The machine a run came from, as the README's Performance section names it. */
export function describeMachine(): Machine {
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
  };
}

export function formatMachine(machine: Machine): string {
  return `${machine.date} · ${machine.nproc} × ${machine.cpu} · ${machine.chromium} · Node ${machine.node}`;
}
