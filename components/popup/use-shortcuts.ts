import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { commandForKey, type KeyTarget, type PopupCommand } from '@/utils/popup/keyboard-map';

/**
 * Listens for the popup's shortcuts on the whole document (the popup opens with focus on the
 * body, outside any component) and hands each command to `run`, the latest one passed.
 */
export function useShortcuts(
  rootRef: RefObject<HTMLElement | null>,
  run: (command: PopupCommand) => void,
) {
  const latest = useRef(run);
  latest.current = run;

  useEffect(() => {
    const doc = rootRef.current?.ownerDocument;
    if (!doc) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const command = commandForKey(event, targetKind(event.target));
      if (!command) return;
      // The key is ours: no typed "/", no page scroll on Space or arrows.
      event.preventDefault();
      latest.current(command);
    };
    doc.addEventListener('keydown', onKeyDown);
    return () => doc.removeEventListener('keydown', onKeyDown);
  }, [rootRef]);
}

function targetKind(target: EventTarget | null): KeyTarget {
  const el = target as HTMLElement | null;
  if (!el?.tagName) return 'other';
  if (el.tagName === 'SELECT') return 'select';
  if (el.isContentEditable || ['INPUT', 'TEXTAREA'].includes(el.tagName)) return 'text';
  if (el.tagName === 'BUTTON' || el.getAttribute('role') === 'button') return 'button';
  if (el.tagName === 'A' && el.hasAttribute('href')) return 'link';
  return 'other';
}
