import { useEffect, useId, useState } from 'preact/hooks';
import { useT } from '@/components/shared/translator-context';

export interface NumberFieldProps {
  label: string;
  value: number;
  min: number;
  max: number;
  /** Text after the field, e.g. "days". */
  unit?: string;
  disabled?: boolean;
  /** Called with a valid whole number once the user commits (Enter, leaving, arrows). */
  onCommit: (value: number) => void;
}

/**
 * A whole-number field that saves only valid values, on commit rather than per keystroke
 * (sync storage allows ~120 writes a minute). An invalid entry is explained, not saved.
 */
export function NumberField({
  label,
  value,
  min,
  max,
  unit,
  disabled,
  onCommit,
}: NumberFieldProps) {
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useState(String(value));
  const [error, setError] = useState<string | null>(null);
  // A change from elsewhere (import, another browser) replaces what is shown.
  useEffect(() => {
    setDraft(String(value));
    setError(null);
  }, [value]);

  return (
    <div class="field">
      <label for={id}>{label}</label>
      <span class="field__row">
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          value={draft}
          disabled={disabled}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onInput={(event) => setDraft(event.currentTarget.value)}
          onChange={(event) => {
            const text = event.currentTarget.value.trim();
            const parsed = Number(text);
            if (text === '' || !Number.isInteger(parsed) || parsed < min || parsed > max) {
              // As typed in the field: "3650", not "3,650".
              setError(t('numberFieldRange', { min: String(min), max: String(max) }));
              return;
            }
            setError(null);
            if (parsed !== value) onCommit(parsed);
          }}
        />
        {unit && <span class="field__unit">{unit}</span>}
      </span>
      {error && (
        <p id={`${id}-error`} class="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
