import type { StoredPost } from '../db/schema';

/** What the popup shows of a stored post (the list never needs the rest). */
export type PopupPost = Pick<
  StoredPost,
  | 'id'
  | 'sourceId'
  | 'url'
  | 'title'
  | 'author'
  | 'tags'
  | 'publishedAt'
  | 'sortAt'
  | 'readingMinutes'
  | 'hasRustCode'
  | 'summaryHtml'
  | 'unread'
  | 'judgement'
  | 'correction'
  | 'savedAt'
  | 'snoozedUntil'
> & {
  /** The source's name as the list shows it ("r/rust"); '' for none. See `sourceLabeler`. */
  sourceTitle: string;
};

/** Where the next page starts: the last post of the previous one (the Saved view: by savedAt). */
export type PageCursor = Pick<StoredPost, 'sortAt' | 'id' | 'savedAt'>;
