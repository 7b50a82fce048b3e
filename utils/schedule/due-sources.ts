import { hostCooldownUntil, type HostCooldowns } from './next-poll';
import type { Source } from '../sources/source';

/** What scheduling needs of a source's stored state. */
export interface SourcePollState {
  /** When the source is next due (ms); null or no state at all: never polled, due now. */
  nextPollAt: number | null;
}

export interface DueSourcesInput {
  /** The user's sources; disabled ones are skipped. Drop those whose host access is missing. */
  sources: readonly Source[];
  /** Per-source state by source id. */
  states: ReadonlyMap<string, SourcePollState>;
  now: number;
  /** Per-host rest times (429). Default: none. */
  hostCooldowns?: HostCooldowns;
}

export interface DueSources {
  /** Enabled sources due at `now`, most overdue first (list order among equals). */
  due: Source[];
  /**
   * When the next source that is not due yet becomes due, or null when none is waiting:
   * the alarm time. Call again after polling `due`, with their new states, to get the time to
   * schedule the alarm for.
   */
  nextAlarmAt: number | null;
}

/**
 * When a source may be polled: its own `nextPollAt` (now if never polled), but not before
 * its host's cooldown ends — a 429 from a sibling feed that arrived after this source was
 * scheduled still holds it back.
 */
export function effectivePollAt(
  source: Source,
  state: SourcePollState | undefined,
  now: number,
  hostCooldowns: HostCooldowns = {},
): number {
  const own = state?.nextPollAt ?? now;
  const hostFree = hostCooldownUntil(hostCooldowns, source.feedUrl);
  return hostFree === null ? own : Math.max(own, hostFree);
}

/**
 * Which enabled sources to poll now, and when the next one falls due. Each source keeps its
 * own time, so a failing source (backing off) or a resting host never delays the others.
 */
export function dueSources(input: DueSourcesInput): DueSources {
  const { now, hostCooldowns = {} } = input;
  const due: { source: Source; at: number }[] = [];
  let nextAlarmAt: number | null = null;
  for (const source of input.sources) {
    if (!source.enabled) continue;
    const at = effectivePollAt(source, input.states.get(source.id), now, hostCooldowns);
    if (at <= now) due.push({ source, at });
    else if (nextAlarmAt === null || at < nextAlarmAt) nextAlarmAt = at;
  }
  // Array#sort is stable: equally overdue sources keep the list's order.
  due.sort((a, b) => a.at - b.at);
  return { due: due.map(({ source }) => source), nextAlarmAt };
}
