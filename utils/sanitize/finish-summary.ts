import { safeImageUrl, safeLinkUrl } from './safe-link';

/** Class of an image placeholder; its `data-src` holds the checked http(s) URL. */
export const IMAGE_PLACEHOLDER_CLASS = 'summary-image-placeholder';

/**
 * Second pass over DOMPurify's output, still inside its inert document (nothing loads there):
 * links are made absolute against the post and open in a new tab without an opener or
 * referrer; images are checked and, unless `loadImages`, swapped for placeholders so remote
 * servers never learn who reads what until the reader asks.
 * @returns how many remote images the summary has.
 */
export function finishSummary(
  root: DocumentFragment,
  baseUrl: string | null,
  loadImages: boolean,
): number {
  for (const link of Array.from(root.querySelectorAll('a'))) {
    const href = safeLinkUrl(link.getAttribute('href') ?? '', baseUrl);
    if (href) link.setAttribute('href', href);
    else link.removeAttribute('href');
    link.setAttribute('target', '_blank');
    link.setAttribute('rel', 'noopener noreferrer');
  }
  let imageCount = 0;
  for (const image of Array.from(root.querySelectorAll('img'))) {
    const src = safeImageUrl(image.getAttribute('src') ?? '', baseUrl);
    const alt = image.getAttribute('alt')?.trim() ?? '';
    if (!src) {
      // data:, javascript:, relative without a base…: keep only what it was meant to say.
      image.replaceWith(alt);
      continue;
    }
    imageCount++;
    if (loadImages) {
      image.setAttribute('src', src);
      image.setAttribute('loading', 'lazy');
      image.setAttribute('decoding', 'async');
      image.setAttribute('referrerpolicy', 'no-referrer');
    } else {
      image.replaceWith(placeholder(image.ownerDocument, src, alt));
    }
  }
  return imageCount;
}

function placeholder(doc: Document, src: string, alt: string): HTMLElement {
  const box = doc.createElement('span');
  box.className = IMAGE_PLACEHOLDER_CLASS;
  box.dataset.src = src;
  box.textContent = alt ? `Image: ${alt}` : 'Image';
  return box;
}
