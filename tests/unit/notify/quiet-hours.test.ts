import { describe, expect, it } from 'vitest';
import { isQuietTime } from '../../../utils/notify/quiet-hours';

const at = (time: string) => new Date(`2026-05-06T${time}:00`);

describe('isQuietTime', () => {
  it.each([
    // [start, end, local time, quiet?]
    ['22:00', '07:00', '23:30', true],
    ['22:00', '07:00', '03:00', true],
    ['22:00', '07:00', '07:00', false],
    ['22:00', '07:00', '21:59', false],
    ['22:00', '07:00', '22:00', true],
    ['09:00', '17:00', '12:00', true],
    ['09:00', '17:00', '17:00', false],
    ['09:00', '17:00', '08:59', false],
    ['08:00', '08:00', '08:00', false],
  ])('%s–%s at %s → %s', (start, end, time, quiet) => {
    expect(isQuietTime({ enabled: true, start, end }, at(time))).toBe(quiet);
  });

  it('is never quiet when quiet hours are off', () => {
    expect(isQuietTime({ enabled: false, start: '00:00', end: '23:59' }, at('12:00'))).toBe(false);
  });
});
