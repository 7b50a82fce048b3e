import { useEffect, useMemo, useState } from 'preact/hooks';
import { createCustomSource, createDevTagSource } from '@/utils/sources/add-source';
import type { Source } from '@/utils/sources/source';
import {
  addSourceWithPermission,
  importWithPermissions,
  removeSourceAndRelease,
  switchSource,
  type SourceEdit,
} from '@/utils/options/source-permissions';
import {
  describeAddSourceProblem,
  describeOpmlProblem,
  sourceHost,
  sourceStatus,
} from '@/utils/options/source-messages';
import { useT } from '@/components/shared/translator-context';
import type { SourcesDeps } from './options-deps';
import type { SourcesImportResult, SourcesSectionProps } from './sources-section';

/**
 * The Sources section's state: the stored list (kept in step with storage) and each source's
 * status, and the edits, each saved at once. Returns null while the list loads.
 * @param refreshKey changes when a poll finished (the stored posts), so statuses are read again.
 */
export function useSourcesState(
  deps: SourcesDeps,
  refreshKey: unknown,
): SourcesSectionProps | null {
  const t = useT();
  const [sources, setSources] = useState<Source[] | null>(null);
  const [states, setStates] = useState<Awaited<ReturnType<SourcesDeps['loadStates']>>>([]);

  useEffect(() => {
    void deps.load().then(setSources);
    return deps.onChanged(setSources);
  }, [deps]);
  useEffect(() => {
    void deps.loadStates().then(setStates);
  }, [deps, refreshKey, sources]);

  const statuses = useMemo(() => {
    const byUrl = new Map(states.map((state) => [state.url, state]));
    const result = new Map<string, string>();
    for (const source of sources ?? []) {
      const status = sourceStatus(source, byUrl.get(source.feedUrl), t);
      if (status !== null) result.set(source.id, status);
    }
    return result;
  }, [sources, states, t]);

  if (!sources) return null;

  const store = async (next: Source[]): Promise<string | null> => {
    const error = await deps.save(next);
    if (error === null) setSources(next);
    return error === null ? null : t('sourcesSaveFailed', { detail: error });
  };
  const apply = async (edit: SourceEdit, source: Source): Promise<string | null> =>
    edit.ok
      ? store(edit.sources)
      : t('sourcePermissionDenied', { host: sourceHost(source), title: source.title });
  const add = async (created: ReturnType<typeof createDevTagSource>) => {
    if (!created.ok) return describeAddSourceProblem(created.code, t, created.existing);
    return apply(
      await addSourceWithPermission(sources, created.source, deps.permissions),
      created.source,
    );
  };

  return {
    sources,
    statuses,
    onSwitch: async (source, enabled) =>
      apply(await switchSource(sources, source, enabled, deps.permissions), source),
    onRemove: (id) =>
      void removeSourceAndRelease(sources, id, deps.permissions).then((next) => store(next)),
    onAddTag: (text) => add(createDevTagSource(text, sources)),
    onAddUrl: (text) => add(createCustomSource(text, sources)),
    onExport: () => deps.exportOpml(sources),
    onImport: async (file): Promise<SourcesImportResult> => {
      const parsed = await deps.parseOpml(await deps.readFile(file));
      if (!parsed.ok) return { ok: false, error: describeOpmlProblem(parsed, t) };
      const next = await importWithPermissions(sources, parsed.sources, deps.permissions);
      const error = await store(next);
      return error === null ? { ok: true, count: parsed.sources.length } : { ok: false, error };
    },
  };
}
