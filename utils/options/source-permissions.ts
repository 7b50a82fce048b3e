import { mergeSources, removeSource, setSourceEnabled } from '../sources/source-list';
import {
  needsOptionalPermission,
  originPattern,
  originsToRelease,
} from '../sources/host-permissions';
import type { Source } from '../sources/source';

/**
 * The part of `browser.permissions` the source list needs, one origin pattern list at a time.
 * `request` must be called from the user's click (browsers refuse it otherwise), so every
 * edit below asks before it awaits anything else.
 */
export interface OriginPermissions {
  request(origins: string[]): Promise<boolean>;
  contains(origins: string[]): Promise<boolean>;
  remove(origins: string[]): Promise<boolean>;
}

export type SourceEdit = { ok: true; sources: Source[] } | { ok: false; deniedOrigin: string };

/** The optional origin `source` needs, or null for DEV (granted at install). */
function optionalOrigin(source: Source): string | null {
  return needsOptionalPermission(source) ? originPattern(source.feedUrl) : null;
}

/** Gives back what no enabled source needs any more; a refusal changes nothing stored. */
async function release(
  permissions: OriginPermissions,
  before: readonly Source[],
  after: readonly Source[],
): Promise<void> {
  const origins = originsToRelease(before, after);
  if (origins.length > 0) await permissions.remove(origins).catch(() => false);
}

/**
 * Switches `source` on or off in `listed` (adding it when it is a curated source not listed
 * yet). On: its host is requested first, and a refusal leaves the list as it was. Off: hosts
 * no other enabled source needs are released.
 */
export async function switchSource(
  listed: readonly Source[],
  source: Source,
  enabled: boolean,
  permissions: OriginPermissions,
): Promise<SourceEdit> {
  if (enabled) {
    const origin = optionalOrigin(source);
    if (origin !== null && !(await permissions.request([origin]).catch(() => false))) {
      return { ok: false, deniedOrigin: origin };
    }
    const withSource = mergeSources(listed, [{ ...source, enabled: true }]);
    return { ok: true, sources: setSourceEnabled(withSource, source.id, true) };
  }
  const after = setSourceEnabled(listed, source.id, false);
  await release(permissions, listed, after);
  return { ok: true, sources: after };
}

/** Adds a new (enabled) source, asking for its host first; refused → nothing added. */
export async function addSourceWithPermission(
  listed: readonly Source[],
  source: Source,
  permissions: OriginPermissions,
): Promise<SourceEdit> {
  return switchSource(listed, source, true, permissions);
}

/** Removes source `id` and releases the hosts no other enabled source needs. */
export async function removeSourceAndRelease(
  listed: readonly Source[],
  id: string,
  permissions: OriginPermissions,
): Promise<Source[]> {
  const after = removeSource(listed, id);
  await release(permissions, listed, after);
  return after;
}

/**
 * Adds imported sources. A file is read after the click, too late to ask for hosts, so an
 * imported source whose host is not granted yet arrives switched off: the user switches it on
 * (and grants its host) one by one. Sources already listed keep their state.
 */
export async function importWithPermissions(
  listed: readonly Source[],
  incoming: readonly Source[],
  permissions: OriginPermissions,
): Promise<Source[]> {
  const checked = await Promise.all(
    incoming.map(async (source) => {
      const origin = optionalOrigin(source);
      if (!source.enabled || origin === null) return source;
      const granted = await permissions.contains([origin]).catch(() => false);
      return granted ? source : { ...source, enabled: false };
    }),
  );
  return mergeSources(listed, checked);
}
