import { useId } from 'preact/hooks';
import type { MessageKey } from '@/utils/i18n/message-key';
import { NOT_RUST_MODES } from '@/utils/settings/coerce-settings';
import type { NotRustMode } from '@/utils/settings/settings';
import { useT } from '@/components/shared/translator-context';

const LABELS: Record<NotRustMode, MessageKey> = {
  fold: 'notRustFold',
  hide: 'notRustHide',
  show: 'notRustShow',
};

const HINTS: Record<NotRustMode, MessageKey> = {
  fold: 'notRustFoldHint',
  hide: 'notRustHideHint',
  show: 'notRustShowHint',
};

export interface NotRustSettingProps {
  mode: NotRustMode;
  onChange: (mode: NotRustMode) => void;
}

/** "Posts that don't look like Rust": Fold (default), Hide or Show, with what each does. */
export function NotRustSetting({ mode, onChange }: NotRustSettingProps) {
  const t = useT();
  const id = useId();
  return (
    <div class="not-rust-setting">
      <div class="segmented" role="radiogroup" aria-labelledby={`${id}-label`}>
        <span id={`${id}-label`} class="visually-hidden">
          {t('optionsSectionNotRust')}
        </span>
        {NOT_RUST_MODES.map((value) => (
          <label key={value} class={`segmented__option segmented__option--${value}`}>
            <input
              type="radio"
              name={`${id}-mode`}
              value={value}
              checked={mode === value}
              onChange={() => onChange(value)}
            />
            <span>{t(LABELS[value])}</span>
          </label>
        ))}
      </div>
      <p class="hint">{t(HINTS[mode])}</p>
    </div>
  );
}
