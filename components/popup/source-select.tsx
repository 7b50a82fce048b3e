import type { SourceOption } from '@/utils/popup/source-status';
import { useT } from '@/components/shared/translator-context';

export interface SourceSelectProps {
  sources: readonly SourceOption[];
  /** The chosen source's id; '' for all. */
  value: string;
  onChange(sourceId: string): void;
}

/**
 * Narrows the list to one source. A native select: keyboards, screen readers and the
 * browser's own picker work without any code of ours. Hidden with fewer than two sources,
 * where it could only ever say "All sources".
 */
export function SourceSelect({ sources, value, onChange }: SourceSelectProps) {
  const t = useT();
  if (sources.length < 2) return null;
  return (
    <select
      class="source-select"
      aria-label={t('popupSourceLabel')}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
    >
      <option value="">{t('popupSourceAll')}</option>
      {sources.map((source) => (
        <option key={source.id} value={source.id}>
          {source.title}
        </option>
      ))}
    </select>
  );
}
