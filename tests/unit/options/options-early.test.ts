import { describe, expect, it } from 'vitest';
import { publishOptionsEarly, takeOptionsEarly } from '@/utils/options/options-early';

describe('options early start', () => {
  it('hands the early reads to the page once', async () => {
    const page = {};
    const early = {
      tagCounts: Promise.resolve([{ tag: 'rust', count: 2 }]),
    };
    publishOptionsEarly(page, early);

    expect(takeOptionsEarly(page)).toBe(early);
    expect(takeOptionsEarly(page)).toBeNull();
  });

  it('is null when the early script did not run', () => {
    expect(takeOptionsEarly({})).toBeNull();
  });
});
