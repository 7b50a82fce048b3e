import { describe, expect, it, vi } from 'vitest';
import {
  readCachedTagCounts,
  TAG_COUNTS_KEY,
  writeCachedTagCounts,
  type TagCountArea,
} from '../../../utils/options/tag-count-cache';

function memoryArea(
  initial: Record<string, unknown> = {},
): TagCountArea & { items: typeof initial } {
  const items = { ...initial };
  return {
    items,
    get: async (key) => (key in items ? { [key]: items[key] } : {}),
    set: async (next) => void Object.assign(items, next),
  };
}

describe('tag count cache', () => {
  it('reads back the counts it wrote, in their order', async () => {
    const area = memoryArea();
    const counts = [
      { tag: 'rust', count: 12 },
      { tag: 'webdev', count: 4 },
      { tag: 'bevy', count: 0 },
    ];
    await writeCachedTagCounts(area, counts);
    expect(await readCachedTagCounts(area)).toEqual(counts);
  });

  it('stores [tag, count] pairs under its own key', async () => {
    const area = memoryArea();
    await writeCachedTagCounts(area, [{ tag: 'rust', count: 3 }]);
    expect(area.items).toEqual({ [TAG_COUNTS_KEY]: [['rust', 3]] });
  });

  it.each([
    ['nothing stored', undefined],
    ['not a list', { rust: 3 }],
    ['a pair too short', [['rust']]],
    ['a count that is not a whole number', [['rust', 1.5]]],
    ['a negative count', [['rust', -1]]],
    ['a tag that is not text', [[7, 1]]],
  ])('reads null for %s', async (_case, value) => {
    expect(await readCachedTagCounts(memoryArea({ [TAG_COUNTS_KEY]: value }))).toBeNull();
  });

  it('reads null when storage cannot be read, and never rejects on a failed write', async () => {
    const broken: TagCountArea = {
      get: vi.fn(async () => Promise.reject(new Error('gone'))),
      set: vi.fn(async () => Promise.reject(new Error('quota'))),
    };
    expect(await readCachedTagCounts(broken)).toBeNull();
    await expect(
      writeCachedTagCounts(broken, [{ tag: 'rust', count: 1 }]),
    ).resolves.toBeUndefined();
  });
});
