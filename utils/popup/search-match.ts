/** The fields the search box looks at. */
export interface SearchablePost {
  title: string;
  author: string;
  tags: readonly string[];
}

/**
 * Compiles the search box's text into a check. Every word typed must appear somewhere in the
 * title, the author or a tag (case- and accent-insensitive), so "tokio async" narrows rather
 * than widens. A leading `#` on a word means "a tag starting with this".
 * @returns null for an empty query, so callers can skip filtering altogether.
 */
export function compileSearch(query: string): ((post: SearchablePost) => boolean) | null {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  return (post) => {
    const tags = post.tags.map(fold);
    const text = `${fold(post.title)}\n${fold(post.author)}\n${tags.join('\n')}`;
    return words.every((word) =>
      word.startsWith('#') && word.length > 1
        ? tags.some((tag) => tag.startsWith(word.slice(1)))
        : text.includes(word),
    );
  };
}

/** Lower case without diacritics: "Rüst" matches "rust". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
