import type { WorkerProbe } from './worker-probe';

// Functions here run inside the extension's worker (worker.evaluate): self-contained.

export interface ProbeMark {
  fetches: number;
  transactions: number;
  writes: number;
  decodes: number;
  broadcasts: number;
}

export type ProbeSlice = Pick<
  WorkerProbe,
  'fetches' | 'transactions' | 'writes' | 'decodes' | 'broadcasts'
> & {
  pendingTimers: string[];
  openPorts: number;
  timersCreated: number;
  portsOpened: number;
};

/** Where the probe's logs end now. */
export function probeMark(): ProbeMark {
  const probe = (globalThis as unknown as { __benchProbe: WorkerProbe }).__benchProbe;
  return {
    fetches: probe.fetches.length,
    transactions: probe.transactions.length,
    writes: probe.writes.length,
    decodes: probe.decodes.length,
    broadcasts: probe.broadcasts.length,
  };
}

/** What the probe logged since `mark`, and what the worker holds right now. */
export function probeSince(mark: ProbeMark): ProbeSlice {
  const probe = (globalThis as unknown as { __benchProbe: WorkerProbe }).__benchProbe;
  return {
    fetches: probe.fetches.slice(mark.fetches),
    transactions: probe.transactions.slice(mark.transactions),
    writes: probe.writes.slice(mark.writes),
    decodes: probe.decodes.slice(mark.decodes),
    broadcasts: probe.broadcasts.slice(mark.broadcasts),
    pendingTimers: [...probe.pendingTimers.values()],
    openPorts: probe.openPorts,
    timersCreated: probe.timersCreated,
    portsOpened: probe.portsOpened,
  };
}

/** Locks some context of the extension holds or waits for (the poll lock among them). */
export async function heldLocks(): Promise<string[]> {
  const { held = [], pending = [] } = await navigator.locks.query();
  return [...held, ...pending].map((lock) => lock.name ?? '?');
}
