import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDbProvider } from '../../../utils/db/open-db';
import { markAllRead } from '../../../utils/db/read-state';
import { compileVisibility } from '../../../utils/filters/post-visibility';
import { refreshBadge, type BadgeAction } from '../../../utils/notify/badge';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings/settings';
import { NOW, seedPosts, storedPost } from '../db/helpers';
import { english } from '@/utils/i18n/english';

async function setup(filters: Partial<Settings> = {}) {
  const getDb = createDbProvider({ name: `test-${crypto.randomUUID()}` });
  await seedPosts(await getDb(), [
    storedPost('a', { sortAt: NOW - 1, tags: ['rust', 'career'] }),
    storedPost('b', { sortAt: NOW - 2, tags: ['rust'], title: 'Crypto tokens in Rust' }),
    storedPost('c', { sortAt: NOW - 3, tags: ['rust', 'webdev'] }),
    storedPost('d', { sortAt: NOW - 4, unread: 0, readAt: NOW }),
  ]);
  const refresh = () =>
    refreshBadge({
      getDb,
      // The fake is typed with webextension-polyfill's types, which differ from WXT's in
      // details (null vs undefined) the badge code does not use.
      action: fakeBrowser.action as unknown as BadgeAction,
      visibility: async () => compileVisibility({ ...DEFAULT_SETTINGS, ...filters }),
      t: english,
    });
  return { getDb, refresh };
}

async function badge() {
  return {
    text: await fakeBrowser.action.getBadgeText({}),
    title: await fakeBrowser.action.getTitle({}),
  };
}

describe('refreshBadge', () => {
  it('counts from the index without reading a post when no filter is set', async () => {
    const { refresh } = await setup();
    const cursors = vi.spyOn(IDBIndex.prototype, 'openCursor');
    expect(await refresh()).toBe(3);
    expect(cursors).not.toHaveBeenCalled();
  });

  it('counts with filters on from the facets, never reading a whole post', async () => {
    const filtered = await setup({ tagModes: { career: 'hide' } });
    const readStores: string[] = [];
    for (const method of ['openCursor', 'getAll'] as const) {
      const original = IDBIndex.prototype[method] as (...args: unknown[]) => unknown;
      vi.spyOn(IDBIndex.prototype, method).mockImplementation(function (
        this: IDBIndex,
        ...args: unknown[]
      ) {
        readStores.push(this.objectStore.name);
        return original.apply(this, args);
      } as never);
    }
    expect(await filtered.refresh()).toBe(2);
    expect(readStores).toEqual(['facets']);
  });

  it('shows the number of unread posts, in Rust orange', async () => {
    const { refresh } = await setup();

    expect(await refresh()).toBe(3);
    expect(await badge()).toEqual({ text: '3', title: 'Rust Radar — 3 unread Rust posts' });
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([0xb7, 0x41, 0x0e, 255]);
  });

  it.each<[string, Partial<Settings>, number, string]>([
    ['a hidden tag', { tagModes: { career: 'hide' } }, 2, '2'],
    ['an Only tag', { tagModes: { webdev: 'only' } }, 1, '1'],
    ['a title keyword', { titleKeywords: ['crypto'] }, 2, '2'],
    ['a muted author', { mutedAuthors: { someone: 'Some One' } }, 0, ''],
  ])(
    'counts only the unread posts the filters let through (%s)',
    async (_name, filters, count, text) => {
      const { refresh } = await setup(filters);

      expect(await refresh()).toBe(count);
      expect((await badge()).text).toBe(text);
    },
  );

  it('clears the badge once everything is read', async () => {
    const { getDb, refresh } = await setup();
    await refresh();

    await markAllRead(await getDb(), NOW);
    expect(await refresh()).toBe(0);

    expect(await badge()).toEqual({ text: '', title: 'Rust Radar — all caught up' });
  });
});
