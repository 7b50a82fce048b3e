import { useEffect, useRef } from 'preact/hooks';
import type { PlainMessageKey } from '@/utils/i18n/message-key';
import { SNOOZE_CHOICES, type SnoozeChoice } from '@/utils/schedule/snooze-time';
import { useT } from '@/components/shared/translator-context';

const LABELS: Record<SnoozeChoice, PlainMessageKey> = {
  'later-today': 'snoozeLaterToday',
  'this-evening': 'snoozeThisEvening',
  'tomorrow-morning': 'snoozeTomorrowMorning',
  'next-week': 'snoozeNextWeek',
};

export interface SnoozeChoicesProps {
  id: string;
  onChoose(choice: SnoozeChoice): void;
  /** Escape: close without snoozing (focus goes back to the Snooze button). */
  onCancel(): void;
}

/**
 * The four snooze choices under a post, shown by its Snooze button (a disclosure, not an ARIA
 * menu: plain buttons that Tab and screen readers already know). Focus moves to the first
 * choice when they open.
 */
export function SnoozeChoices({ id, onChoose, onCancel }: SnoozeChoicesProps) {
  const t = useT();
  const groupRef = useRef<HTMLDivElement>(null);
  useEffect(() => groupRef.current?.querySelector('button')?.focus(), []);
  return (
    <div
      id={id}
      ref={groupRef}
      class="snooze-choices"
      role="group"
      aria-label={t('snoozeMenuLabel')}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onCancel();
      }}
    >
      {SNOOZE_CHOICES.map((choice) => (
        <button key={choice} type="button" class="text-button" onClick={() => onChoose(choice)}>
          {t(LABELS[choice])}
        </button>
      ))}
    </div>
  );
}
