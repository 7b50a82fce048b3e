import type { FeedFailure } from '@/utils/db/schema';
import { describeFeedError } from '@/utils/popup/feed-error-text';

export interface FeedErrorAlertProps {
  error: Pick<FeedFailure, 'message'>;
  nextPollAt: number | null;
  now: number;
  locale?: string;
}

/** Says in plain words why the last update failed and when it is retried. */
export function FeedErrorAlert({ error, nextPollAt, now, locale }: FeedErrorAlertProps) {
  return (
    <div class="alert" role="alert">
      {describeFeedError(error, nextPollAt, now, locale)}
    </div>
  );
}
