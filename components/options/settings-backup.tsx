import { useState } from 'preact/hooks';
import { useT } from '@/components/shared/translator-context';
import { ExportImportButtons } from './export-import-buttons';

export interface SettingsBackupProps {
  onExport: () => void;
  /** Reads, validates and applies a settings file; resolves with an error sentence or null. */
  onImport: (file: File) => Promise<string | null>;
}

type ImportState = { kind: 'idle' } | { kind: 'done' } | { kind: 'failed'; error: string };

/** Export the settings to a JSON file and import them back. */
export function SettingsBackup({ onExport, onImport }: SettingsBackupProps) {
  const t = useT();
  const [state, setState] = useState<ImportState>({ kind: 'idle' });

  return (
    <div class="backup">
      <p class="hint">{t('backupHint')}</p>
      <ExportImportButtons
        exportLabel={t('backupExport')}
        importLabel={t('backupImport')}
        fileLabel={t('backupFileLabel')}
        accept=".json,application/json"
        onExport={onExport}
        onFile={async (file) => {
          const error = await onImport(file);
          setState(error ? { kind: 'failed', error } : { kind: 'done' });
        }}
      />
      {state.kind === 'failed' ? (
        <p class="field-error" role="alert">
          {t('backupFailed', { error: state.error })}
        </p>
      ) : (
        <p class="status" role="status">
          {state.kind === 'done' && t('backupDone')}
        </p>
      )}
    </div>
  );
}
