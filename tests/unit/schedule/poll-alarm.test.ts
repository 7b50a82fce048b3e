import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyFeedState, putFeedState } from '../../../utils/db/feed-state';
import type { FeedState } from '../../../utils/db/schema';
import { createAlarmCheck } from '../../../utils/schedule/alarm-check';
import {
  planPollAlarm,
  POLL_ALARM,
  setPollAlarm,
  type PollAlarmInput,
} from '../../../utils/schedule/poll-alarm';
import { curatedToSource, findCuratedSource } from '../../../utils/sources/curated-sources';
import { DEFAULT_SOURCES } from '../../../utils/sources/source';
import { HOUR, MINUTE, NOW, openTestDb } from '../db/helpers';
import { fakeAlarms } from '../poll/fake-feed';

const MIN = MINUTE;
const rust = DEFAULT_SOURCES[0]!;
const blog = curatedToSource(findCuratedSource('curated:rust-blog')!, true);

const stateOf = (overrides: Partial<FeedState> = {}, url = rust.feedUrl): FeedState => ({
  ...emptyFeedState(url),
  ...overrides,
});
const waitingOn = (status: number | null, nextPollAt: number) =>
  stateOf({
    lastError: { message: 'DEV did not answer', at: NOW - MINUTE, status },
    consecutiveFailures: 1,
    nextPollAt,
  });

/** The alarm check at start-up: DEV's feed in `state` (none: never polled). */
function check(
  state: FeedState | undefined,
  intervalMinutes: number,
  existing?: { periodInMinutes?: number },
  extra: Partial<PollAlarmInput> = {},
) {
  return planPollAlarm({
    sources: [rust],
    states: new Map(state ? [[rust.id, state]] : []),
    hostCooldowns: {},
    now: NOW,
    intervalMinutes,
    occasion: 'check',
    existing,
    ...extra,
  });
}

describe('setPollAlarm', () => {
  it('creates the poll alarm at the given time, repeating every interval', async () => {
    await setPollAlarm(fakeAlarms, { when: NOW + 7 * MIN, periodInMinutes: 15 });

    expect(await fakeBrowser.alarms.getAll()).toEqual([
      { name: POLL_ALARM, scheduledTime: NOW + 7 * MIN, periodInMinutes: 15 },
    ]);
  });

  it('replaces the previous poll alarm instead of adding another', async () => {
    await setPollAlarm(fakeAlarms, { when: NOW + MIN, periodInMinutes: 15 });
    await setPollAlarm(fakeAlarms, { when: NOW + 30 * MIN, periodInMinutes: 30 });

    expect(await fakeBrowser.alarms.getAll()).toEqual([
      { name: POLL_ALARM, scheduledTime: NOW + 30 * MIN, periodInMinutes: 30 },
    ]);
  });

  it('keeps the alarm as it is for no plan', async () => {
    await setPollAlarm(fakeAlarms, { when: NOW + MIN, periodInMinutes: 15 });
    await setPollAlarm(fakeAlarms, null);
    expect(await fakeBrowser.alarms.get(POLL_ALARM)).toMatchObject({ scheduledTime: NOW + MIN });
  });
});

describe('planPollAlarm after a poll', () => {
  const afterPoll = (states: Map<string, FeedState>, sources = [rust, blog]) =>
    planPollAlarm({
      sources,
      states,
      hostCooldowns: {},
      now: NOW,
      intervalMinutes: 15,
      occasion: 'after-poll',
    });

  it('rings when the first source falls due, repeating every interval', () => {
    const states = new Map([
      [rust.id, stateOf({ nextPollAt: NOW + 15 * MIN })],
      [blog.id, stateOf({ nextPollAt: NOW + 5 * MIN }, blog.feedUrl)],
    ]);
    expect(afterPoll(states)).toEqual({ when: NOW + 5 * MIN, periodInMinutes: 15 });
  });

  it('tries a source that is still due (it could not be polled) again in a minute', () => {
    const states = new Map([[rust.id, stateOf({ nextPollAt: NOW - MIN })]]);
    expect(afterPoll(states, [rust])).toEqual({ when: NOW + MIN, periodInMinutes: 15 });
  });

  it('rings one interval on when no source is enabled', () => {
    expect(afterPoll(new Map(), [{ ...rust, enabled: false }])).toEqual({
      when: NOW + 15 * MIN,
      periodInMinutes: 15,
    });
  });
});

describe('planPollAlarm at the start-up check', () => {
  it.each<[string, FeedState | undefined, number]>([
    ['when the next poll is due', stateOf({ nextPollAt: NOW + 10 * MIN }), NOW + 10 * MIN],
    [
      'a second from now when the next poll is overdue',
      stateOf({ nextPollAt: NOW - 60 * MIN }),
      NOW + 1000,
    ],
    ['a second from now when the feed was never polled', undefined, NOW + 1000],
  ])('recreates a missing alarm, %s', (_name, state, when) => {
    expect(check(state, 15)).toEqual({ when, periodInMinutes: 15 });
  });

  it('leaves an existing alarm with the same interval alone', () => {
    expect(check(stateOf({ nextPollAt: NOW + 12 * MIN }), 15, { periodInMinutes: 15 })).toBeNull();
  });

  it.each<[string, number, number, number]>([
    // [name, old interval, new interval, expected time]
    ['shortened: polls within the new interval', 60, 15, NOW + 15 * MIN],
    ['lengthened: keeps the due time', 15, 60, NOW + 40 * MIN],
  ])('reschedules when the interval was %s', (_name, oldInterval, newInterval, when) => {
    const plan = check(stateOf({ nextPollAt: NOW + 40 * MIN }), newInterval, {
      periodInMinutes: oldInterval,
    });
    expect(plan).toEqual({ when, periodInMinutes: newInterval });
  });

  it('takes the earliest source, ignoring disabled ones', () => {
    const states = new Map([
      [rust.id, stateOf({ nextPollAt: NOW + 15 * MIN })],
      [blog.id, stateOf({ nextPollAt: NOW + 5 * MIN }, blog.feedUrl)],
    ]);
    expect(check(undefined, 15, undefined, { sources: [rust, blog], states })?.when).toBe(
      NOW + 5 * MIN,
    );
    expect(
      check(undefined, 15, undefined, { sources: [rust, { ...blog, enabled: false }], states })
        ?.when,
    ).toBe(NOW + 15 * MIN);
  });

  it('does not bring the alarm before Retry-After when the interval is shortened', () => {
    const retryAt = NOW + 3 * HOUR;
    expect(check(waitingOn(503, retryAt), 15, { periodInMinutes: 60 })).toEqual({
      when: retryAt,
      periodInMinutes: 15,
    });
  });

  it('still shortens the wait for a plain backoff', () => {
    expect(check(waitingOn(500, NOW + 3 * HOUR), 15, { periodInMinutes: 60 })?.when).toBe(
      NOW + 15 * MIN,
    );
  });

  it('recreates a lost alarm no sooner than Retry-After', () => {
    expect(check(waitingOn(429, NOW + 2 * HOUR), 15)?.when).toBe(NOW + 2 * HOUR);
  });

  it('holds the alarm back only when every source waits on its server', () => {
    const states = new Map([[rust.id, waitingOn(429, NOW + HOUR)]]);
    const shortened = { periodInMinutes: 60 };
    expect(check(undefined, 15, shortened, { states })?.when).toBe(NOW + HOUR);
    // The Rust Blog was never polled: it is due now, and nothing holds the alarm back.
    expect(check(undefined, 15, shortened, { states, sources: [rust, blog] })?.when).toBe(
      NOW + 1000,
    );
  });
});

describe('createAlarmCheck', () => {
  const alarmCheck = (getDb: () => Promise<Awaited<ReturnType<typeof openTestDb>>>) =>
    createAlarmCheck({
      alarms: fakeAlarms,
      getDb,
      loadSettings: async () => ({ pollIntervalMinutes: 15 }),
      loadSources: async () => [rust],
      loadHostCooldowns: async () => ({}),
      now: () => NOW,
    });

  it('plans a lost alarm from the stored feed state', async () => {
    const db = await openTestDb();
    await putFeedState(db, stateOf({ nextPollAt: NOW + 10 * MIN }));

    await alarmCheck(async () => db)();

    expect(await fakeBrowser.alarms.get(POLL_ALARM)).toEqual({
      name: POLL_ALARM,
      scheduledTime: NOW + 10 * MIN,
      periodInMinutes: 15,
    });
  });

  it('leaves an intact alarm and other alarms alone', async () => {
    const db = await openTestDb();
    await fakeBrowser.alarms.create('something-else', { when: NOW + MIN });
    await setPollAlarm(fakeAlarms, { when: NOW + 3 * MIN, periodInMinutes: 15 });

    await alarmCheck(async () => db)();

    expect(await fakeBrowser.alarms.get(POLL_ALARM)).toMatchObject({
      scheduledTime: NOW + 3 * MIN,
    });
    expect((await fakeBrowser.alarms.getAll()).map((alarm) => alarm.name).sort()).toEqual(
      [POLL_ALARM, 'something-else'].sort(),
    );
  });
});
