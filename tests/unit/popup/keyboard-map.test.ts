import { describe, expect, it } from 'vitest';
import { commandForKey, type KeyPress, type KeyTarget } from '@/utils/popup/keyboard-map';

describe('commandForKey', () => {
  it.each<[KeyPress, KeyTarget, ReturnType<typeof commandForKey>]>([
    [{ key: 'j' }, 'other', 'next'],
    [{ key: 'ArrowDown' }, 'link', 'next'],
    [{ key: 'k' }, 'other', 'previous'],
    [{ key: 'ArrowUp' }, 'button', 'previous'],
    [{ key: 'Home' }, 'other', 'first'],
    [{ key: 'End' }, 'other', 'last'],
    [{ key: 'o' }, 'link', 'open'],
    [{ key: 'Enter' }, 'other', 'open'],
    [{ key: 'Enter' }, 'link', null],
    [{ key: 'Enter' }, 'button', null],
    [{ key: ' ' }, 'other', 'toggle-preview'],
    [{ key: ' ' }, 'link', 'toggle-preview'],
    [{ key: ' ' }, 'button', null],
    [{ key: 'm' }, 'other', 'toggle-read'],
    [{ key: 's' }, 'other', 'toggle-saved'],
    [{ key: 'z' }, 'other', 'snooze'],
    [{ key: 's' }, 'text', null],
    [{ key: 'A', shiftKey: true }, 'other', 'mark-all-read'],
    [{ key: 'a' }, 'other', null],
    [{ key: '/' }, 'other', 'focus-search'],
    [{ key: 'r' }, 'other', 'refresh'],
    [{ key: 'r', ctrlKey: true }, 'other', null],
    [{ key: 'r', metaKey: true }, 'other', null],
    [{ key: 'j', altKey: true }, 'other', null],
    [{ key: 'r' }, 'text', null],
    [{ key: 'j' }, 'text', null],
    [{ key: '/' }, 'text', null],
    [{ key: ' ' }, 'text', null],
    [{ key: 'Escape' }, 'text', 'leave-search'],
    [{ key: 'ArrowDown' }, 'text', 'first'],
    [{ key: 'Escape' }, 'other', null],
    // The source filter keeps its own keys: arrows and letters choose, Space/Enter open it.
    [{ key: 'ArrowDown' }, 'select', null],
    [{ key: 'ArrowUp' }, 'select', null],
    [{ key: 'j' }, 'select', null],
    [{ key: ' ' }, 'select', null],
    [{ key: 'Enter' }, 'select', null],
    [{ key: 'Escape' }, 'select', null],
    [{ key: 'q' }, 'other', null],
    [{ key: 'x' }, 'other', 'correct'],
    [{ key: 'x' }, 'text', null],
  ])('%j on %s → %s', (press, target, expected) => {
    expect(commandForKey(press, target)).toBe(expected);
  });
});
