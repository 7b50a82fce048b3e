import { useId } from 'preact/hooks';
import type { PlainMessageKey } from '@/utils/i18n/message-key';
import type { TagMode } from '@/utils/settings/settings';
import { useT } from '@/components/shared/translator-context';

const MODE_LABELS: Record<TagMode, PlainMessageKey> = {
  show: 'tagModeShow',
  hide: 'tagModeHide',
  only: 'tagModeOnly',
};
const MODES = Object.keys(MODE_LABELS) as TagMode[];

export interface TagRowProps {
  tag: string;
  /** Stored posts with the tag; 0 for a tag added by hand or kept by a setting. */
  count: number;
  mode: TagMode;
  notify: boolean;
  onModeChange: (tag: string, mode: TagMode) => void;
  onNotifyChange: (tag: string, notify: boolean) => void;
}

/**
 * One tag: Show / Hide / Only as a radio group named by the tag itself (so "career, Hide"
 * is what a screen reader says), and its Notify checkbox.
 */
export function TagRow({ tag, count, mode, notify, onModeChange, onNotifyChange }: TagRowProps) {
  const t = useT();
  const id = useId();
  return (
    <li class={`tag-row tag-row--${mode}`}>
      <span class="tag-row__name" id={`${id}-name`}>
        {tag}
      </span>
      <span class="tag-row__count">{t.plural('tagPostCount', count)}</span>
      <div class="segmented" role="radiogroup" aria-labelledby={`${id}-name`}>
        {MODES.map((value) => (
          <label key={value} class={`segmented__option segmented__option--${value}`}>
            <input
              type="radio"
              name={`${id}-mode`}
              value={value}
              checked={mode === value}
              onChange={() => onModeChange(tag, value)}
            />
            <span>{t(MODE_LABELS[value])}</span>
          </label>
        ))}
      </div>
      <label class="tag-row__notify">
        <input
          type="checkbox"
          checked={notify}
          aria-label={t('tagNotifyLabel', { tag })}
          onChange={(event) => onNotifyChange(tag, event.currentTarget.checked)}
        />
        <span>{t('tagNotify')}</span>
      </label>
    </li>
  );
}
