import type { RadarDb } from '../db/open-db';
import { dueSources, effectivePollAt } from '../sources/due-sources';
import type { HostCooldowns } from '../sources/host-cooldowns';
import type { Source } from '../sources/source';
import { isServerAskingToWait } from './schedule';
import { loadSourceStates } from './source-states';

export interface PollAlarmPlan {
  /** When the first enabled source is due (`now` when one already is); null: none enabled. */
  nextPollAt: number | null;
  /**
   * Set only when every enabled source waits because its server asked (Retry-After, a
   * resting host): then the alarm must not come sooner, even when the interval shortens.
   */
  notBefore: number | null;
}

/** What `ensurePollAlarm` needs at worker start: the earliest time any source is due. */
export async function pollAlarmPlan(
  db: RadarDb,
  sources: readonly Source[],
  hostCooldowns: HostCooldowns,
  now: number,
): Promise<PollAlarmPlan> {
  const enabled = sources.filter((source) => source.enabled);
  const states = await loadSourceStates(db, enabled);
  const { due, nextAlarmAt } = dueSources({ sources: enabled, states, now, hostCooldowns });
  const nextPollAt = due.length > 0 ? now : nextAlarmAt;
  const allAskedToWait =
    enabled.length > 0 &&
    enabled.every((source) => {
      const state = states.get(source.id)!;
      return (
        isServerAskingToWait(state, now) ||
        effectivePollAt(source, state, now, hostCooldowns) > (state.nextPollAt ?? now)
      );
    });
  return { nextPollAt, notBefore: allAskedToWait ? nextPollAt : null };
}
