import { useState } from 'preact/hooks';
import { curatedToSource, CURATED_SOURCES } from '@/utils/sources/curated-sources';
import type { Source } from '@/utils/sources/source';
import { sourceHost } from '@/utils/options/source-messages';
import { useT } from '@/components/shared/translator-context';
import { ActionNotice, type Notice } from './action-notice';
import { AddForm } from './add-form';
import { ExportImportButtons } from './export-import-buttons';
import { SourceRow } from './source-row';

export type SourcesImportResult = { ok: true; count: number } | { ok: false; error: string };

export interface SourcesSectionProps {
  sources: readonly Source[];
  /** Status line per source id (`sourceStatus`); absent when all is well. */
  statuses: ReadonlyMap<string, string>;
  /** Switches a source on (asking for its site first) or off; resolves with an error or null. */
  onSwitch: (source: Source, enabled: boolean) => Promise<string | null>;
  onRemove: (id: string) => void;
  onAddTag: (text: string) => Promise<string | null>;
  onAddUrl: (text: string) => Promise<string | null>;
  onExport: () => void;
  onImport: (file: File) => Promise<SourcesImportResult>;
}

/** The feeds Rust Radar polls: curated Rust feeds to switch on, the user's own, OPML. */
export function SourcesSection(props: SourcesSectionProps) {
  const t = useT();
  const [notice, setNotice] = useState<Notice>({ kind: 'none' });
  const listed = new Map(props.sources.map((source) => [source.id, source]));
  const curated = CURATED_SOURCES.map(
    (entry) => listed.get(entry.id) ?? curatedToSource(entry, false),
  );
  const yours = props.sources.filter((source) => source.kind !== 'curated');
  const row = (source: Source, removable: boolean) => (
    <SourceRow
      key={source.id}
      source={source}
      host={sourceHost(source)}
      status={props.statuses.get(source.id) ?? null}
      onSwitch={(enabled) =>
        void props
          .onSwitch(source, enabled)
          .then((error) => setNotice(error ? { kind: 'error', text: error } : { kind: 'none' }))
      }
      onRemove={removable ? () => props.onRemove(source.id) : undefined}
    />
  );

  return (
    <div class="sources">
      <p class="hint">{t('sourcesHint')}</p>
      <ul class="source-list" aria-label={t('sourcesCuratedLabel')}>
        {curated.map((source) => row(source, false))}
      </ul>
      <ul class="source-list" aria-label={t('sourcesYoursLabel')}>
        {yours.map((source) => row(source, true))}
      </ul>
      <AddForm
        label={t('sourcesAddTagLabel')}
        buttonLabel={t('sourcesAddTagButton')}
        onAdd={props.onAddTag}
      />
      <AddForm
        label={t('sourcesAddUrlLabel')}
        buttonLabel={t('sourcesAddUrlButton')}
        onAdd={props.onAddUrl}
      />
      <ExportImportButtons
        exportLabel={t('sourcesExport')}
        importLabel={t('sourcesImport')}
        fileLabel={t('sourcesFileLabel')}
        accept=".opml,.xml,text/x-opml,application/xml,text/xml"
        onExport={props.onExport}
        onFile={async (file) => {
          const result = await props.onImport(file);
          setNotice(
            result.ok
              ? { kind: 'done', text: t.plural('sourcesImported', result.count) }
              : { kind: 'error', text: t('sourcesImportFailed', { error: result.error }) },
          );
        }}
      />
      <ActionNotice notice={notice} />
    </div>
  );
}
