/**
 * The id a post keeps for life. Order of preference: the feed's own id (guid, Atom id,
 * JSON Feed id, rdf:about), then the post URL, then a hash of title and date for items that
 * offer neither.
 */
export function postId(feedId: string, url: string, title: string, date: string): string {
  const trimmedId = feedId.trim();
  if (trimmedId) return trimmedId;
  if (url) return url;
  return `fnv1a:${fnv1a32(`${title}\n${date}`)}`;
}

const FNV_OFFSET_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * 32-bit FNV-1a over UTF-16 code units, as 8 hex digits. Synchronous and tiny, unlike
 * `crypto.subtle`; it only has to tell apart the few items of one feed that lack any id.
 */
export function fnv1a32(text: string): string {
  let hash = FNV_OFFSET_BASIS;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
