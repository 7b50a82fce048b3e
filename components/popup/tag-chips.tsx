export interface TagChipsProps {
  tags: readonly string[];
}

/** A post's tags as small chips; plain text, never markup. */
export function TagChips({ tags }: TagChipsProps) {
  if (tags.length === 0) return null;
  // Spans, not a nested list: the popup's list items stay exactly one per post.
  return (
    <span class="tags" aria-label={`Tags: ${tags.join(', ')}`} role="group">
      {tags.map((tag) => (
        <span key={tag} class="tag" aria-hidden="true">
          #{tag}
        </span>
      ))}
    </span>
  );
}
