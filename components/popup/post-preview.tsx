import { useEffect, useMemo, useState } from 'preact/hooks';
import { SanitizedHtml } from '@/components/shared/sanitized-html';
import { useT } from '@/components/shared/translator-context';
import { safeHttpUrl } from '@/utils/feed/safe-url';
import type { Sanitizer } from '@/utils/sanitize/safe-html';

export interface PostPreviewProps {
  summaryHtml: string;
  /** The post's link: relative URLs in the summary resolve against it. */
  url: string;
  /** Loads the sanitizer on first use (DOMPurify is a separate chunk). */
  loadSanitizer: () => Promise<Sanitizer>;
}

/**
 * The post's summary, sanitized now (at render time, never stored sanitized, so a stricter
 * policy applies to old posts too). Remote images wait behind a "Load N images" button.
 */
export function PostPreview({ summaryHtml, url, loadSanitizer }: PostPreviewProps) {
  const t = useT();
  const [sanitizer, setSanitizer] = useState<Sanitizer | null>(null);
  const [failed, setFailed] = useState(false);
  const [loadImages, setLoadImages] = useState(false);

  useEffect(() => {
    let live = true;
    loadSanitizer().then(
      (loaded) => live && setSanitizer(() => loaded),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [loadSanitizer]);

  const summary = useMemo(
    () => sanitizer?.sanitize(summaryHtml, { baseUrl: safeHttpUrl(url), loadImages }),
    [sanitizer, summaryHtml, url, loadImages],
  );

  if (failed) return <p class="preview-note">{t('previewFailed')}</p>;
  if (!summary) return <p class="preview-note">{t('previewLoading')}</p>;
  if (!summary.html.trim()) return <p class="preview-note">{t('previewEmpty')}</p>;
  const { imageCount } = summary;
  return (
    <>
      {imageCount > 0 && !loadImages && (
        <button type="button" class="load-images" onClick={() => setLoadImages(true)}>
          {t.plural('previewLoadImages', imageCount)}
        </button>
      )}
      <SanitizedHtml class="post-summary" html={summary.html} />
    </>
  );
}
