import { describeFeedParseError, type FeedError } from '@/utils/feed/feed-failure';
import { english } from '@/utils/i18n/english';

/** What the reader would read for a parse failure, in English (the worker words it the same way). */
export const feedErrorText = (error: FeedError): string => describeFeedParseError(error, english);
