import { useEffect, useRef } from 'preact/hooks';
import { useT } from '@/components/shared/translator-context';

export interface UndoToastProps {
  count: number;
  onUndo(): void;
  onDismiss(): void;
}

/**
 * "Marked 12 posts read — Undo", for the few seconds the undo is offered. Undo takes focus
 * when the toast appears: the list the user was in has just emptied (or the button they
 * pressed turned disabled), and a keyboard must reach Undo before the offer lapses. When the
 * toast goes, focus returns to where it was if that is still on the page.
 */
export function UndoToast({ count, onUndo, onDismiss }: UndoToastProps) {
  const t = useT();
  const undoRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const undo = undoRef.current;
    if (!undo) return;
    const doc = undo.ownerDocument;
    const before = doc.activeElement as HTMLElement | null;
    const toast = undo.parentElement;
    undo.focus();
    return () => {
      const focusInToast =
        !doc.activeElement || doc.activeElement === doc.body || toast?.contains(doc.activeElement);
      if (focusInToast && before?.isConnected && before !== doc.body) before.focus();
    };
  }, []);

  return (
    <div class="toast" role="status">
      <span>{t.plural('undoMarked', count)}</span>
      <button ref={undoRef} type="button" class="text-button" onClick={onUndo}>
        {t('undoButton')}
      </button>
      <button
        type="button"
        class="icon-button small"
        aria-label={t('undoDismiss')}
        onClick={onDismiss}
      >
        ×
      </button>
    </div>
  );
}
