import { formatFullDate, formatRelativeTime } from '@/utils/popup/relative-time';

export interface RelativeTimeProps {
  /** The moment shown (ms). */
  at: number;
  /** The clock's current time (ms), passed in so a list re-renders from one tick. */
  now: number;
  /** Default `narrow` ("3h ago"). */
  style?: Intl.RelativeTimeFormatStyle;
  /** Default: the browser's locale. */
  locale?: string;
}

/** "3h ago", with the full date and time in a tooltip and a machine-readable `datetime`. */
export function RelativeTime({ at, now, style = 'narrow', locale }: RelativeTimeProps) {
  return (
    <time dateTime={new Date(at).toISOString()} title={formatFullDate(at, locale)}>
      {formatRelativeTime(at, now, { style, locale })}
    </time>
  );
}
