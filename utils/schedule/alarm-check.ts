import type { GetDb } from '../db/open-db';
import { loadSourceStates } from '../db/feed-state';
import type { Settings } from '../settings/settings';
import type { Source } from '../sources/source';
import type { HostCooldowns } from './next-poll';
import { currentPollAlarm, planPollAlarm, setPollAlarm } from './poll-alarm';

export interface AlarmCheckDeps {
  alarms: Parameters<typeof setPollAlarm>[0];
  getDb: GetDb;
  loadSettings: () => Promise<Pick<Settings, 'pollIntervalMinutes'>>;
  loadSources: () => Promise<readonly Source[]>;
  loadHostCooldowns: () => Promise<HostCooldowns>;
  now: () => number;
}

/**
 * The worker's alarm check, run at every start (the alarm may have been lost) and after every
 * settings change (the interval may have changed): keeps an intact alarm, else plans it anew
 * from the stored feed states with `planPollAlarm`, the planner every poll uses too.
 */
export function createAlarmCheck(deps: AlarmCheckDeps): () => Promise<void> {
  return async () => {
    const [settings, db, sources, hostCooldowns, existing] = await Promise.all([
      deps.loadSettings(),
      deps.getDb(),
      deps.loadSources(),
      deps.loadHostCooldowns(),
      currentPollAlarm(deps.alarms),
    ]);
    const enabled = sources.filter((source) => source.enabled);
    const plan = planPollAlarm({
      sources: enabled,
      states: await loadSourceStates(db, enabled),
      hostCooldowns,
      now: deps.now(),
      intervalMinutes: settings.pollIntervalMinutes,
      occasion: 'check',
      existing,
    });
    await setPollAlarm(deps.alarms, plan);
  };
}
