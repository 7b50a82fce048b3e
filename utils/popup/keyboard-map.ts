/** What a key press asks the popup to do. */
export type PopupCommand =
  | 'next'
  | 'previous'
  | 'first'
  | 'last'
  | 'open'
  | 'toggle-read'
  | 'toggle-saved'
  | 'snooze'
  | 'toggle-preview'
  /** "Not Rust" on a listed post, "This is Rust" on a folded one. */
  | 'correct'
  | 'mark-all-read'
  | 'focus-search'
  | 'refresh'
  | 'leave-search';

/** The parts of a `KeyboardEvent` the map reads (a plain object in tests). */
export interface KeyPress {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

/**
 * What has focus when the key is pressed: in a text field letters are text, not commands; a
 * button's own Enter and Space must keep working; Enter on a post's title link already opens
 * the post through its click; a select (the source filter) needs every key it has — arrows
 * and letters choose, Space and Enter open its list.
 */
export type KeyTarget = 'text' | 'select' | 'button' | 'link' | 'other';

/**
 * The popup's shortcuts: j/k or arrows move, Enter/o open, m toggles read, Space expands the
 * preview, x says "Not Rust" (or "This is Rust" in the "Not Rust?" section), s saves for later
 * (or unsaves), z opens the snooze choices, Shift+A marks all read, / searches, r refreshes.
 * Nothing fires with Ctrl, Cmd or
 * Alt held (those belong to the browser). In the search box only Escape (clear, then leave)
 * and ↓ (to the first post) are taken; on the source filter, nothing.
 */
export function commandForKey(press: KeyPress, target: KeyTarget): PopupCommand | null {
  if (press.ctrlKey || press.metaKey || press.altKey || target === 'select') return null;
  if (target === 'text') {
    if (press.key === 'Escape') return 'leave-search';
    return press.key === 'ArrowDown' ? 'first' : null;
  }
  switch (press.key) {
    case 'j':
    case 'ArrowDown':
      return 'next';
    case 'k':
    case 'ArrowUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'o':
      return 'open';
    case 'Enter':
      return target === 'button' || target === 'link' ? null : 'open';
    case ' ':
      return target === 'button' ? null : 'toggle-preview';
    case 'm':
      return 'toggle-read';
    case 'x':
      return 'correct';
    case 's':
      return 'toggle-saved';
    case 'z':
      return 'snooze';
    case 'A':
      return press.shiftKey ? 'mark-all-read' : null;
    case '/':
      return 'focus-search';
    case 'r':
      return 'refresh';
    default:
      return null;
  }
}
