import { describe, expect, it } from 'vitest';
import {
  formatInterval,
  pollIntervalChoices,
  POLL_INTERVAL_CHOICES,
} from '../../../utils/options/poll-intervals';

describe('poll interval choices', () => {
  it('run from 5 minutes to 24 hours and include the default', () => {
    expect(POLL_INTERVAL_CHOICES[0]).toBe(5);
    expect(POLL_INTERVAL_CHOICES.at(-1)).toBe(1440);
    expect(POLL_INTERVAL_CHOICES).toContain(15);
  });

  it('list a stored value between presets in order', () => {
    expect(pollIntervalChoices(45)).toEqual([5, 10, 15, 30, 45, 60, 120, 180, 360, 720, 1440]);
  });

  it.each([15, 3, 2000, 7.5])('do not add %s (a preset or invalid)', (value) => {
    expect(pollIntervalChoices(value)).toEqual(POLL_INTERVAL_CHOICES);
  });

  it.each<[number, string]>([
    [1, '1 minute'],
    [5, '5 minutes'],
    [60, '1 hour'],
    [90, '1 hour 30 minutes'],
    [1440, '24 hours'],
  ])('formats %i as %j', (minutes, text) => {
    expect(formatInterval(minutes)).toBe(text);
  });
});
