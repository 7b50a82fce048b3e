import type { FeedFailure } from '../db/schema';
import type { Translator } from '../i18n/translator';
import { formatRelativeTime } from './relative-time';
import type { SourceFailure } from './source-status';

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

/**
 * One failing source's line in the alert: `describeFeedError`, named when the user follows
 * several sources. The worker already words a failure with the source's title ("r/rust did
 * not answer (HTTP 503)"), so the title goes in front only when the sentence lacks it: DEV's
 * rust feed keeps the name "DEV", a source may have been renamed since, a message be empty.
 * @param named false for a single source: there is nothing to tell apart, the sentence is enough.
 */
export function describeSourceFailure(
  failure: SourceFailure,
  named: boolean,
  now: number,
  t: Translator,
): string {
  const sentence = describeFeedError(failure.error, failure.nextPollAt, now, t);
  if (!named || failure.error.message.includes(failure.title)) return sentence;
  return t('feedErrorSource', { source: failure.title, problem: sentence });
}
