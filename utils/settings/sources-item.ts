import { storage } from 'wxt/utils/storage';
import { coerceSources } from '../sources/coerce-sources';
import type { HostCooldowns } from '../sources/host-cooldowns';
import { DEFAULT_SOURCES, type Source } from '../sources/source';
import { SOURCES_KEY } from './storage-keys';

/**
 * The user's source list, in `storage.local`. Not `sync` like the settings: sync allows 8 KB
 * per item, and 500 sources with their URLs and titles need far more (see README "Storage").
 * A function, not a module constant: WXT imports this file in Node during the build.
 */
export function defineSourcesItem() {
  return storage.defineItem<Source[]>(`local:${SOURCES_KEY}`, {
    fallback: [...DEFAULT_SOURCES],
  });
}

export type SourcesItem = ReturnType<typeof defineSourcesItem>;

/** The stored sources, always valid: a corrupt value gives the defaults (DEV's rust feed). */
export async function loadSources(item: Pick<SourcesItem, 'getValue'>): Promise<Source[]> {
  try {
    return coerceSources(await item.getValue());
  } catch {
    return coerceSources(undefined);
  }
}

/**
 * Per-host rest times after a 429 (`utils/sources/host-cooldowns.ts`), kept across worker
 * restarts so a restarted worker does not hammer a host that asked it to wait.
 */
export function defineHostCooldownsItem() {
  return storage.defineItem<HostCooldowns>('local:hostCooldowns', { fallback: {} });
}

export type HostCooldownsItem = ReturnType<typeof defineHostCooldownsItem>;

/** The stored cooldowns; anything that is not a host → finite time map reads as none. */
export async function loadHostCooldowns(
  item: Pick<HostCooldownsItem, 'getValue'>,
): Promise<HostCooldowns> {
  let value: unknown;
  try {
    value = await item.getValue();
  } catch {
    return {};
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter(
      (entry): entry is [string, number] =>
        typeof entry[1] === 'number' && Number.isFinite(entry[1]),
    ),
  );
}
