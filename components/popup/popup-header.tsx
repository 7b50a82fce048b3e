import { RelativeTime } from '@/components/shared/relative-time';
import { CheckAllIcon, GearIcon, RefreshIcon } from './icons';

export interface PopupHeaderProps {
  /** Unread posts the filters show; null while loading. */
  unread: number | null;
  polling: boolean;
  lastSuccessAt: number | null;
  now: number;
  onRefresh(): void;
  onMarkAllRead(): void;
  onOpenOptions(): void;
}

/** Title, unread count, Refresh / Mark all read / Options, and when the feed last updated. */
export function PopupHeader(props: PopupHeaderProps) {
  const { unread, polling, lastSuccessAt, now } = props;
  return (
    <header class="popup-header">
      <div class="header-row">
        <h1 class="brand">Rust Radar</h1>
        {unread !== null && (
          <span class={`unread-count ${unread > 0 ? 'has-unread' : ''}`}>{unread} unread</span>
        )}
        <div class="header-actions">
          <button
            type="button"
            class="icon-button"
            aria-label="Refresh"
            title="Refresh (r)"
            aria-disabled={polling}
            onClick={() => !polling && props.onRefresh()}
          >
            <RefreshIcon class={polling ? 'spinning' : ''} />
          </button>
          <button
            type="button"
            class="icon-button"
            aria-label="Mark all read"
            title="Mark all read (Shift+A)"
            disabled={!unread}
            onClick={props.onMarkAllRead}
          >
            <CheckAllIcon />
          </button>
          <button
            type="button"
            class="icon-button"
            aria-label="Options"
            title="Options"
            onClick={props.onOpenOptions}
          >
            <GearIcon />
          </button>
        </div>
      </div>
      {/* A live region, so "Checking…" and "Updated" are announced without stealing focus. */}
      <p class="update-line" role="status">
        {polling ? (
          <span class="checking">Checking DEV for new posts…</span>
        ) : lastSuccessAt !== null ? (
          <>
            Updated <RelativeTime at={lastSuccessAt} now={now} style="long" />
          </>
        ) : (
          'Not updated yet'
        )}
      </p>
    </header>
  );
}
