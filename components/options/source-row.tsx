import { useT } from '@/components/shared/translator-context';
import type { Source } from '@/utils/sources/source';

export interface SourceRowProps {
  source: Source;
  /** The site it lives on (`www.reddit.com`). */
  host: string;
  /** Its last problem in plain words, or null. */
  status: string | null;
  onSwitch: (enabled: boolean) => void;
  /** Absent for curated feeds: they are switched off, not removed. */
  onRemove?: () => void;
}

/** One source: an on/off switch with its name and site, its status, and Remove. */
export function SourceRow({ source, host, status, onSwitch, onRemove }: SourceRowProps) {
  const t = useT();
  return (
    <li class="source-row">
      <label class="source-row__switch">
        <input
          type="checkbox"
          checked={source.enabled}
          aria-label={t('sourceFollowLabel', { title: source.title, host })}
          onChange={(event) => onSwitch(event.currentTarget.checked)}
        />
        <span class="source-row__title">{source.title}</span>
        <span class="chip__detail">{host}</span>
      </label>
      {onRemove && (
        <button
          type="button"
          aria-label={t('sourceRemoveLabel', { title: source.title })}
          onClick={onRemove}
        >
          {t('sourceRemove')}
        </button>
      )}
      {status && <p class="source-row__status">{status}</p>}
    </li>
  );
}
