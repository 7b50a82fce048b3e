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
  /** A sentence a user understands, e.g. "The feed is not valid XML (line 3: unclosed tag)." */
  message: string;
}

export type FeedParseResult =
  | { ok: true; title: string; items: import('../post').FeedItem[] }
  | { ok: false; error: FeedError };
