import type { FeedFailure } from '@/utils/db/schema';
import { describeFeedError } from '@/utils/popup/feed-error-text';
import { useT } from '@/components/shared/translator-context';

export interface FeedErrorAlertProps {
  error: Pick<FeedFailure, 'message'>;
  nextPollAt: number | null;
  now: number;
}

/** Says in plain words why the last update failed and when it is retried. */
export function FeedErrorAlert({ error, nextPollAt, now }: FeedErrorAlertProps) {
  const t = useT();
  return (
    <div class="alert" role="alert">
      {describeFeedError(error, nextPollAt, now, t)}
    </div>
  );
}
