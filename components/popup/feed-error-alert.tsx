import { describeSourceFailure } from '@/utils/popup/feed-error-text';
import type { SourceFailure } from '@/utils/popup/source-status';
import { useT } from '@/components/shared/translator-context';

export interface FeedErrorAlertProps {
  /** The failing sources, at least one. */
  failures: readonly SourceFailure[];
  /** The user follows several sources: each line says which one failed. */
  named: boolean;
  now: number;
}

/**
 * Says in plain words why the last update of each failing source failed and when it is
 * retried. One alert for all of them, so a screen reader announces one message, not a burst.
 */
export function FeedErrorAlert({ failures, named, now }: FeedErrorAlertProps) {
  const t = useT();
  const lines = failures.map((failure) => describeSourceFailure(failure, named, now, t));
  return (
    <div class="alert" role="alert">
      {lines.length === 1 ? (
        lines[0]
      ) : (
        <ul class="alert-lines">
          {lines.map((line, i) => (
            <li key={failures[i]!.sourceId}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
