import { useId } from 'preact/hooks';
import { TIME_OF_DAY } from '@/utils/settings/coerce-settings';
import {
  GROUP_THRESHOLD_MAX,
  GROUP_THRESHOLD_MIN,
  type QuietHours,
  type Settings,
} from '@/utils/settings/settings';
import { useT } from '@/components/shared/translator-context';
import { NumberField } from './number-field';

type NotificationFields = Pick<Settings, 'notificationsEnabled' | 'quietHours' | 'groupThreshold'>;

export interface NotificationSettingsProps {
  settings: NotificationFields;
  onChange: (patch: Partial<NotificationFields>) => void;
}

/** Notifications on/off, quiet hours and when new posts are grouped into one notification. */
export function NotificationSettings({ settings, onChange }: NotificationSettingsProps) {
  const t = useT();
  const id = useId();
  const { notificationsEnabled: enabled, quietHours } = settings;
  const setQuiet = (patch: Partial<QuietHours>) =>
    onChange({ quietHours: { ...quietHours, ...patch } });
  // The time input reports '' while half typed; only a complete time is saved.
  const onTime = (field: 'start' | 'end') => (event: { currentTarget: HTMLInputElement }) => {
    const value = event.currentTarget.value;
    if (TIME_OF_DAY.test(value)) setQuiet({ [field]: value });
  };

  return (
    <div class="notification-settings">
      <label class="check">
        <input
          type="checkbox"
          checked={enabled}
          onChange={(event) => onChange({ notificationsEnabled: event.currentTarget.checked })}
        />
        <span>{t('notifyEnabled')}</span>
      </label>
      <fieldset class="subfields" disabled={!enabled}>
        <legend class="visually-hidden">{t('notifyDetails')}</legend>
        <label class="check">
          <input
            type="checkbox"
            checked={quietHours.enabled}
            onChange={(event) => setQuiet({ enabled: event.currentTarget.checked })}
          />
          <span>{t('quietHours')}</span>
        </label>
        <div class="time-range">
          <label for={`${id}-start`}>{t('quietFrom')}</label>
          <input
            id={`${id}-start`}
            type="time"
            value={quietHours.start}
            disabled={!quietHours.enabled}
            onChange={onTime('start')}
          />
          <label for={`${id}-end`}>{t('quietUntil')}</label>
          <input
            id={`${id}-end`}
            type="time"
            value={quietHours.end}
            disabled={!quietHours.enabled}
            onChange={onTime('end')}
          />
          <span class="hint">{t('quietHint')}</span>
        </div>
        <NumberField
          label={t('groupLabel')}
          value={settings.groupThreshold}
          min={GROUP_THRESHOLD_MIN}
          max={GROUP_THRESHOLD_MAX}
          unit={t('groupUnit')}
          onCommit={(groupThreshold) => onChange({ groupThreshold })}
        />
      </fieldset>
    </div>
  );
}
