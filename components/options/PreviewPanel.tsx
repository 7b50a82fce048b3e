import type { VisibilityPreview } from '../../utils/options/visibility-preview';

/** Hidden posts listed by name; the rest are counted, so 5,000 hidden posts stay cheap. */
export const PREVIEW_LIST_LIMIT = 50;

export interface PreviewPanelProps {
  /** null while stored posts are still being read. */
  preview: VisibilityPreview | null;
}

/** What the current rules do to the stored posts, updated with every change. */
export function PreviewPanel({ preview }: PreviewPanelProps) {
  if (!preview) return <p class="empty">Reading stored posts…</p>;
  if (preview.total === 0) {
    return (
      <p class="empty">
        No posts stored yet. Once Rust Radar has fetched the feed, this shows what your filters
        hide.
      </p>
    );
  }
  const rest = preview.hidden.length - PREVIEW_LIST_LIMIT;
  return (
    <div class="preview">
      {preview.hidden.length === 0 ? (
        <p class="empty">Your filters hide none of them.</p>
      ) : (
        <ul class="preview__list" aria-label="Hidden posts">
          {preview.hidden.slice(0, PREVIEW_LIST_LIMIT).map(({ post, reason }) => (
            <li key={post.id}>
              <span class="preview__title">{post.title}</span>
              <span class="preview__reason">hidden: {reason}</span>
            </li>
          ))}
        </ul>
      )}
      {rest > 0 && <p class="hint">…and {rest} more hidden posts.</p>}
    </div>
  );
}

/** "11 of 12 stored posts shown". */
export function previewSummary(preview: VisibilityPreview): string {
  return `${preview.shown} of ${preview.total} stored ${preview.total === 1 ? 'post' : 'posts'} shown`;
}
