import { useId } from 'preact/hooks';
import { formatInterval, pollIntervalChoices } from '../../utils/options/poll-intervals';

export interface PollIntervalFieldProps {
  minutes: number;
  onChange: (minutes: number) => void;
}

/** How often the feed is checked, as a choice of sensible intervals from 5 min to 24 h. */
export function PollIntervalField({ minutes, onChange }: PollIntervalFieldProps) {
  const id = useId();
  return (
    <div class="field">
      <label for={id}>Check for new posts every</label>
      <select
        id={id}
        value={String(minutes)}
        onChange={(event) => onChange(Number(event.currentTarget.value))}
      >
        {pollIntervalChoices(minutes).map((choice) => (
          <option key={choice} value={String(choice)}>
            {formatInterval(choice)}
            {choice === 15 ? ' (default)' : ''}
          </option>
        ))}
      </select>
    </div>
  );
}
