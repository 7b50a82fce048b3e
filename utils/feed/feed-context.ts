/** What every normalizer needs besides the document. */
export interface FeedContext {
  /** URL the feed was fetched from; the base for relative links. */
  readonly feedUrl: string;
  /** First-seen time, ms since epoch, for items without a usable date. */
  readonly now: number;
}
