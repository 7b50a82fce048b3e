import { useId, useRef, useState } from 'preact/hooks';
import type { TagCount } from '../../utils/options/tag-counts';
import type { Settings, TagMode } from '../../utils/settings/settings';
import { AddForm } from './AddForm';
import { TagRow } from './TagRow';

/** Rows shown before "Show all": thousands of radio groups would make every click slow. */
export const TAG_LIST_LIMIT = 60;

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
}

/** The per-tag filters: a searchable list of tags with Show / Hide / Only and Notify. */
export function TagFilters(props: TagFiltersProps) {
  const { rows, settings, onModeChange, onNotifyChange, onAddTag, onShowAll } = props;
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
  const filtered = Object.keys(settings.tagModes).length > 0;

  return (
    <div class="tag-filters">
      <p class="hint">
        <strong>Hide</strong> hides every post with the tag. When any tag is set to{' '}
        <strong>Only</strong>, just the posts with one of those tags are shown. Hide wins over Only.
      </p>
      <div class="tag-filters__tools">
        <div class="field">
          <label for={`${id}-find`}>Find a tag</label>
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
          Set every tag to Show
        </button>
      </div>
      {rows.length === 0 ? (
        <p class="empty">No tags yet: they appear once posts are stored. You can add one below.</p>
      ) : visible.length === 0 ? (
        <p class="empty">No tag contains “{query.trim()}”.</p>
      ) : (
        <ul class="tag-list" aria-label="Tags">
          {visible.map((row) => (
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
          Show all {matching.length} tags
        </button>
      )}
      <AddForm label="Add a tag not seen yet" placeholder="e.g. bevy" onAdd={onAddTag} />
    </div>
  );
}
