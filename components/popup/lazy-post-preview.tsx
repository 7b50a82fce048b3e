import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useT } from '@/components/shared/translator-context';
import type { PostPreviewProps } from './post-preview';

type Preview = ComponentType<PostPreviewProps>;
let pending: Promise<Preview> | null = null;

/**
 * `PostPreview`, loaded when a post is first expanded: its summary waits for the sanitizer's
 * chunk anyway, so the code that shows it waits along instead of slowing every open.
 */
export function LazyPostPreview(props: PostPreviewProps) {
  const t = useT();
  const [preview, setPreview] = useState<{ Component: Preview } | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    // Both chunks at once: the sanitizer is what the summary waits for in the end.
    void props.loadSanitizer().catch(() => {});
    pending ??= import('./post-preview').then((module) => module.PostPreview);
    pending.then(
      (Component) => live && setPreview({ Component }),
      () => {
        // A chunk that failed (the extension was just updated) may load on the next try.
        pending = null;
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [props.loadSanitizer]);

  if (failed) return <p class="preview-note">{t('previewFailed')}</p>;
  if (!preview) return <p class="preview-note">{t('previewLoading')}</p>;
  return <preview.Component {...props} />;
}
