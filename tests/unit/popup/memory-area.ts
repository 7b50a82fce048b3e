import type { SyncArea } from '@/utils/popup/first-frame';

/** A `localStorage` stand-in; `full` makes every write throw, as a full quota does. */
function memoryStorage(full: boolean): SyncArea & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      if (full) throw new DOMException('full', 'QuotaExceededError');
      items.set(key, value);
    },
    removeItem: (key) => void items.delete(key),
  };
}

/**
 * Where the popup keeps its first-frame copy, in memory: the stand-in as the code takes it (a
 * getter, `SyncAreaGetter`), with its items to look at.
 */
export function memoryArea(full = false) {
  const storage = memoryStorage(full);
  return Object.assign(() => storage, { items: storage.items });
}
