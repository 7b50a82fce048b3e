import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * Keeps keyboard focus in place when a chip's Remove (or Unmute) button removes the chip,
 * and the focused button with it: without this, focus falls back to the top of the page.
 * Call the returned function with the removed chip's index; once `items` has changed, focus
 * moves to the chip's button now at that place (or the last one), or to the section's text
 * field when no chip is left. Nothing moves unless focus was actually lost.
 */
export function useFocusAfterRemove(
  rootRef: RefObject<HTMLElement | null>,
  items: unknown,
): (index: number) => void {
  const pending = useRef<number | null>(null);

  useEffect(() => {
    const index = pending.current;
    pending.current = null;
    const root = rootRef.current;
    const active = root?.ownerDocument.activeElement;
    if (index === null || !root || (active && active !== root.ownerDocument.body)) return;
    const buttons = root.querySelectorAll<HTMLElement>('.chip button');
    const target = buttons[Math.min(index, buttons.length - 1)] ?? root.querySelector('input');
    target?.focus();
  }, [rootRef, items]);

  return (index) => {
    pending.current = index;
  };
}
