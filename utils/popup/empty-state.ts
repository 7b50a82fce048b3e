/** Why the list is empty, which decides what the popup says instead. */
export type EmptyState =
  /** Nothing stored yet and the first poll is under way (or about to be). */
  | 'first-run'
  /** Nothing stored, and polling has finished or failed: the alert says why. */
  | 'no-posts'
  /** The search box matches nothing. */
  | 'no-match'
  /** All view: posts exist but the user's filters hide every one of them. */
  | 'filtered'
  /** All view: the only posts left are folded as not Rust, in the section below the list. */
  | 'all-folded'
  /** Saved view: nothing saved (that the filters show). */
  | 'saved-empty'
  /** Unread view, no unread posts left that the filters show. */
  | 'caught-up'
  /** All view narrowed to one source: none of its posts are stored, or the filters hide them. */
  | 'source-empty';

export interface EmptyStateInput {
  view: 'unread' | 'saved' | 'all';
  /** Search text as typed. */
  search: string;
  /** Posts stored, before filters. */
  storedCount: number;
  /** Unread posts the filters show (of the chosen source, when there is one). */
  unreadVisible: number;
  /** The list is narrowed to one source. */
  sourceChosen: boolean;
  /** Posts in this view's "Not Rust?" section (folded as not Rust), below the list. */
  foldedListed: number;
  polling: boolean;
  /** Null until the first poll succeeded. */
  lastSuccessAt: number | null;
  hasError: boolean;
}

/** Picks the empty state for an empty list; the first rule that applies wins. */
export function chooseEmptyState(input: EmptyStateInput): EmptyState {
  if (input.storedCount === 0) {
    const firstPollPending = input.lastSuccessAt === null && !input.hasError;
    return input.polling || firstPollPending ? 'first-run' : 'no-posts';
  }
  if (input.search.trim()) return 'no-match';
  if (input.view === 'saved') return 'saved-empty';
  if (input.view === 'unread' && input.unreadVisible === 0) return 'caught-up';
  // Not "your filters hide every post": the posts are there, folded, just below.
  if (input.foldedListed > 0) return 'all-folded';
  return input.sourceChosen ? 'source-empty' : 'filtered';
}
