import { useId } from 'preact/hooks';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings';
import { formatInterval, pollIntervalChoices } from '@/utils/options/poll-intervals';
import { useT } from '@/components/shared/translator-context';

export interface PollIntervalFieldProps {
  minutes: number;
  onChange: (minutes: number) => void;
}

/** How often the feed is checked, as a choice of sensible intervals from 5 min to 24 h. */
export function PollIntervalField({ minutes, onChange }: PollIntervalFieldProps) {
  const t = useT();
  const id = useId();
  return (
    <div class="field">
      <label for={id}>{t('pollLabel')}</label>
      <select
        id={id}
        value={String(minutes)}
        onChange={(event) => onChange(Number(event.currentTarget.value))}
      >
        {pollIntervalChoices(minutes).map((choice) => (
          <option key={choice} value={String(choice)}>
            {choice === DEFAULT_SETTINGS.pollIntervalMinutes
              ? t('pollDefault', { interval: formatInterval(choice, t.locale) })
              : formatInterval(choice, t.locale)}
          </option>
        ))}
      </select>
    </div>
  );
}
