import { useRef, useState } from 'preact/hooks';
import { useT } from '../shared/translator-context';

export interface SettingsBackupProps {
  onExport: () => void;
  /** Reads, validates and applies a settings file; resolves with an error sentence or null. */
  onImport: (file: File) => Promise<string | null>;
}

type ImportState = { kind: 'idle' } | { kind: 'done' } | { kind: 'failed'; error: string };

/** Export the settings to a JSON file and import them back. */
export function SettingsBackup({ onExport, onImport }: SettingsBackupProps) {
  const t = useT();
  const fileRef = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<ImportState>({ kind: 'idle' });

  return (
    <div class="backup">
      <p class="hint">{t('backupHint')}</p>
      <div class="backup__row">
        <button type="button" onClick={onExport}>
          {t('backupExport')}
        </button>
        {/* A real button opens the picker: a styled file input is hard to see focused. */}
        <button type="button" onClick={() => fileRef.current?.click()}>
          {t('backupImport')}
        </button>
        <input
          ref={fileRef}
          hidden
          aria-label={t('backupFileLabel')}
          type="file"
          accept=".json,application/json"
          onChange={async (event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            // Cleared so picking the same file again (after fixing it) fires a change.
            input.value = '';
            if (!file) return;
            const error = await onImport(file);
            setState(error ? { kind: 'failed', error } : { kind: 'done' });
          }}
        />
      </div>
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
