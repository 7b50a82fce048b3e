import { formatFullDate, formatRelativeTime } from '@/utils/popup/relative-time';
import { useT } from './translator-context';

export interface RelativeTimeProps {
  /** The moment shown (ms). */
  at: number;
  /** The clock's current time (ms), passed in so a list re-renders from one tick. */
  now: number;
  /** Default `narrow` ("3h ago"). */
  style?: Intl.RelativeTimeFormatStyle;
}

/**
 * "3h ago", with the full date and time in a tooltip and a machine-readable `datetime`, in
 * the translator's locale (the browser's, when the messages are in its language).
 */
export function RelativeTime({ at, now, style = 'narrow' }: RelativeTimeProps) {
  const { locale } = useT();
  return (
    <time
      dateTime={new Date(at).toISOString()}
      title={formatFullDate(at, locale)}
      // How to tell the age again, for a copy of the popup drawn later (utils/popup/first-frame.ts).
      data-relative={style}
    >
      {formatRelativeTime(at, now, { style, locale })}
    </time>
  );
}
