import { useRef } from 'preact/hooks';
import { useT } from '@/components/shared/translator-context';
import { AddForm } from './add-form';
import { useFocusAfterRemove } from './use-focus-after-remove';

export interface TitleKeywordsProps {
  keywords: readonly string[];
  /** Returns what is wrong with the typed keyword, or null when added. */
  onAdd: (text: string) => string | null;
  onRemove: (keyword: string) => void;
}

/** Words or phrases that hide a post when its title contains them. */
export function TitleKeywords({ keywords, onAdd, onRemove }: TitleKeywordsProps) {
  const t = useT();
  const rootRef = useRef<HTMLDivElement>(null);
  const removed = useFocusAfterRemove(rootRef, keywords);
  return (
    <div class="title-keywords" ref={rootRef}>
      <p class="hint">{t('keywordsHint')}</p>
      <AddForm label={t('keywordsAddLabel')} placeholder={t('keywordsPlaceholder')} onAdd={onAdd} />
      {keywords.length === 0 ? (
        <p class="empty">{t('keywordsNone')}</p>
      ) : (
        <ul class="chip-list" aria-label={t('keywordsListLabel')}>
          {keywords.map((keyword, index) => (
            <li key={keyword} class="chip">
              <span>{keyword}</span>
              <button
                type="button"
                aria-label={t('keywordsRemoveLabel', { keyword })}
                onClick={() => {
                  removed(index);
                  onRemove(keyword);
                }}
              >
                {t('keywordsRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
