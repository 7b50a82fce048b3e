import type { Ref } from 'preact';
import type { PlainMessageKey } from '@/utils/i18n/message-key';
import { useT } from '@/components/shared/translator-context';
import { SearchIcon } from './icons';
import type { PopupView } from './use-popup-model';

export interface ViewToolbarProps {
  view: PopupView;
  search: string;
  onViewChange(view: PopupView): void;
  onSearchChange(search: string): void;
  /** The popup focuses the box on `/`. */
  searchRef: Ref<HTMLInputElement>;
}

const VIEWS: ReadonlyArray<[PopupView, PlainMessageKey]> = [
  ['unread', 'popupViewUnread'],
  ['all', 'popupViewAll'],
];

/**
 * The Unread / All switch and the search box: together they choose what the list shows, so
 * they form the popup's search landmark (outside one, screen-reader users could skip them).
 */
export function ViewToolbar({
  view,
  search,
  onViewChange,
  onSearchChange,
  searchRef,
}: ViewToolbarProps) {
  const t = useT();
  return (
    <div class="toolbar" role="search">
      <div class="view-toggle" role="group" aria-label={t('popupViewGroup')}>
        {VIEWS.map(([value, label]) => (
          <button
            key={value}
            type="button"
            aria-pressed={view === value}
            onClick={() => onViewChange(value)}
          >
            {t(label)}
          </button>
        ))}
      </div>
      <label class="search">
        <SearchIcon />
        <input
          ref={searchRef}
          type="search"
          aria-label={t('popupSearchLabel')}
          placeholder={t('popupSearchPlaceholder')}
          autoComplete="off"
          spellcheck={false}
          value={search}
          onInput={(event) => onSearchChange(event.currentTarget.value)}
        />
        {!search && (
          <kbd class="search-hint" aria-hidden="true">
            /
          </kbd>
        )}
      </label>
    </div>
  );
}
