import { useRef } from 'preact/hooks';

export interface ExportImportButtonsProps {
  exportLabel: string;
  importLabel: string;
  /** The hidden file input's name for assistive technology. */
  fileLabel: string;
  /** The file picker's `accept`, e.g. ".json,application/json". */
  accept: string;
  onExport: () => void;
  /** Called with the file the user picked (never for a cancelled picker). */
  onFile: (file: File) => void;
}

/**
 * An Export button and an Import button that opens a file picker: the settings backup and the
 * OPML source list share it.
 */
export function ExportImportButtons(props: ExportImportButtonsProps) {
  const fileRef = useRef<HTMLInputElement>(null);
  return (
    <div class="backup__row">
      <button type="button" onClick={props.onExport}>
        {props.exportLabel}
      </button>
      {/* A real button opens the picker: a styled file input is hard to see focused. */}
      <button type="button" onClick={() => fileRef.current?.click()}>
        {props.importLabel}
      </button>
      <input
        ref={fileRef}
        hidden
        aria-label={props.fileLabel}
        type="file"
        accept={props.accept}
        onChange={(event) => {
          const input = event.currentTarget;
          const file = input.files?.[0];
          // Cleared so picking the same file again (after fixing it) fires a change.
          input.value = '';
          if (file) props.onFile(file);
        }}
      />
    </div>
  );
}
