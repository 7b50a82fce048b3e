import type { Ref } from 'preact';
import type { PlainMessageKey } from '@/utils/i18n/message-key';
import type { SourceOption } from '@/utils/popup/source-status';
import { useT } from '@/components/shared/translator-context';
import { SearchIcon } from './icons';
import { SourceSelect } from './source-select';
import type { PopupView } from './use-popup-model';

export interface ViewToolbarProps {
  view: PopupView;
  search: string;
  /** What the source filter offers (hidden with fewer than two) and its choice, '' for all. */
  sources: readonly SourceOption[];
  sourceId: string;
  onViewChange(view: PopupView): void;
  onSearchChange(search: string): void;
  onSourceChange(sourceId: string): void;
  /** The popup focuses the box on `/`. */
  searchRef: Ref<HTMLInputElement>;
}

const VIEWS: ReadonlyArray<[PopupView, PlainMessageKey]> = [
  ['unread', 'popupViewUnread'],
  ['saved', 'popupViewSaved'],
  ['all', 'popupViewAll'],
];

/**
 * The Unread / Saved / All switch, the source filter and the search box: together they choose what
 * the list shows, so they form the popup's search landmark (outside one, screen-reader users
 * could skip them).
 */
export function ViewToolbar({
  view,
  search,
  sources,
  sourceId,
  onViewChange,
  onSearchChange,
  onSourceChange,
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
      <SourceSelect sources={sources} value={sourceId} onChange={onSourceChange} />
      <label class="search">
        <SearchIcon />
        <input
          ref={searchRef}
          type="search"
          aria-label={t('popupSearchLabel')}
          placeholder={t('popupSearchShort')}
          title={t('popupSearchPlaceholder')}
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
