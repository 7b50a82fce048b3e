import type { browser } from 'wxt/browser';
import type { Source } from '../sources/source';
import { dueSources, effectivePollAt, type SourcePollState } from './due-sources';
import { isServerAskingToWait, type HostCooldowns } from './next-poll';

export const POLL_ALARM = 'rust-radar-poll';

type Alarms = Pick<typeof browser.alarms, 'get' | 'create'>;

/** A source still due right after a poll (it could not be polled) is tried again this soon. */
const RETRY_SOON_MS = 60_000;
/** The soonest a checked alarm rings: alarms in the past ring at once, every start again. */
const CHECK_DELAY_MS = 1000;

export interface PollAlarmInput {
  /** The user's sources; disabled ones are skipped. */
  sources: readonly Source[];
  /** Each source's feed state, by source id. */
  states: ReadonlyMap<string, SourcePollState & { lastError: { status: number | null } | null }>;
  hostCooldowns: HostCooldowns;
  now: number;
  intervalMinutes: number;
  /**
   * - `after-poll`: a poll just updated the states: the alarm is set for the next due source;
   * - `check`: at every worker start and after a settings change, where the alarm may have
   *   been lost (browser restart, update) or the interval changed: an intact alarm of the
   *   right interval is kept as it is.
   */
  occasion: 'after-poll' | 'check';
  /** The poll alarm as it stands (`alarms.get`); undefined when there is none. */
  existing?: { periodInMinutes?: number };
}

/** When the poll alarm rings next, repeating every `periodInMinutes` as a safety net. */
export interface PollAlarmPlan {
  when: number;
  periodInMinutes: number;
}

/**
 * The one alarm planner, after a poll and at start-up: the alarm rings when the first enabled
 * source falls due (`dueSources`: its own schedule, its host's rest), and the periodic alarm
 * keeps polling even if a poll dies before it can reschedule.
 * @returns null when the existing alarm is right as it is (`check` only).
 */
export function planPollAlarm(input: PollAlarmInput): PollAlarmPlan | null {
  const { now, intervalMinutes, existing } = input;
  const intervalMs = intervalMinutes * 60_000;
  const { due, nextAlarmAt } = dueSources(input);
  if (input.occasion === 'after-poll') {
    const when = due.length > 0 ? now + RETRY_SOON_MS : (nextAlarmAt ?? now + intervalMs);
    return { when, periodInMinutes: intervalMinutes };
  }
  if (existing && existing.periodInMinutes === intervalMinutes) return null;
  const nextPollAt = due.length > 0 ? now : nextAlarmAt;
  let when = nextPollAt ?? now;
  // The user shortened the interval: do not wait out the old, longer one…
  if (existing) when = Math.min(when, now + intervalMs);
  // …unless every source waits because its server asked (Retry-After, a resting host).
  const notBefore = everySourceAskedToWait(input) ? (nextPollAt ?? 0) : 0;
  return {
    when: Math.max(now + CHECK_DELAY_MS, when, notBefore),
    periodInMinutes: intervalMinutes,
  };
}

const NEVER_POLLED = { nextPollAt: null, lastError: null };

function everySourceAskedToWait({ sources, states, now, hostCooldowns }: PollAlarmInput) {
  const enabled = sources.filter((source) => source.enabled);
  return (
    enabled.length > 0 &&
    enabled.every((source) => {
      const state = states.get(source.id) ?? NEVER_POLLED;
      return (
        isServerAskingToWait(state, now) ||
        effectivePollAt(source, state, now, hostCooldowns) > (state.nextPollAt ?? now)
      );
    })
  );
}

/** Sets the poll alarm as planned (replacing any earlier one); does nothing for null. */
export async function setPollAlarm(alarms: Alarms, plan: PollAlarmPlan | null): Promise<void> {
  if (plan) await alarms.create(POLL_ALARM, plan);
}

/**
 * The poll alarm as it stands, for `planPollAlarm`'s `existing`. Alarms can be lost on
 * browser restart or extension update, so this is asked at every worker start.
 */
export async function currentPollAlarm(alarms: Alarms) {
  return (await alarms.get(POLL_ALARM)) ?? undefined;
}
