import { useState } from 'preact/hooks';
import { useT } from '@/components/shared/translator-context';
import { ActionNotice, type Notice } from './action-notice';
import { ExportImportButtons } from './export-import-buttons';

export interface SettingsBackupProps {
  onExport: () => void;
  /** Reads, validates and applies a settings file; resolves with an error sentence or null. */
  onImport: (file: File) => Promise<string | null>;
}

/** Export the settings to a JSON file and import them back. */
export function SettingsBackup({ onExport, onImport }: SettingsBackupProps) {
  const t = useT();
  const [notice, setNotice] = useState<Notice>({ kind: 'none' });

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
          setNotice(
            error
              ? { kind: 'error', text: t('backupFailed', { error }) }
              : { kind: 'done', text: t('backupDone') },
          );
        }}
      />
      <ActionNotice notice={notice} />
    </div>
  );
}
