import { useCallback, useEffect, useState } from 'preact/hooks';

/** How long "Mark all read" can be undone. */
export const UNDO_MS = 8000;

export interface Undo<T> {
  /** What can be undone now, or null. */
  pending: T | null;
  offer(value: T): void;
  /** Takes the pending value (ending the offer); null when it already expired. */
  take(): T | null;
  dismiss(): void;
}

/** An undo offer that lapses after `timeoutMs`. */
export function useUndo<T>(timeoutMs = UNDO_MS): Undo<T> {
  const [pending, setPending] = useState<T | null>(null);

  useEffect(() => {
    if (pending === null) return;
    const timer = setTimeout(() => setPending(null), timeoutMs);
    return () => clearTimeout(timer);
  }, [pending, timeoutMs]);

  const take = useCallback(() => {
    const value = pending;
    setPending(null);
    return value;
  }, [pending]);
  const dismiss = useCallback(() => setPending(null), []);

  return { pending, offer: setPending, take, dismiss };
}
