import DOMPurify from 'dompurify';
import { defuseEventHandlers } from './defuse-event-handlers';
import { finishSummary } from './finish-summary';
import type { SafeHtml, Sanitizer } from './safe-html';
import { SUMMARY_POLICY } from './sanitizer-policy';

/**
 * The sanitizer for post summaries: a private DOMPurify instance bound to `view` (the page's
 * window, or jsdom's in tests), so no config or hook leaks to or from other users of DOMPurify.
 * Call it in a page, at render time: DOMPurify needs a DOM, which the MV3 worker lacks, and
 * this module is loaded with `import()` only when a preview is first opened.
 */
export function createSanitizer(view: Window & typeof globalThis): Sanitizer {
  const purify = DOMPurify(view);
  if (!purify.isSupported) throw new Error('DOMPurify cannot run in this window');
  return {
    sanitize(dirtyHtml, { baseUrl, loadImages = false }) {
      // The fragment still lives in DOMPurify's inert document: images there load nothing.
      const fragment = purify.sanitize(defuseEventHandlers(dirtyHtml), SUMMARY_POLICY);
      const imageCount = finishSummary(fragment, baseUrl, loadImages);
      const box = fragment.ownerDocument.createElement('div');
      box.append(fragment);
      return { html: box.innerHTML as SafeHtml, imageCount };
    },
  };
}
