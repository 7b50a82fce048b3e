import { useId, useRef } from 'preact/hooks';
import type { AuthorCount } from '@/utils/options/author-counts';
import { useT } from '@/components/shared/translator-context';
import { AddForm } from './add-form';
import { useFocusAfterRemove } from './use-focus-after-remove';

/** Suggestions offered in the mute field; more would only slow the browser's list down. */
const SUGGESTION_LIMIT = 200;

export interface MutedAuthorsProps {
  /** DEV username → display name at the time of muting. */
  muted: Readonly<Record<string, string>>;
  /** Authors of stored posts, most prolific first, offered as suggestions. */
  authors: readonly AuthorCount[];
  /** Returns what is wrong with the typed author, or null when muted. */
  onMute: (text: string) => string | null;
  onUnmute: (key: string) => void;
}

/** Mute authors by DEV username (typed, suggested or from a post link); list and unmute them. */
export function MutedAuthors({ muted, authors, onMute, onUnmute }: MutedAuthorsProps) {
  const t = useT();
  const listId = `${useId()}-authors`;
  const entries = Object.entries(muted).sort(([, a], [, b]) => a.localeCompare(b, 'en'));
  const suggestions = authors.filter((author) => !Object.hasOwn(muted, author.key));
  const rootRef = useRef<HTMLDivElement>(null);
  const removed = useFocusAfterRemove(rootRef, muted);

  return (
    <div class="muted-authors" ref={rootRef}>
      <p class="hint">{t('mutedHint')}</p>
      <AddForm
        label={t('mutedAddLabel')}
        buttonLabel={t('mutedAddButton')}
        placeholder={t('mutedPlaceholder')}
        listId={listId}
        onAdd={onMute}
      />
      <datalist id={listId}>
        {suggestions.slice(0, SUGGESTION_LIMIT).map((author) => (
          <option key={author.key} value={author.key}>
            {t.plural('mutedSuggestion', author.count, { name: author.name })}
          </option>
        ))}
      </datalist>
      {entries.length === 0 ? (
        <p class="empty">{t('mutedNone')}</p>
      ) : (
        <ul class="chip-list" aria-label={t('mutedListLabel')}>
          {entries.map(([key, name], index) => (
            <li key={key} class="chip">
              <span>
                {name}
                {name !== key && <span class="chip__detail"> @{key}</span>}
              </span>
              <button
                type="button"
                aria-label={t('mutedUnmuteLabel', { name })}
                onClick={() => {
                  removed(index);
                  onUnmute(key);
                }}
              >
                {t('mutedUnmute')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
