/** Why a feed body could not be turned into posts. Each code has a user-facing message. */
export type FeedErrorCode =
  | 'empty-body'
  | 'too-large'
  | 'too-many-items'
  | 'entity-expansion'
  | 'html-not-feed'
  | 'malformed-xml'
  | 'unknown-format';

export interface FeedError {
  code: FeedErrorCode;
  /**
   * A sentence a user understands, in English, e.g. "The feed is not valid XML (line 3:
   * unclosed tag)." (`describeFeedParseError` says it in the user's language).
   */
  message: string;
  /** The technical part of the message ("line 3: unclosed tag"), when there is one. */
  detail?: string;
}

export type FeedParseResult =
  | { ok: true; title: string; items: import('../post').FeedItem[] }
  | { ok: false; error: FeedError };
