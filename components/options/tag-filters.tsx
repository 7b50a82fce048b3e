import { useId, useRef, useState } from 'preact/hooks';
import type { TagCount } from '@/utils/options/tag-counts';
import type { Settings, TagMode } from '@/utils/settings/settings';
import { RichMessage } from '@/components/shared/rich-message';
import { useT } from '@/components/shared/translator-context';
import { AddForm } from './add-form';
import { TagRow } from './tag-row';

/** Rows shown before "Show all": thousands of radio groups would make every click slow. */
export const TAG_LIST_LIMIT = 60;
/**
 * Rows in the page's first frame: about what a full-height tab shows below the page's header.
 * The rest follow in the next frame.
 */
export const FIRST_FRAME_TAG_ROWS = 12;

export interface TagFiltersProps {
  /** Tags to list, most frequent first (see `tagRows`). */
  rows: readonly TagCount[];
  settings: Pick<Settings, 'tagModes' | 'tagNotify'>;
  onModeChange: (tag: string, mode: TagMode) => void;
  onNotifyChange: (tag: string, notify: boolean) => void;
  /** Returns what is wrong with the typed tag, or null when it was added. */
  onAddTag: (text: string) => string | null;
  /** Every tag back to Show. */
  onShowAll: () => void;
  /** The page's first frame: only the first FIRST_FRAME_TAG_ROWS rows are drawn. */
  firstFrame?: boolean;
}

/** The per-tag filters: a searchable list of tags with Show / Hide / Only and Notify. */
export function TagFilters(props: TagFiltersProps) {
  const { rows, settings, onModeChange, onNotifyChange, onAddTag, onShowAll, firstFrame } = props;
  const t = useT();
  const id = useId();
  const [query, setQuery] = useState('');
  const [expanded, setExpanded] = useState(false);
  const findRef = useRef<HTMLInputElement>(null);

  const needle = query.trim().toLowerCase();
  const matching = needle ? rows.filter((row) => row.tag.includes(needle)) : rows;
  // Tags with a setting always stay in view, so a filter is never hidden behind "Show all".
  const visible =
    expanded || needle
      ? matching
      : matching.filter(
          (row, index) =>
            index < TAG_LIST_LIMIT ||
            Object.hasOwn(settings.tagModes, row.tag) ||
            Object.hasOwn(settings.tagNotify, row.tag),
        );
  const drawn = firstFrame ? visible.slice(0, FIRST_FRAME_TAG_ROWS) : visible;
  const filtered = Object.keys(settings.tagModes).length > 0;

  return (
    <div class="tag-filters">
      <p class="hint">
        <RichMessage
          id="tagFiltersHint"
          params={{
            hide: <strong>{t('tagModeHide')}</strong>,
            only: <strong>{t('tagModeOnly')}</strong>,
          }}
        />
      </p>
      <div class="tag-filters__tools">
        <div class="field">
          <label for={`${id}-find`}>{t('tagFind')}</label>
          <input
            ref={findRef}
            id={`${id}-find`}
            type="search"
            value={query}
            autocomplete="off"
            onInput={(event) => setQuery(event.currentTarget.value)}
          />
        </div>
        <button
          type="button"
          disabled={!filtered}
          onClick={() => {
            onShowAll();
            // The button is disabled next, which would drop focus to the top of the page.
            findRef.current?.focus();
          }}
        >
          {t('tagShowAll')}
        </button>
      </div>
      {rows.length === 0 ? (
        <p class="empty">{t('tagNoTags')}</p>
      ) : visible.length === 0 ? (
        <p class="empty">{t('tagNoMatch', { query: query.trim() })}</p>
      ) : (
        <ul class="tag-list" aria-label={t('tagListLabel')}>
          {drawn.map((row) => (
            <TagRow
              key={row.tag}
              tag={row.tag}
              count={row.count}
              mode={settings.tagModes[row.tag] ?? 'show'}
              notify={settings.tagNotify[row.tag] !== false}
              onModeChange={onModeChange}
              onNotifyChange={onNotifyChange}
            />
          ))}
        </ul>
      )}
      {visible.length < matching.length && (
        <button type="button" class="link-button" onClick={() => setExpanded(true)}>
          {t.plural('tagShowAllCount', matching.length)}
        </button>
      )}
      <AddForm label={t('tagAddLabel')} placeholder={t('tagAddPlaceholder')} onAdd={onAddTag} />
    </div>
  );
}
