import type { FeedFailure } from '../db/schema';
import type { Translator } from '../i18n/translator';
import { formatRelativeTime } from './relative-time';

/**
 * The alert's sentence for a failed poll: the worker's plain-words message plus when it tries
 * again — "DEV did not answer (HTTP 503) — retrying in 10 minutes".
 * @param nextPollAt when the worker polls next (ms); null when unknown (no retry part then).
 */
export function describeFeedError(
  error: Pick<FeedFailure, 'message'>,
  nextPollAt: number | null,
  now: number,
  t: Translator,
): string {
  const message = error.message.trim() || t('feedErrorFallback');
  if (nextPollAt === null) return message;
  // A retry already due reads "retrying now" rather than "retrying 2 minutes ago".
  const when = formatRelativeTime(Math.max(nextPollAt, now), now, {
    locale: t.locale,
    style: 'long',
  });
  return t('feedErrorRetrying', { message, when });
}
