import { RelativeTime } from '@/components/shared/relative-time';
import { RichMessage } from '@/components/shared/rich-message';
import { useT } from '@/components/shared/translator-context';
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
  const t = useT();
  return (
    <header class="popup-header">
      <div class="header-row">
        <h1 class="brand">{t('extName')}</h1>
        {unread !== null && (
          // `data-count`: a kept copy of the first frame tells its count again after a read.
          <span class={`unread-count ${unread > 0 ? 'has-unread' : ''}`} data-count={unread}>
            {t.plural('popupUnreadCount', unread)}
          </span>
        )}
        <div class="header-actions">
          <button
            type="button"
            class="icon-button"
            aria-label={t('popupRefresh')}
            title={t('popupRefreshTitle')}
            aria-disabled={polling}
            onClick={() => !polling && props.onRefresh()}
          >
            <RefreshIcon class={polling ? 'spinning' : ''} />
          </button>
          <button
            type="button"
            class="icon-button"
            aria-label={t('popupMarkAllRead')}
            title={t('popupMarkAllReadTitle')}
            disabled={!unread}
            onClick={props.onMarkAllRead}
          >
            <CheckAllIcon />
          </button>
          <button
            type="button"
            class="icon-button"
            aria-label={t('popupOptions')}
            title={t('popupOptions')}
            onClick={props.onOpenOptions}
          >
            <GearIcon />
          </button>
        </div>
      </div>
      {/* A live region, so "Checking…" and "Updated" are announced without stealing focus. */}
      <p class="update-line" role="status">
        {polling ? (
          <span class="checking">{t('popupChecking')}</span>
        ) : lastSuccessAt !== null ? (
          <RichMessage
            id="popupUpdated"
            params={{ when: <RelativeTime at={lastSuccessAt} now={now} style="long" /> }}
          />
        ) : (
          t('popupNotUpdated')
        )}
      </p>
    </header>
  );
}
