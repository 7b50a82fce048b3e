import type { EmptyState as EmptyStateKind } from '@/utils/popup/empty-state';
import type { ComponentChildren } from 'preact';
import { useT } from '@/components/shared/translator-context';

export interface EmptyStateProps {
  kind: EmptyStateKind;
  search: string;
  /** The chosen source's name ('source-empty' names it). */
  sourceTitle: string;
  /** Unread posts the filters hide (mentioned when caught up). */
  hiddenUnread: number;
  onShowAll(): void;
  onShowAllSources(): void;
  onClearSearch(): void;
  onOpenOptions(): void;
}

/** What the popup says when there is nothing to list, and the way out of it. */
export function EmptyState(props: EmptyStateProps) {
  const t = useT();
  switch (props.kind) {
    case 'first-run':
      return (
        <Message title={t('emptyFirstRunTitle')} busy>
          {t('emptyFirstRunText')}
        </Message>
      );
    case 'no-posts':
      return <Message title={t('emptyNoPostsTitle')}>{t('emptyNoPostsText')}</Message>;
    case 'saved-empty':
      return <Message title={t('emptySavedTitle')}>{t('emptySavedText')}</Message>;
    case 'no-match':
      return (
        <Message title={t('emptyNoMatchTitle')}>
          {t('emptyNoMatchText', { search: props.search.trim() })}{' '}
          <button type="button" class="text-button" onClick={props.onClearSearch}>
            {t('emptyClearSearch')}
          </button>
        </Message>
      );
    case 'caught-up':
      return (
        <Message title={t('emptyCaughtUpTitle')}>
          {props.hiddenUnread > 0 ? (
            <>
              {t.plural('emptyHiddenUnread', props.hiddenUnread)}{' '}
              <OptionsLink onOpen={props.onOpenOptions} />
            </>
          ) : (
            t('emptyCaughtUpText')
          )}{' '}
          <button type="button" class="text-button" onClick={props.onShowAll}>
            {t('emptyShowAll')}
          </button>
        </Message>
      );
    case 'source-empty':
      return (
        <Message title={t('emptySourceTitle', { source: props.sourceTitle })}>
          {t('emptySourceText')}{' '}
          <button type="button" class="text-button" onClick={props.onShowAllSources}>
            {t('emptyShowAllSources')}
          </button>
        </Message>
      );
    case 'all-folded':
      return <Message title={t('emptyAllFoldedTitle')}>{t('emptyAllFoldedText')}</Message>;
    case 'filtered':
      return (
        <Message title={t('emptyFilteredTitle')}>
          {t('emptyFilteredText')} <OptionsLink onOpen={props.onOpenOptions} />
        </Message>
      );
  }
}

function OptionsLink({ onOpen }: { onOpen(): void }) {
  const t = useT();
  return (
    <a
      href="#options"
      class="text-button"
      onClick={(event) => {
        event.preventDefault();
        onOpen();
      }}
    >
      {t('emptyChangeFilters')}
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
