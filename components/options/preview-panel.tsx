import type { Translator } from '@/utils/i18n/translator';
import type { VisibilityPreview } from '@/utils/options/visibility-preview';
import { useT } from '@/components/shared/translator-context';

/** Hidden posts listed by name; the rest are counted, so 5,000 hidden posts stay cheap. */
export const PREVIEW_LIST_LIMIT = 50;

export interface PreviewPanelProps {
  /** null while stored posts are still being read. */
  preview: VisibilityPreview | null;
}

/** What the current rules do to the stored posts, updated with every change. */
export function PreviewPanel({ preview }: PreviewPanelProps) {
  const t = useT();
  if (!preview) return <p class="empty">{t('optionsReadingPosts')}</p>;
  if (preview.total === 0) return <p class="empty">{t('previewNoPosts')}</p>;
  const rest = preview.hidden.length - PREVIEW_LIST_LIMIT;
  return (
    <div class="preview">
      {preview.hidden.length === 0 ? (
        <p class="empty">{t('previewNoneHidden')}</p>
      ) : (
        <ul class="preview__list" aria-label={t('previewHiddenList')}>
          {preview.hidden.slice(0, PREVIEW_LIST_LIMIT).map(({ post, reason, folded }) => (
            <li key={post.id}>
              <span class="preview__title">{post.title}</span>
              <span class="preview__reason">
                {folded
                  ? t('previewFoldedReason', { reason })
                  : t('previewHiddenReason', { reason })}
              </span>
            </li>
          ))}
        </ul>
      )}
      {rest > 0 && <p class="hint">{t.plural('previewMoreHidden', rest)}</p>}
    </div>
  );
}

/** "11 of 12 stored posts shown". */
export function previewSummary(preview: VisibilityPreview, t: Translator): string {
  return t.plural('previewSummary', preview.total, { shown: preview.shown });
}
