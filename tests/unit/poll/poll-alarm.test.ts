import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { POLL_ALARM, ensurePollAlarm, schedulePollAlarm } from '../../../utils/poll/poll-alarm';
import { fakeAlarms } from './fake-feed';

const NOW = Date.parse('2026-05-10T12:00:00Z');
const MIN = 60_000;

describe('schedulePollAlarm', () => {
  it('creates the poll alarm at the given time, repeating every interval', async () => {
    await schedulePollAlarm(fakeAlarms, NOW + 7 * MIN, 15);

    expect(await fakeBrowser.alarms.getAll()).toEqual([
      { name: POLL_ALARM, scheduledTime: NOW + 7 * MIN, periodInMinutes: 15 },
    ]);
  });

  it('replaces the previous poll alarm instead of adding another', async () => {
    await schedulePollAlarm(fakeAlarms, NOW + MIN, 15);
    await schedulePollAlarm(fakeAlarms, NOW + 30 * MIN, 30);

    expect(await fakeBrowser.alarms.getAll()).toEqual([
      { name: POLL_ALARM, scheduledTime: NOW + 30 * MIN, periodInMinutes: 30 },
    ]);
  });
});

describe('ensurePollAlarm', () => {
  it.each<[string, number | null, number]>([
    ['when the next poll is due', NOW + 10 * MIN, NOW + 10 * MIN],
    ['a second from now when the next poll is overdue', NOW - 60 * MIN, NOW + 1000],
    ['a second from now when the feed was never polled', null, NOW + 1000],
  ])('recreates a missing alarm, %s', async (_name, nextPollAt, scheduledTime) => {
    const created = await ensurePollAlarm(fakeAlarms, {
      now: NOW,
      nextPollAt,
      intervalMinutes: 15,
    });

    expect(created).toBe(true);
    expect(await fakeBrowser.alarms.get(POLL_ALARM)).toEqual({
      name: POLL_ALARM,
      scheduledTime,
      periodInMinutes: 15,
    });
  });

  it('leaves an existing alarm with the same interval alone', async () => {
    await schedulePollAlarm(fakeAlarms, NOW + 3 * MIN, 15);

    const created = await ensurePollAlarm(fakeAlarms, {
      now: NOW,
      nextPollAt: NOW + 12 * MIN,
      intervalMinutes: 15,
    });

    expect(created).toBe(false);
    expect(await fakeBrowser.alarms.get(POLL_ALARM)).toMatchObject({
      scheduledTime: NOW + 3 * MIN,
    });
  });

  it('leaves other alarms alone', async () => {
    await fakeBrowser.alarms.create('something-else', { when: NOW + MIN });

    await ensurePollAlarm(fakeAlarms, { now: NOW, nextPollAt: null, intervalMinutes: 15 });

    expect((await fakeBrowser.alarms.getAll()).map((alarm) => alarm.name).sort()).toEqual(
      [POLL_ALARM, 'something-else'].sort(),
    );
  });

  it.each<[string, number, number, number]>([
    // [name, old interval, new interval, expected scheduled time]
    ['shortened: polls within the new interval', 60, 15, NOW + 15 * MIN],
    ['lengthened: keeps the due time', 15, 60, NOW + 40 * MIN],
  ])(
    'reschedules when the interval was %s',
    async (_name, oldInterval, newInterval, scheduledTime) => {
      await schedulePollAlarm(fakeAlarms, NOW + 40 * MIN, oldInterval);

      const created = await ensurePollAlarm(fakeAlarms, {
        now: NOW,
        nextPollAt: NOW + 40 * MIN,
        intervalMinutes: newInterval,
      });

      expect(created).toBe(true);
      expect(await fakeBrowser.alarms.get(POLL_ALARM)).toEqual({
        name: POLL_ALARM,
        scheduledTime,
        periodInMinutes: newInterval,
      });
    },
  );
});
