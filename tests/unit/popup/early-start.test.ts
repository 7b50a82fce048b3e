import { describe, expect, it, vi } from 'vitest';
import {
  firstFromEarly,
  publishEarlyStart,
  takeEarlyStart,
  type EarlyStart,
} from '../../../utils/popup/early-start';
import { valueWithin } from '../../../utils/popup/value-within';

const start = (): EarlyStart => ({
  db: Promise.resolve(null),
  settings: Promise.resolve(null),
  sources: Promise.resolve(null),
  firstFrame: Promise.resolve({ revision: null, drawn: false }),
});

describe('the early start hand-over', () => {
  it('is taken once: a second taker (or a stray script) gets nothing', () => {
    const page = {};
    const early = start();
    publishEarlyStart(page, early);

    expect(takeEarlyStart(page)).toBe(early);
    expect(takeEarlyStart(page)).toBeNull();
    expect(Object.keys(page)).toEqual([]);
  });

  it('is null when the early script did not run', () => {
    expect(takeEarlyStart({})).toBeNull();
  });
});

describe('firstFromEarly', () => {
  it('answers the first call from the early value and later calls from the loader', async () => {
    const load = vi.fn(async () => 'loaded');
    const get = firstFromEarly(Promise.resolve('early'), load);

    expect(await get()).toBe('early');
    expect(load).not.toHaveBeenCalled();
    expect(await get()).toBe('loaded');
  });

  it('loads when there is no early value, it is null, or it failed', async () => {
    const load = vi.fn(async () => 'loaded');
    expect(await firstFromEarly(undefined, load)()).toBe('loaded');
    expect(await firstFromEarly(Promise.resolve(null), load)()).toBe('loaded');
    expect(await firstFromEarly(Promise.reject(new Error('no')), load)()).toBe('loaded');
    expect(load).toHaveBeenCalledTimes(3);
  });
});

describe('valueWithin', () => {
  it('gives the value when it comes in time', async () => {
    expect(await valueWithin(Promise.resolve(7), 1000)).toBe(7);
  });

  it('gives up after the wait, and on failure', async () => {
    vi.useFakeTimers();
    try {
      const late = valueWithin(new Promise(() => {}), 150);
      vi.advanceTimersByTime(150);
      expect(await late).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
    expect(await valueWithin(Promise.reject(new Error('no')), 1000)).toBeUndefined();
  });
});
