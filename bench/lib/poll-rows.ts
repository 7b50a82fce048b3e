import type { ByteCount } from './counting-server';
import { formatValue } from './format';
import { single, type BenchRow } from './rows';
import { pairedRatios, summarize } from './stats';
import type { ProbeSlice } from '../../tests/harness/worker-side';

// The poll bench's samples turned into table rows: Poll (time, bytes, no parse or write on a
// 304) and Idle (what the worker holds between polls, network per hour).

const POLLS_PER_HOUR = 60 / 15; // the default interval

export type Kind = 'new' | 'unchanged' | 'not-modified' | 'not-modified-new-connection';

export interface PollSample {
  kind: Kind;
  status: string;
  /** poll-started → poll-finished in the worker. */
  workerMs: number;
  /** sendMessage → answer, in the page. */
  roundTripMs: number;
  bytes: ByteCount;
  log: ProbeSlice;
  postsUnchanged: boolean;
}

const of = (samples: PollSample[], kind: Kind) => samples.filter((s) => s.kind === kind);
const median = (values: number[]) => summarize(values).median;

export function pollRows(
  samples: PollSample[],
  floors: { full: number[]; notModified: number[] },
): BenchRow[] {
  const row = (kind: Kind, name: string, floor: number[], floorName: string): BenchRow => {
    const runs = of(samples, kind);
    const ratio = summarize(
      pairedRatios(
        runs.map((s) => s.workerMs),
        floor,
      ),
    );
    const bytes = runs[0]!.bytes;
    return {
      section: 'Poll',
      name,
      unit: 'ms',
      stats: summarize(runs.map((s) => s.workerMs)),
      ratio: { value: ratio.median, of: floorName, p10: ratio.p10, p90: ratio.p90 },
      note: `round trip from a page ${median(runs.map((s) => s.roundTripMs)).toFixed(1)} ms; ${formatValue(bytes.request + bytes.response, 'bytes')} over HTTP`,
      details: runs.map(({ status, workerMs, roundTripMs, bytes: b, log }) => ({
        status,
        workerMs,
        roundTripMs,
        bytes: b,
        transactions: log.transactions,
        writes: log.writes.length,
        decodes: log.decodes,
      })),
    };
  };
  const fresh = of(samples, 'new');
  const notModified = of(samples, 'not-modified');
  const reconnected = of(samples, 'not-modified-new-connection');
  const http = (s: PollSample) => s.bytes.request + s.bytes.response;
  const postWrites = (s: PollSample) => s.log.writes.filter((w) => w.store === 'posts').length;
  const postTransactions = (s: PollSample) =>
    s.log.transactions.filter((t) => t.mode === 'readwrite' && t.stores.includes('posts')).length;
  const quiet = notModified.every(
    (s) =>
      s.log.decodes.length === 0 &&
      postWrites(s) === 0 &&
      postTransactions(s) === 0 &&
      s.postsUnchanged &&
      s.status === 'not-modified',
  );
  const transactionKinds = [
    ...new Set(
      notModified[0]!.log.transactions.map(
        (t) => `${t.stores.join('+')} ${t.mode === 'readwrite' ? 'rw' : 'ro'}`,
      ),
    ),
  ];
  const notModifiedBytes = notModified.map(http);
  return [
    row(
      'new',
      'DEV fixture, 12 new posts (fetch, parse, diff, 1 transaction, badge, notify)',
      floors.full,
      'bare fetch',
    ),
    row('unchanged', 'DEV fixture, nothing new (new ETag, same posts)', floors.full, 'bare fetch'),
    row('not-modified', '304 Not Modified', floors.notModified, 'bare 304 fetch'),
    {
      section: 'Poll',
      name: '304 Not Modified, on a new connection (TLS handshake)',
      unit: 'ms',
      stats: summarize(reconnected.map((s) => s.workerMs)),
      note: `${formatValue(median(reconnected.map((s) => s.bytes.wire)), 'bytes')} on the wire with the handshake`,
    },
    {
      section: 'Poll',
      name: '304: bytes over HTTP (request + response headers)',
      unit: 'bytes',
      stats: summarize(notModifiedBytes),
      ratio: { value: median(notModifiedBytes) / median(fresh.map(http)), of: 'a 200 poll' },
      goal: { text: '< 1 kB', met: Math.max(...notModifiedBytes) < 1000 },
      note: `request ${median(notModified.map((s) => s.bytes.request))} B (ours to shape), response ${median(notModified.map((s) => s.bytes.response))} B (the stand-in server's); ${median(notModified.map((s) => s.bytes.wire))} B on the wire`,
    },
    {
      section: 'Poll',
      name: '304: parse and post writes',
      unit: 'text',
      stats: single(notModified.length),
      display: quiet ? 'none' : 'SOME',
      goal: { text: 'none', met: quiet },
      note: `over ${notModified.length} polls: feed decodes ${sum(notModified.map((s) => s.log.decodes.length))}, post writes ${sum(notModified.map(postWrites))}, readwrite transactions on posts ${sum(notModified.map(postTransactions))}, stored posts ${notModified.every((s) => s.postsUnchanged) ? 'identical' : 'CHANGED'}; transactions: ${transactionKinds.join(', ')}. Control, 200 with new posts: ${median(fresh.map((s) => s.log.decodes.length))} decode, ${median(fresh.map(postWrites))} post writes`,
    },
  ];
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

export type IdleState = ProbeSlice & { locks: string[] };

export function idleRows(
  samples: PollSample[],
  idle: IdleState,
  afterRestart: IdleState,
): BenchRow[] {
  const reconnected = of(samples, 'not-modified-new-connection');
  const notModified = of(samples, 'not-modified');
  const wirePerPoll = median(reconnected.map((s) => s.bytes.wire));
  const httpPerPoll = median(notModified.map((s) => s.bytes.request + s.bytes.response));
  const held = (state: IdleState) => [
    state.pendingTimers.length,
    state.openPorts,
    state.locks.length,
  ];
  const afterPolls = samples.map((s) => s.log.pendingTimers.length + s.log.openPorts);
  const states = [held(idle), held(afterRestart)];
  const clean =
    states.every((counts) => counts.every((n) => n === 0)) && afterPolls.every((n) => n === 0);
  const describe = (state: IdleState) =>
    `${state.pendingTimers.length} timers${state.pendingTimers.length ? ` (${state.pendingTimers.join(', ')})` : ''} · ${state.openPorts} ports · ${state.locks.length} locks`;
  return [
    {
      section: 'Idle',
      name: 'worker between polls: pending timers · open ports · held locks',
      unit: 'text',
      stats: single(0),
      display: describe(idle),
      goal: { text: '0 · 0 · 0', met: clean },
      note: `after each of ${samples.length} polls: max ${Math.max(...afterPolls)} timers+ports; after termination + alarm: ${describe(afterRestart)}; timers ever set: ${idle.timersCreated}, ports ever opened: ${idle.portsOpened}`,
      details: { idle, afterRestart },
    },
    {
      section: 'Idle',
      name: `network per hour (a 304 every 15 min, new connection each)`,
      unit: 'bytes',
      stats: single(wirePerPoll * POLLS_PER_HOUR),
      note: `${formatValue(httpPerPoll * POLLS_PER_HOUR, 'bytes')}/h of it HTTP, the rest TLS (the stand-in's 304 carries only an ETag)`,
    },
  ];
}
