import { describe, expect, it } from 'vitest';
import { chooseEmptyState, type EmptyStateInput } from '@/utils/popup/empty-state';

const BASE: EmptyStateInput = {
  view: 'unread',
  search: '',
  storedCount: 12,
  unreadVisible: 0,
  sourceChosen: false,
  foldedListed: 0,
  polling: false,
  lastSuccessAt: 1,
  hasError: false,
};

describe('chooseEmptyState', () => {
  it.each<[string, Partial<EmptyStateInput>, ReturnType<typeof chooseEmptyState>]>([
    ['first poll running', { storedCount: 0, polling: true, lastSuccessAt: null }, 'first-run'],
    ['first poll not started yet', { storedCount: 0, lastSuccessAt: null }, 'first-run'],
    ['first poll failed', { storedCount: 0, lastSuccessAt: null, hasError: true }, 'no-posts'],
    [
      'a retry running after a failure',
      { storedCount: 0, lastSuccessAt: null, hasError: true, polling: true },
      'first-run',
    ],
    ['feed empty after a success', { storedCount: 0 }, 'no-posts'],
    ['search matches nothing', { search: 'zig', unreadVisible: 3 }, 'no-match'],
    ['search in All', { search: 'zig', view: 'all' }, 'no-match'],
    ['nothing unread', {}, 'caught-up'],
    ['All view, everything hidden', { view: 'all' }, 'filtered'],
    ['All view, only folded posts left', { view: 'all', foldedListed: 2 }, 'all-folded'],
    ['nothing unread, folded posts waiting', { foldedListed: 2 }, 'caught-up'],
    ['Saved view, folded posts elsewhere', { view: 'saved', foldedListed: 2 }, 'saved-empty'],
    ['one source, nothing of it unread', { sourceChosen: true }, 'caught-up'],
    ['one source, nothing of it listed', { sourceChosen: true, view: 'all' }, 'source-empty'],
    ['one source, search matches nothing', { sourceChosen: true, search: 'zig' }, 'no-match'],
    ['one source, nothing stored at all', { sourceChosen: true, storedCount: 0 }, 'no-posts'],
  ])('%s → %s', (_name, input, expected) => {
    expect(chooseEmptyState({ ...BASE, ...input })).toBe(expected);
  });
});
