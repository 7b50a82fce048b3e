import { UNTITLED } from '../feed/untitled';
import type { Post } from '../feed/post';
import { canonicalUrl } from './canonical-url';

/**
 * Finding the same article reached through two feeds — a DEV post in the `rust` and the
 * `tokio` tag feeds (same URL, same guid), a blog post also linked from Lobsters, an article
 * cross-posted to DEV from its author's blog — so it is listed once and keeps its read state.
 *
 * Each post gets up to two keys, tried in this order:
 * 1. `url:<canonical URL>` — strong: one page, whatever feed linked it;
 * 2. `ta:<title>\n<author>` — weaker, for cross-posts that live at different URLs: the
 *    normalized title and author. Only when both are known: two untitled posts, or two
 *    "Weekly update"s by nobody in particular, are not the same article.
 */
export type DuplicatePost = Pick<Post, 'url' | 'title' | 'author'>;

/** Which key found the duplicate. */
export type DuplicateMatch = { id: string; by: 'url' | 'title-author' };

/**
 * Key → id of the stored post that owns it: read from the multi-entry `by-dup-key` IndexedDB
 * index, or built with `addToDuplicateIndex` for the posts of one poll (`db/diff-posts.ts`).
 */
export type DuplicateIndex = ReadonlyMap<string, string>;

/** The post's duplicate keys, strongest first; empty when it has neither key. */
export function duplicateKeys(post: DuplicatePost): string[] {
  const keys: string[] = [];
  const url = canonicalUrl(post.url);
  if (url !== null) keys.push(`url:${url}`);
  const titleAuthor = titleAuthorKey(post);
  if (titleAuthor !== null) keys.push(titleAuthor);
  return keys;
}

/**
 * The title+author key: both case-folded (NFKC, lower-case), punctuation and symbols
 * dropped, whitespace collapsed — "Async Rust: a guide!" by "@Jane Doe" and "async rust — a
 * guide" by "jane doe" agree. A leading `@`, `u/` or `/u/` (DEV, Reddit) is not part of a
 * name. null when either part is empty, or the title is the parser's "(untitled)".
 */
export function titleAuthorKey(post: Pick<Post, 'title' | 'author'>): string | null {
  if (post.title === UNTITLED) return null;
  const title = normalizeWords(post.title);
  const author = normalizeWords(post.author.trim().replace(/^(?:@|\/?u\/)/i, ''));
  return title && author ? `ta:${title}\n${author}` : null;
}

/**
 * The stored post `post` duplicates, or null. Canonical URL first, then title+author: a URL
 * match is the stronger evidence, so it wins even when the title+author key points elsewhere.
 */
export function findDuplicate(index: DuplicateIndex, post: DuplicatePost): DuplicateMatch | null {
  const url = canonicalUrl(post.url);
  if (url !== null) {
    const id = index.get(`url:${url}`);
    if (id !== undefined) return { id, by: 'url' };
  }
  const titleAuthor = titleAuthorKey(post);
  if (titleAuthor !== null) {
    const id = index.get(titleAuthor);
    if (id !== undefined) return { id, by: 'title-author' };
  }
  return null;
}

/**
 * Records `post`'s keys as owned by `id`, leaving keys another post already owns. Call it for
 * each new post of a poll, so two copies within one batch are caught too.
 */
export function addToDuplicateIndex(
  index: Map<string, string>,
  post: DuplicatePost,
  id: string,
): void {
  for (const key of duplicateKeys(post)) if (!index.has(key)) index.set(key, id);
}

function normalizeWords(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
