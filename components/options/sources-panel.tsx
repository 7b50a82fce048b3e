import { useT } from '@/components/shared/translator-context';
import type { SourcesDeps } from './options-deps';
import { SourcesSection } from './sources-section';
import { useSourcesState } from './use-sources-state';

export interface SourcesPanelProps {
  deps: SourcesDeps;
  /** Changes when a poll finished (the stored posts), so statuses are read again. */
  refreshKey: unknown;
}

/** The Sources section wired to its state; a loading line until the list is read. */
export function SourcesPanel({ deps, refreshKey }: SourcesPanelProps) {
  const t = useT();
  const props = useSourcesState(deps, refreshKey);
  return props ? <SourcesSection {...props} /> : <p class="loading">{t('optionsLoading')}</p>;
}
