/**
 * A post's storage key when many feeds share one store. A feed's id (guid, Atom id) is only
 * unique within that feed: two Discourse forums may both have a `topic-42`, and the parser's
 * `fnv1a:` ids hash title and date only. So ids that are not URLs are prefixed with the
 * feed's host. URL ids — DEV's guids, most blogs' — stay as they are: the same DEV article in
 * the `rust` and `tokio` feeds keeps one key, and posts stored before sources existed keep
 * theirs (no migration).
 */
export function scopedPostId(feedUrl: string, postId: string): string {
  if (isHttpUrl(postId)) return postId;
  let host: string;
  try {
    host = new URL(feedUrl).host;
  } catch {
    return postId;
  }
  return `${host} ${postId}`;
}

function isHttpUrl(text: string): boolean {
  if (!/^https?:\/\//i.test(text)) return false;
  try {
    new URL(text);
    return true;
  } catch {
    return false;
  }
}
