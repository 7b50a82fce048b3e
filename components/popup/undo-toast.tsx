export interface UndoToastProps {
  count: number;
  onUndo(): void;
  onDismiss(): void;
}

/** "Marked 12 posts read — Undo", for the few seconds the undo is offered. */
export function UndoToast({ count, onUndo, onDismiss }: UndoToastProps) {
  return (
    <div class="toast" role="status">
      <span>
        Marked {count} {count === 1 ? 'post' : 'posts'} read
      </span>
      <button type="button" class="text-button" onClick={onUndo}>
        Undo
      </button>
      <button type="button" class="icon-button small" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
