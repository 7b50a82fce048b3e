import type { Sanitizer } from './safe-html';

/**
 * Returns a loader that imports DOMPurify (with `import()`, so it is a separate chunk fetched
 * only when the first preview opens) and creates one sanitizer for `view`, reused afterwards.
 * @param view the page's window; the sanitizer is never created at import time, nor in Node.
 */
export function createSanitizerLoader(view: Window & typeof globalThis): () => Promise<Sanitizer> {
  let pending: Promise<Sanitizer> | null = null;
  return () => {
    pending ??= import('./create-sanitizer').then(({ createSanitizer }) => createSanitizer(view));
    // A failed chunk load may succeed on the next try (the extension was just updated).
    pending.catch(() => {
      pending = null;
    });
    return pending;
  };
}
