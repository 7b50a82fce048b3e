import {
  hostCooldownUntil,
  hostKey,
  withHostCooldown,
  type HostCooldowns,
} from '../schedule/next-poll';
import { DEV_RUST_FEED, type Source } from '../sources/source';
import { pollFeed, type PollFeedDeps, type PollFeedSettings, type PollReport } from './poll-feed';

/** What every source of one cycle is polled with; `feedUrl`, `feedName`, `sourceId` vary. */
export type SharedPollSettings = Omit<
  PollFeedSettings,
  'feedUrl' | 'feedName' | 'sourceId' | 'hostCooldowns'
>;

export interface PollSourcesInput {
  /** The sources to poll now (enabled, due, host access granted), in the order to poll them. */
  sources: readonly Source[];
  hostCooldowns: HostCooldowns;
  /**
   * Poll the sources even while their host rests from an earlier cycle's 429: the user's
   * Refresh, or the alarm set for the end of that rest (as a single feed's always could). A
   * 429 answered within this cycle still holds back the host's next feeds. Default: false.
   */
  ignoreCooldowns?: boolean;
}

export type SourcePollOutcome =
  | { source: Source; report: PollReport }
  /** Not polled: its host asked to rest (a 429 from a sibling feed, maybe this very cycle). */
  | { source: Source; report: null }
  /** The poll threw (a storage bug, not a feed problem): logged, the other hosts go on. */
  | { source: Source; report: null; error: unknown };

export interface PollSourcesResult {
  outcomes: SourcePollOutcome[];
  /** The cooldowns after this cycle: the input plus every 429 answered in it. */
  hostCooldowns: HostCooldowns;
}

/**
 * The name a source's failures are worded with. DEV's rust feed keeps "DEV", the name its
 * failures always had (the popup shows them); every other source its title ("r/rust").
 */
export function sourceFeedName(source: Source): string {
  return source.feedUrl === DEV_RUST_FEED.url ? DEV_RUST_FEED.name : source.title;
}

/**
 * Polls `sources`: hosts concurrently, each host's sources one after another (they share the
 * server's budget, and a 429 from one holds back the next). A hung or failing host never
 * delays another: each poll has fetchFeed's timeout, and every host's chain settles on its
 * own (`Promise.allSettled`).
 */
export async function pollSources(
  deps: PollFeedDeps,
  shared: SharedPollSettings,
  input: PollSourcesInput,
): Promise<PollSourcesResult> {
  const byHost = new Map<string, Source[]>();
  for (const source of input.sources) {
    const host = hostKey(source.feedUrl) ?? source.feedUrl;
    byHost.set(host, [...(byHost.get(host) ?? []), source]);
  }
  const chains = [...byHost.values()].map(async (hostSources) => {
    let cooldowns = input.hostCooldowns;
    // What holds this host's next feed back: the known rests (unless ignored), then any 429
    // answered during this cycle, which always counts.
    let resting = input.ignoreCooldowns ? {} : cooldowns;
    const outcomes: SourcePollOutcome[] = [];
    for (const source of hostSources) {
      const until = hostCooldownUntil(resting, source.feedUrl);
      if (until !== null && until > deps.now()) {
        outcomes.push({ source, report: null });
        continue;
      }
      try {
        const report = await pollFeed(deps, {
          ...shared,
          feedUrl: source.feedUrl,
          feedName: sourceFeedName(source),
          sourceId: source.id,
          hostCooldowns: cooldowns,
        });
        if (report.hostCooldowns !== cooldowns) resting = report.hostCooldowns;
        cooldowns = report.hostCooldowns;
        outcomes.push({ source, report });
      } catch (error) {
        outcomes.push({ source, report: null, error });
      }
    }
    return { outcomes, cooldowns };
  });
  const settled = await Promise.allSettled(chains);
  const outcomes: SourcePollOutcome[] = [];
  let hostCooldowns = input.hostCooldowns;
  for (const result of settled) {
    // Each chain catches its own polls' errors, so a rejection here is not expected.
    if (result.status === 'rejected') continue;
    outcomes.push(...result.value.outcomes);
    for (const [host, until] of Object.entries(result.value.cooldowns)) {
      hostCooldowns = withHostCooldown(hostCooldowns, `https://${host}/`, until);
    }
  }
  return { outcomes, hostCooldowns };
}
