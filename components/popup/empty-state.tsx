import type { EmptyState as EmptyStateKind } from '@/utils/popup/empty-state';
import type { ComponentChildren } from 'preact';

export interface EmptyStateProps {
  kind: EmptyStateKind;
  search: string;
  /** Unread posts the filters hide (mentioned when caught up). */
  hiddenUnread: number;
  onShowAll(): void;
  onClearSearch(): void;
  onOpenOptions(): void;
}

/** What the popup says when there is nothing to list, and the way out of it. */
export function EmptyState(props: EmptyStateProps) {
  switch (props.kind) {
    case 'first-run':
      return (
        <Message title="Fetching the latest Rust posts…" busy>
          Rust Radar is asking DEV for the first time. Posts appear here in a moment.
        </Message>
      );
    case 'no-posts':
      return (
        <Message title="No posts yet">
          Nothing has been fetched from DEV so far. Use Refresh to try again.
        </Message>
      );
    case 'no-match':
      return (
        <Message title="No posts match your search">
          Nothing matches “{props.search.trim()}”.{' '}
          <button type="button" class="text-button" onClick={props.onClearSearch}>
            Clear search
          </button>
        </Message>
      );
    case 'caught-up':
      return (
        <Message title="All caught up">
          {props.hiddenUnread > 0 ? (
            <>
              {hiddenSentence(props.hiddenUnread)} <OptionsLink onOpen={props.onOpenOptions} />
            </>
          ) : (
            'No unread Rust posts. New ones show up here as DEV publishes them. '
          )}{' '}
          <button type="button" class="text-button" onClick={props.onShowAll}>
            Show all posts
          </button>
        </Message>
      );
    case 'filtered':
      return (
        <Message title="No posts match your filters">
          Your tag, author or keyword filters hide every stored post.{' '}
          <OptionsLink onOpen={props.onOpenOptions} />
        </Message>
      );
  }
}

function hiddenSentence(count: number): string {
  return `${count} unread ${count === 1 ? 'post is' : 'posts are'} hidden by your filters.`;
}

function OptionsLink({ onOpen }: { onOpen(): void }) {
  return (
    <a
      href="#options"
      class="text-button"
      onClick={(event) => {
        event.preventDefault();
        onOpen();
      }}
    >
      Change filters in Options
    </a>
  );
}

function Message(props: { title: string; busy?: boolean; children: ComponentChildren }) {
  return (
    <div class="empty-state" aria-busy={props.busy}>
      {props.busy && <span class="spinner" aria-hidden="true" />}
      <h2>{props.title}</h2>
      <p>{props.children}</p>
    </div>
  );
}
