import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snoozeUntil, type SnoozeChoice } from '../../../utils/schedule/snooze-time';

// Berlin: local times below are read there, and its clocks change on 2026-03-29 (02:00 → 03:00)
// and 2026-10-25 (03:00 → 02:00).
const previousTz = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Europe/Berlin';
});
afterAll(() => {
  process.env.TZ = previousTz;
});

/** A Berlin wall-clock time as ms, e.g. "2026-05-06 14:30". */
const local = (text: string) => {
  const [day, time] = text.split(' ');
  const [y, m, d] = day!.split('-').map(Number);
  const [h, min] = time!.split(':').map(Number);
  return new Date(y!, m! - 1, d, h, min).getTime();
};

describe('snoozeUntil', () => {
  it.each<[string, SnoozeChoice, string, string]>([
    // 2026-05-06 is a Wednesday.
    ['three hours on', 'later-today', '2026-05-06 14:30', '2026-05-06 17:30'],
    ['three hours on, past midnight', 'later-today', '2026-05-06 22:15', '2026-05-07 01:15'],
    ['18:00 today before the evening', 'this-evening', '2026-05-06 09:00', '2026-05-06 18:00'],
    ['18:00 today a minute before', 'this-evening', '2026-05-06 17:59', '2026-05-06 18:00'],
    ['tomorrow 18:00 at 18:00 sharp', 'this-evening', '2026-05-06 18:00', '2026-05-07 18:00'],
    ['tomorrow 18:00 late at night', 'this-evening', '2026-05-06 23:59', '2026-05-07 18:00'],
    ['09:00 tomorrow', 'tomorrow-morning', '2026-05-06 08:00', '2026-05-07 09:00'],
    [
      '09:00 tomorrow just after midnight',
      'tomorrow-morning',
      '2026-05-07 00:05',
      '2026-05-08 09:00',
    ],
    [
      '09:00 tomorrow across a month end',
      'tomorrow-morning',
      '2026-05-31 20:00',
      '2026-06-01 09:00',
    ],
    ['the coming Monday from a Wednesday', 'next-week', '2026-05-06 14:30', '2026-05-11 09:00'],
    ['the coming Monday from a Sunday', 'next-week', '2026-05-10 23:00', '2026-05-11 09:00'],
    ['a week on from a Monday morning', 'next-week', '2026-05-11 08:00', '2026-05-18 09:00'],
    ['across a year end', 'next-week', '2026-12-31 12:00', '2027-01-04 09:00'],
    // Clocks go forward overnight: 09:00 is still 09:00 on the wall.
    ['09:00 after spring forward', 'tomorrow-morning', '2026-03-28 22:00', '2026-03-29 09:00'],
    ['Monday 09:00 across spring forward', 'next-week', '2026-03-27 12:00', '2026-03-30 09:00'],
    ['18:00 after fall back', 'this-evening', '2026-10-24 19:00', '2026-10-25 18:00'],
  ])('%s', (_name, choice, now, expected) => {
    expect(snoozeUntil(choice, new Date(local(now)))).toBe(local(expected));
  });

  it('adds three real hours across a clock change (the wall clock shows four)', () => {
    const now = local('2026-03-29 00:30');
    expect(snoozeUntil('later-today', new Date(now))).toBe(now + 3 * 60 * 60 * 1000);
    expect(new Date(snoozeUntil('later-today', new Date(now))).getHours()).toBe(4);
  });
});
