import { useT } from '@/components/shared/translator-context';
import { cachedFormatter } from '@/utils/popup/cached-formatter';

export interface TagChipsProps {
  tags: readonly string[];
}

/** A post's tags as small chips; plain text, never markup. */
export function TagChips({ tags }: TagChipsProps) {
  const t = useT();
  if (tags.length === 0) return null;
  const list = cachedFormatter(
    `list ${t.locale} unit short`,
    () => new Intl.ListFormat(t.locale, { type: 'unit', style: 'short' }),
  ).format(tags);
  // Spans, not a nested list: the popup's list items stay exactly one per post.
  return (
    <span class="tags" aria-label={t('postTags', { tags: list })} role="group">
      {tags.map((tag) => (
        <span key={tag} class="tag" aria-hidden="true">
          #{tag}
        </span>
      ))}
    </span>
  );
}
