import { useRef } from 'preact/hooks';
import { AddForm } from './AddForm';
import { useFocusAfterRemove } from './use-focus-after-remove';

export interface TitleKeywordsProps {
  keywords: readonly string[];
  /** Returns what is wrong with the typed keyword, or null when added. */
  onAdd: (text: string) => string | null;
  onRemove: (keyword: string) => void;
}

/** Words or phrases that hide a post when its title contains them. */
export function TitleKeywords({ keywords, onAdd, onRemove }: TitleKeywordsProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  const removed = useFocusAfterRemove(rootRef, keywords);
  return (
    <div class="title-keywords" ref={rootRef}>
      <p class="hint">
        Hides posts whose title contains one of these as a whole word, in any case: “crypto” hides
        “Crypto wallets in Rust” but not “cryptography”.
      </p>
      <AddForm label="Hide titles containing" placeholder="word or phrase" onAdd={onAdd} />
      {keywords.length === 0 ? (
        <p class="empty">No keywords.</p>
      ) : (
        <ul class="chip-list" aria-label="Title keywords">
          {keywords.map((keyword, index) => (
            <li key={keyword} class="chip">
              <span>{keyword}</span>
              <button
                type="button"
                aria-label={`Remove keyword ${keyword}`}
                onClick={() => {
                  removed(index);
                  onRemove(keyword);
                }}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
