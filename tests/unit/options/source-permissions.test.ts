import { describe, expect, it, vi } from 'vitest';
import {
  addSourceWithPermission,
  importWithPermissions,
  removeSourceAndRelease,
  switchSource,
  type OriginPermissions,
} from '../../../utils/options/source-permissions';
import { curatedToSource, findCuratedSource } from '../../../utils/sources/curated-sources';
import { DEFAULT_SOURCES, devTagSource } from '../../../utils/sources/source';

const rust = DEFAULT_SOURCES[0]!;
const blog = curatedToSource(findCuratedSource('curated:rust-blog')!, false);
const inside = curatedToSource(findCuratedSource('curated:inside-rust')!, false);
const reddit = curatedToSource(findCuratedSource('curated:reddit-rust')!, false);

/** `browser.permissions` as the options page uses it: granting what the user allows. */
function fakePermissions(allow: boolean, granted: string[] = []) {
  const held = new Set(granted);
  const permissions = {
    request: vi.fn(async (origins: string[]) => {
      if (allow) origins.forEach((origin) => held.add(origin));
      return allow;
    }),
    contains: vi.fn(async (origins: string[]) => origins.every((origin) => held.has(origin))),
    remove: vi.fn(async (origins: string[]) => {
      origins.forEach((origin) => held.delete(origin));
      return true;
    }),
  } satisfies OriginPermissions;
  return { permissions, held };
}

describe('source permissions', () => {
  it('asks for the host when a curated source is switched on, then lists it on', async () => {
    const { permissions } = fakePermissions(true);

    const edit = await switchSource([rust], blog, true, permissions);

    expect(permissions.request).toHaveBeenCalledWith(['https://blog.rust-lang.org/*']);
    expect(edit).toEqual({ ok: true, sources: [rust, { ...blog, enabled: true }] });
  });

  it('changes nothing when the user refuses the host', async () => {
    const { permissions } = fakePermissions(false);

    expect(await switchSource([rust], reddit, true, permissions)).toEqual({
      ok: false,
      deniedOrigin: 'https://www.reddit.com/*',
    });
  });

  it('asks for nothing to follow another DEV tag', async () => {
    const { permissions } = fakePermissions(false);

    const edit = await addSourceWithPermission([rust], devTagSource('tokio'), permissions);

    expect(permissions.request).not.toHaveBeenCalled();
    expect(edit).toEqual({ ok: true, sources: [rust, devTagSource('tokio')] });
  });

  it('keeps a shared host until the last source on it is off', async () => {
    const { permissions, held } = fakePermissions(true);
    let list = [rust];
    for (const source of [blog, inside]) {
      const edit = await switchSource(list, source, true, permissions);
      if (edit.ok) list = edit.sources;
    }

    const off = await switchSource(list, list[1]!, false, permissions);
    expect(permissions.remove).not.toHaveBeenCalled();
    expect(held.has('https://blog.rust-lang.org/*')).toBe(true);

    const removed = await removeSourceAndRelease(off.ok ? off.sources : [], inside.id, permissions);
    expect(permissions.remove).toHaveBeenCalledWith(['https://blog.rust-lang.org/*']);
    expect(removed.map((source) => source.id)).toEqual(['dev:rust', 'curated:rust-blog']);
  });

  it('imports sources on hosts not granted yet switched off', async () => {
    const { permissions } = fakePermissions(false, ['https://blog.rust-lang.org/*']);

    const list = await importWithPermissions(
      [rust],
      [rust, { ...blog, enabled: true }, { ...reddit, enabled: true }, devTagSource('bevy')],
      permissions,
    );

    expect(list.map((source) => [source.id, source.enabled])).toEqual([
      ['dev:rust', true],
      ['curated:rust-blog', true],
      ['curated:reddit-rust', false],
      ['dev:bevy', true],
    ]);
    expect(permissions.request).not.toHaveBeenCalled();
  });
});
